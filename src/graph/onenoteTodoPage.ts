// The recruiter's weekly to-do page in OneNote, in the section "Svara – att göra" beside the
// process sections: made with every to-do, later brought up to date in one PATCH (the domain's
// todoPageChanges, aimed at Svara's data-ids), so what the recruiter wrote or ticked stays. A sweep
// costs: the notebook, its sections and the section's pages (three GETs, as every OneNote write),
// one GET of the page, and at most one PATCH, however many lines changed.
import type { OnenotePage } from "@microsoft/microsoft-graph-types";
import {
  todoPageChanges,
  todoPageLanguage,
  tickedTodoItems,
  weekKeyFromTitle,
  weeklyTodoPageHtml,
  type TodoPageLine,
} from "../domain";
import { isRetryable, ok, type Result } from "../domain/result";
import type { GraphHttp } from "./graphHttp";
import type { NotesPort, TodoPage, TodoPageSync } from "./ports";
import { seg } from "./adapters-support/query";
import type { SvaraNotebook } from "./onenoteNotebook";
import { visibleText } from "./onenotePage";

/** The recruiter's weekly to-do lists, beside the process sections. */
const TODO_SECTION = "Svara – att göra";

const attribute = (attrs: string, name: string): string | undefined =>
  new RegExp(`\\b${name}\\s*=\\s*(["'])([^"']*)\\1`, "i").exec(attrs)?.[2];

/** The page's elements that carry one of Svara's data-ids, in page order. A to-do is ticked when
 * OneNote tags it `to-do:completed` (a tag may be one of several, comma-separated); struck through
 * as <del>/<s> or as the line-through style OneNote turns them into. */
export function todoPageLines(pageHtml: string): TodoPageLine[] {
  const out: TodoPageLine[] = [];
  // Opening tags only: an outline <div> around the lines must not swallow them.
  for (const m of pageHtml.matchAll(/<(p|h[1-6]|li)\b([^>]*)>/gi)) {
    const attrs = m[2] ?? "";
    const dataId = attribute(attrs, "data-id");
    if (!dataId?.startsWith("svara-")) continue;
    const start = m.index + m[0].length;
    const end = pageHtml.toLowerCase().indexOf(`</${m[1]!.toLowerCase()}>`, start);
    const inner = pageHtml.slice(start, end < 0 ? undefined : end);
    const tags = (attribute(attrs, "data-tag") ?? "").split(",").map((t) => t.trim());
    out.push({
      dataId,
      inner,
      text: visibleText(inner),
      ticked: tags.includes("to-do:completed"),
      struck: /<(del|s)\b|line-through/i.test(inner),
    });
  }
  return out;
}

export function createTodoPage(http: GraphHttp, book: SvaraNotebook): Pick<NotesPort, "syncTodoPage"> {
  /** This week's page: by the week its title names, in either language (so switching the UI to
   * English finds the page made in Swedish), an exact title as a fallback. The oldest wins. */
  async function pageOfWeek(sectionId: string, page: TodoPage): Promise<Result<OnenotePage | null>> {
    const listed = await book.pagesIn(sectionId);
    if (!listed.ok) return listed;
    const titles = [page.todo.title.sv.trim(), page.todo.title.en.trim()];
    const ofWeek = listed.value.find(
      (p) => weekKeyFromTitle(p.title ?? "") === page.todo.weekKey || titles.includes((p.title ?? "").trim()),
    );
    return ok(ofWeek ?? null);
  }

  /** One GET of the page, one PATCH with every change it needs; the ticks read from the same GET. */
  async function update(found: OnenotePage, page: TodoPage): Promise<Result<TodoPageSync>> {
    const content = await book.pageContent(found.id ?? "");
    if (!content.ok) return content;
    const lines = todoPageLines(content.value);
    const language = todoPageLanguage(found.title ?? "") ?? page.language;
    const changes = todoPageChanges(page.todo, lines, language);
    const ticked = tickedTodoItems(page.todo, lines).map((item) => item.followUpId);
    if (changes.length === 0) return ok({ created: false, changed: 0, ticked });
    const patched = await book.patch(found.id ?? "", changes);
    return patched.ok ? ok({ created: false, changed: changes.length, ticked }) : patched;
  }

  async function syncTodoPage(page: TodoPage): Promise<Result<TodoPageSync>> {
    const nb = await book.notebook();
    if (!nb.ok) return nb;
    const sections = await book.sectionsOf(nb.value, TODO_SECTION);
    if (!sections.ok) return sections;
    const section = sections.value[0] ?? null;
    const made = section ? ok(section) : await book.addSection(nb.value, TODO_SECTION, 1);
    if (!made.ok) return made;
    const existing = await pageOfWeek(made.value.id, page);
    if (!existing.ok) return existing;
    if (!existing.value) {
      const created = await http.post<OnenotePage>(
        `/me/onenote/sections/${seg(made.value.id)}/pages`,
        weeklyTodoPageHtml(page.todo, page.language),
        { headers: { "Content-Type": "text/html" } },
      );
      if (created.ok) return ok({ created: true, changed: 0, ticked: [] });
      if (!isRetryable(created.error)) return created;
      // The answer was lost: the page may be there; the next sync brings it up to date, no twin.
      const again = await pageOfWeek(made.value.id, page);
      return again.ok && again.value ? ok({ created: true, changed: 0, ticked: [] }) : created;
    }
    const updated = await update(existing.value, page);
    if (updated.ok || !isRetryable(updated.error)) return updated;
    // A PATCH is not retried blindly (an insert sent twice is two lines): read the page again and
    // send what it still lacks — nothing, when the lost answer's change was made.
    return update(existing.value, page);
  }

  return { syncTodoPage };
}
