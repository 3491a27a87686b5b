// A candidate's OneNote page read as text (a subject-access export, issue 14): what the page says,
// block by block, without OneNote's markup. Only read: a candidate with no page gets none made.
import type { Candidate, Process } from "../domain";
import { ok, type Result } from "../domain/result";
import { isNotFound } from "./graphError";
import type { NotesPort } from "./ports";
import type { SvaraNotebook } from "./onenoteNotebook";
import { visibleText } from "./onenotePage";

// OneNote's output HTML puts each paragraph, heading, list item and table row in its own element
// inside the page's outlines (learn.microsoft.com/graph/onenote-input-output-html).
const BLOCK = /<\/?(?:p|h[1-6]|li|div|tr|table|ul|ol|pre|blockquote)\b[^>]*>/gi;
const CELL = /<\/t[dh]>/gi;
const BREAK = "\u0000";

/** The page's words as entries, in page order: one per paragraph, heading, list item or table row
 * (a row's cells joined by " · "); a line break inside one stays a newline. Empty blocks dropped. */
export function pageTextEntries(pageHtml: string): string[] {
  const start = /<body\b[^>]*>/i.exec(pageHtml);
  const end = pageHtml.search(/<\/body>/i);
  const body = start ? pageHtml.slice(start.index + start[0].length, end < 0 ? undefined : end) : pageHtml;
  return body
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, "")
    .replace(CELL, " · ")
    .replace(BLOCK, BREAK)
    .split(BREAK)
    .map((block) => visibleText(block).replace(/(?:\s*·\s*)+$/, ""))
    .filter((text) => text !== "");
}

/** The port's read: the candidate's page, by the id Svara keeps or as ensurePage would find it. A
 * page she deleted (404) counts as none. */
export function createCandidateText(
  book: SvaraNotebook,
  existingPage: (process: Process, candidate: Candidate) => Promise<Result<string | null>>,
): Pick<NotesPort, "readCandidatePage"> {
  return {
    async readCandidatePage(process, candidate) {
      const pageId = await existingPage(process, candidate);
      if (!pageId.ok) return pageId;
      if (pageId.value === null) return ok(null);
      const content = await book.pageContent(pageId.value);
      if (!content.ok) return isNotFound(content.error) ? ok(null) : content;
      return ok(pageTextEntries(content.value));
    },
  };
}
