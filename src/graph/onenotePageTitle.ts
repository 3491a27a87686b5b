// A renamed candidate keeps their log page: the page is found by its id, and its title and heading
// follow the name. The changes are made only when the words differ, so an unchanged name costs no
// write.
import { escapeHtml, type Candidate } from "../domain";
import type { PageChange } from "./onenoteNotebook";
import { candidateMarker, hasDataId, pageHeadingHtml, pageTitle, visibleText } from "./onenotePage";

/** The title in a page's HTML as its words ("Anna & Bo", not "Anna &amp; Bo"); null without one. */
export function titleOf(pageHtml: string): string | null {
  const m = /<title\b[^>]*>([\s\S]*?)<\/title>/i.exec(pageHtml);
  return m ? visibleText(m[1]!) : null;
}

/** What renames the page to the candidate's name now: the title, and the heading when it is there. */
export function renameChanges(pageHtml: string, candidate: Candidate): PageChange[] {
  const wanted = pageTitle(candidate);
  if (titleOf(pageHtml) === visibleText(wanted)) return [];
  // A change's content is "a string of well-formed HTML" (learn.microsoft.com/graph/api/resources/
  // patchcontentcommand): "Anna & Bo" goes as "Anna &amp; Bo", and OneNote's title shows "&".
  const title: PageChange = { target: "title", action: "replace", content: escapeHtml(wanted) };
  const marker = candidateMarker(candidate.id);
  if (!hasDataId(pageHtml, marker)) return [title];
  return [title, { target: `#${marker}`, action: "replace", content: pageHeadingHtml(candidate) }];
}
