// The communication log in OneNote: one entry per contact or note, appended to the candidate's
// page with the entry id as data-id — the adapter looks for it before appending, so a re-send after
// a closed pane or a 429 finds "already-there" instead of writing a twin.

import { logEntry, logEntryHtml, ok, type ContactEvent, type Process, type Result } from "../../domain";
import type { ExecutionContext } from "./context";

// OneNote takes XHTML: C0 control characters (other than tab and line breaks) are not allowed in
// XML and would make OneNote refuse the entry for ever. The document keeps the text as typed.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function xmlSafe(text: string): string {
  return text.replace(NOT_XML, "").replace(LONE_SURROGATE, "\uFFFD");
}

export async function appendToLog(
  process: Process,
  candidateId: string,
  contact: ContactEvent,
  ctx: ExecutionContext,
): Promise<Result<{ pageId: string; entry: "appended" | "already-there" } | null>> {
  const candidate = process.candidates.find((c) => c.id === candidateId);
  if (!candidate) return ok(null);
  const page = await ctx.ports.notes.ensurePage(process, candidate);
  if (!page.ok) return page;
  // The page is read by people outside Svara: it speaks the process's language.
  const safe = { ...contact, summary: xmlSafe(contact.summary) };
  const html = logEntryHtml(logEntry(safe, candidate, process), process.language, ctx.settings().timeZone);
  const appended = await ctx.ports.notes.appendEntry(page.value, { id: contact.id, html });
  if (!appended.ok) return appended;
  return ok({ pageId: page.value, entry: appended.value });
}
