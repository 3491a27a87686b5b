// The names of a subject-access export's files (issue 14), and how the erasure finds them again
// (decision 0010): the person's name as a slug and the day, nothing else.
import type { IsoInstant } from "./model";

/** "ines-nunez-akerlund": the name as the export's file names carry it, ASCII, no spaces. */
function exportFileSlug(name: string): string {
  const slug = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  return slug || "kandidat";
}

/** "svara-export-ines-nunez-akerlund-2026-11-29": ASCII, no spaces — safe as a file name anywhere. */
export function exportFileStem(name: string, exportedAt: IsoInstant): string {
  return `svara-export-${exportFileSlug(name)}-${exportedAt.slice(0, 10)}`;
}

/** Whether a file in exports/ is an export of the person by this name, of any day, HTML or JSON — by
 * the same slug the file was named with, and the date right after it, so "anna" is not
 * "anna-karin". The name is all the file name holds: a namesake's exports match too. */
export function isExportFileOf(fileName: string, name: string): boolean {
  const stem = `svara-export-${exportFileSlug(name)}-`;
  return fileName.startsWith(stem) && /^\d{4}-\d{2}-\d{2}\.(html|json)$/.test(fileName.slice(stem.length));
}
