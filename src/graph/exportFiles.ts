// Files Svara hands the recruiter (ExportFilesPort): a subject-access export (issue 14) saved to the
// app folder, `approot:/exports/{name}`, so a copy stays in her OneDrive beside the download. A PUT
// of the same name replaces it: sending it twice leaves one file with the same content. An erasure
// (decision 0010) lists the folder and deletes the person's files by their name's slug, so a try
// after a cut-off one finds only what is still there.
import type { DriveItem } from "@microsoft/microsoft-graph-types";
import { isExportFileOf } from "../domain/exportFileNames";
import { ok, type Result } from "../domain/result";
import { isNotFound } from "./graphError";
import type { GraphHttp } from "./graphHttp";
import type { ExportFilesPort, SavedFile } from "./ports";
import { SHAPES } from "./adapters-support/listingShapes";
import { allPages } from "./adapters-support/paging";
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

    async deleteExportsOf(name: string): Promise<Result<number>> {
      const listed = await allPages<DriveItem>(http, `/me/drive/special/approot:/${FOLDER}:/children`, {
        what: "saved exports",
        shape: SHAPES.driveChildren,
      });
      // No folder: she never saved an export, so there is nothing of anyone to delete.
      if (!listed.ok) return isNotFound(listed.error) ? ok(0) : listed;
      let deleted = 0;
      for (const item of listed.value.items) {
        if (!item.file || !item.id || !isExportFileOf(item.name ?? "", name)) continue;
        const gone = await http.delete(`/me/drive/items/${seg(item.id)}`, { idempotent: true });
        if (!gone.ok && !isNotFound(gone.error)) return gone;
        if (gone.ok) deleted += 1;
      }
      return ok(deleted);
    },
  };
}
