// The candidate's OneNote page, by the id the process document keeps: the first time the adapter
// finds or makes it, the id is written into the document, so a rename — on this device or another,
// in this session or a later one — appends to the same page instead of starting a second log.

import { ok, rememberOneNotePage, type Candidate, type Process, type Result } from "../../domain";
import type { Command, DocumentCommand } from "../commands";
import type { ExecutionContext } from "./context";
import { changeDocument } from "./documentWrite";

export async function candidatePage(
  command: Command,
  process: Process,
  candidate: Candidate,
  ctx: ExecutionContext,
): Promise<Result<string>> {
  const page = await ctx.ports.notes.ensurePage(process, candidate);
  if (!page.ok || candidate.oneNotePageId === page.value) return page;
  // Not kept yet (or the old page was deleted): keep it. A failed write fails the command, which
  // is sent again and finds the same page — never a second one.
  const kept = await changeDocument(
    process.id,
    command,
    (p) => ok(rememberOneNotePage(p, candidate.id, page.value)),
    ctx,
  );
  return kept.ok ? page : kept;
}

/** The candidate's page before the document is written, when the document does not keep it yet:
 * found under the name the document has now (before a rename is applied) or made. ok(null) when
 * there is nothing to find yet; an error when OneNote cannot answer — the document is written all
 * the same, and the command then fails with it, as it would have at the append. */
export async function pageBeforeWrite(
  command: DocumentCommand,
  ctx: ExecutionContext,
): Promise<Result<string | null>> {
  const { processId, candidateId } = command.payload;
  let stored = ctx.documents.get(processId);
  if (!stored) {
    const read = await ctx.ports.processes.read(processId);
    if (!read.ok || !read.value) return ok(null); // the write reads it again and says what is wrong
    stored = read.value;
    ctx.documents.put(stored);
  }
  const candidate = stored.process.candidates.find((c) => c.id === candidateId);
  if (!candidate || candidate.oneNotePageId) return ok(null);
  return ctx.ports.notes.ensurePage(stored.process, candidate);
}
