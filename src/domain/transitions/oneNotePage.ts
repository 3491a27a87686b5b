// The candidate's OneNote log page is known by its id, kept in the process document so every
// device and every later session appends to the same page, whatever the candidate is called now.

import type { Process } from "../model";

/** The process with the candidate's page id; the same process when it is already kept (or the
 * candidate is gone). */
export function rememberOneNotePage(process: Process, candidateId: string, pageId: string): Process {
  const candidate = process.candidates.find((c) => c.id === candidateId);
  if (!candidate || candidate.oneNotePageId === pageId) return process;
  return {
    ...process,
    candidates: process.candidates.map((c) => (c.id === candidateId ? { ...c, oneNotePageId: pageId } : c)),
  };
}
