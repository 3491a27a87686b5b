// A burst folded into one write: the changes of several commands to one process document applied
// in turn on the fresh copy, one PUT with If-Match. It only writes ahead — each command is then
// sent as ever (its link, its OneNote entry, its follow-ups), finds its change already in the
// document and writes nothing. A change the document refuses is left out here and fails (or waits)
// alone at its own send; a fold that cannot write at all leaves every command to write itself.

import { ok, rememberOneNotePage, type Process, type Result } from "../../domain";
import { applyCommand } from "../applyCommand";
import type { AddNote, LinkEvent, LinkMail, LogContact } from "../commands";
import type { ExecutionContext } from "./context";
import { changeDocument, type DocumentChange, type WrittenDocument } from "./documentWrite";
import { pageBeforeWrite } from "./oneNotePage";

/** What a burst of detected mails and events is made of: one candidate's log, or a link. */
export type FoldableCommand = LogContact | AddNote | LinkMail | LinkEvent;

export const FOLDABLE: ReadonlySet<string> = new Set<FoldableCommand["type"]>([
  "LogContact",
  "AddNote",
  "LinkMail",
  "LinkEvent",
]);

/** The kinds whose send appends to the candidate's OneNote page: its id rides in the write. */
const withPage = (command: FoldableCommand): command is LogContact | AddNote =>
  command.type === "LogContact" || command.type === "AddNote";

export async function foldIntoDocument(
  processId: string,
  commands: readonly FoldableCommand[],
  ctx: ExecutionContext,
): Promise<Result<WrittenDocument> | null> {
  const first = commands[0];
  if (!first) return null;
  // Each command's own send would look its page up before its write; done here, it finds the id kept.
  const pages = new Map<string, string>();
  for (const command of commands) {
    if (!withPage(command) || pages.has(command.payload.candidateId)) continue;
    const page = await pageBeforeWrite(command, ctx);
    if (page.ok && page.value) pages.set(command.payload.candidateId, page.value);
  }
  const change: DocumentChange = (process) =>
    ok(commands.reduce((doc, command) => applyOne(doc, command, pages, ctx), process));
  return changeDocument(processId, first, change, ctx);
}

function applyOne(
  process: Process,
  command: FoldableCommand,
  pages: ReadonlyMap<string, string>,
  ctx: ExecutionContext,
): Process {
  const applied = applyCommand([process], command, ctx.now(), ctx.settings());
  if (!applied.ok) return process; // refused: its own send says why, for it alone
  const next = applied.value[0] ?? process;
  const page = pages.get(command.payload.candidateId);
  return page ? rememberOneNotePage(next, command.payload.candidateId, page) : next;
}
