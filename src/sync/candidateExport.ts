// A subject-access export of one candidate, start to end (issue 14): gathered from Microsoft 365,
// laid out by the domain as an HTML page and a JSON file, and both saved to the app folder's
// exports/. Loaded on first use (startSync imports it when the recruiter asks), so none of it
// weighs on the pane's start.
import type { CandidateRef, Language, Process } from "../domain";
import { err, ok, type Result } from "../domain/result";
import { subjectAccessExport } from "../domain/subjectAccess";
import { subjectAccessFiles, type ExportFile } from "../domain/subjectAccessFiles";
import type { ExportFilesPort, SavedFile } from "../graph/ports";
import { gatherSubjectAccess, type SubjectAccessPorts } from "./subjectAccessGather";
import { exportSaveFailed } from "./subjectAccessErrors";

export interface CandidateExport {
  readonly files: readonly ExportFile[];
  /** Where each file now is in OneDrive, or why they could not be saved (the files are whole). */
  readonly saved: Result<readonly SavedFile[]>;
}

export type CandidateExportPorts = SubjectAccessPorts & { readonly exportFiles: ExportFilesPort };

export async function exportCandidate(
  ports: CandidateExportPorts,
  processes: readonly Process[],
  ref: CandidateRef,
  language: Language,
  exportedAt: string,
): Promise<Result<CandidateExport>> {
  const input = await gatherSubjectAccess(ports, processes, ref, exportedAt);
  if (!input.ok) return input;
  const files = subjectAccessFiles(subjectAccessExport(input.value, language), language);
  const saved: SavedFile[] = [];
  for (const file of files) {
    const put = await ports.exportFiles.save(file.name, file.content, file.type);
    if (!put.ok) return ok({ files, saved: err(exportSaveFailed(put.error)) });
    saved.push(put.value);
  }
  return ok({ files, saved: ok(saved) });
}
