// The two files of a subject-access export (issue 14), named alike so they stay together: the
// readable HTML page for the candidate and the JSON for a machine, both the same export.
import type { Language } from "./result";
import { exportFileStem, subjectAccessHtml, type SubjectAccessExport } from "./subjectAccess";

export interface ExportFile {
  /** "svara-export-ines-nunez-akerlund-2026-11-29.html": file-safe anywhere. */
  readonly name: string;
  /** The MIME type it is downloaded and saved with. */
  readonly type: string;
  readonly content: string;
}

export function subjectAccessFiles(x: SubjectAccessExport, language: Language): readonly ExportFile[] {
  const stem = exportFileStem(x.person.name, x.exportedAt);
  return [
    { name: `${stem}.html`, type: "text/html;charset=utf-8", content: subjectAccessHtml(x, language) },
    { name: `${stem}.json`, type: "application/json", content: `${JSON.stringify(x, null, 2)}\n` },
  ];
}
