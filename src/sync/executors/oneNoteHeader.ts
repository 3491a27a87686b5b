// The candidate's OneNote page header (process, stage, contact details) follows the candidate:
// after a stage move or an edit of their details, the header is replaced in place by its data-id,
// so "Steg: Intervju" does not outlive the interview; after a rename the page's title and heading
// follow the name (the page itself is found by its id). The log below it is never touched.

import { ok, type Process, type Result } from "../../domain";
import type { DocumentCommand } from "../commands";
import type { ExecutionContext, SentResult } from "./context";
import { candidatePage } from "./oneNotePage";

export async function refreshOneNoteHeader(
  command: DocumentCommand,
  process: Process,
  ctx: ExecutionContext,
): Promise<Result<SentResult>> {
  const candidate = process.candidates.find((c) => c.id === command.payload.candidateId);
  if (!candidate) return ok({});
  const page = await candidatePage(command, process, candidate, ctx);
  if (!page.ok) return page;
  const header = await ctx.ports.notes.refreshHeader(page.value, process, candidate);
  return header.ok ? ok({}) : header;
}
