// Files Svara hands the recruiter (ExportFilesPort): a subject-access export (issue 14) saved to the
// app folder, `approot:/exports/{name}`, so a copy stays in her OneDrive beside the download. A PUT
// of the same name replaces it: sending it twice leaves one file with the same content.
import type { DriveItem } from "@microsoft/microsoft-graph-types";
import { ok, type Result } from "../domain/result";
import type { GraphHttp } from "./graphHttp";
import type { ExportFilesPort, SavedFile } from "./ports";
import { seg } from "./adapters-support/query";

const FOLDER = "exports";

export function createExportFiles(http: GraphHttp): ExportFilesPort {
  return {
    async save(name: string, content: string, contentType: string): Promise<Result<SavedFile>> {
      const put = await http.put<DriveItem>(
        `/me/drive/special/approot:/${FOLDER}/${seg(name)}:/content`,
        content,
        { headers: { "Content-Type": contentType }, idempotent: true },
      );
      if (!put.ok) return put;
      return ok({ path: `${FOLDER}/${name}`, webUrl: put.value.body?.webUrl ?? null });
    },
  };
}
