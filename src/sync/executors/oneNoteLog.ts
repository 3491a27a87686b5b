// The communication log in OneNote: one entry per contact or note, appended to the candidate's
// page with the entry id as data-id — the adapter looks for it before appending, so a re-send after
// a closed pane or a 429 finds "already-there" instead of writing a twin.

import {
  cleanText,
  logEntry,
  logEntryHtml,
  ok,
  type ContactEvent,
  type Process,
  type Result,
} from "../../domain";
import type { Command } from "../commands";
import type { ExecutionContext } from "./context";
import { candidatePage } from "./oneNotePage";

export async function appendToLog(
  command: Command,
  process: Process,
  candidateId: string,
  contact: ContactEvent,
  ctx: ExecutionContext,
): Promise<Result<{ pageId: string; entry: "appended" | "already-there" } | null>> {
  const candidate = process.candidates.find((c) => c.id === candidateId);
  if (!candidate) return ok(null);
  const page = await candidatePage(command, process, candidate, ctx);
  if (!page.ok) return page;
  // The page is read by people outside Svara: it speaks the process's language.
  // OneNote takes XHTML: a control character would make it refuse the entry for ever. The
  // document keeps the text as it came.
  const safe = { ...contact, summary: cleanText(contact.summary) };
  const html = logEntryHtml(logEntry(safe, candidate, process), process.language, ctx.settings().timeZone);
  const appended = await ctx.ports.notes.appendEntry(page.value, { id: contact.id, html });
  if (!appended.ok) return appended;
  return ok({ pageId: page.value, entry: appended.value });
}
