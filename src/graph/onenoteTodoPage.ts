// The recruiter's weekly to-do page in OneNote, in the section "Svara – att göra" beside the
// process sections: made with every to-do, later only topped up with what it lacks, so what the
// recruiter ticked off in OneNote stays ticked.
import type { OnenotePage } from "@microsoft/microsoft-graph-types";
import { weekKeyFromTitle } from "../domain";
import { isRetryable, ok, type Result } from "../domain/result";
import type { GraphHttp } from "./graphHttp";
import type { NotesPort, TodoPage, TodoPageSync } from "./ports";
import { seg } from "./adapters-support/query";
import type { SvaraNotebook } from "./onenoteNotebook";
import { hasDataId } from "./onenotePage";

/** The recruiter's weekly to-do lists, beside the process sections. */
const TODO_SECTION = "Svara – att göra";

/** The data-ids of the elements OneNote shows as ticked to-dos (its `data-tag="to-do:completed"`;
 * a tag may be one of several, comma-separated). */
export function tickedDataIds(pageHtml: string): string[] {
  const out: string[] = [];
  for (const m of pageHtml.matchAll(/<[a-z][a-z0-9]*\b([^>]*)>/gi)) {
    const attrs = m[1] ?? "";
    const tag = /\bdata-tag\s*=\s*(["'])([^"']*)\1/i.exec(attrs)?.[2] ?? "";
    const id = /\bdata-id\s*=\s*(["'])([^"']*)\1/i.exec(attrs)?.[2];
    if (id && tag.split(",").some((t) => t.trim() === "to-do:completed")) out.push(id);
  }
  return out;
}

export function createTodoPage(http: GraphHttp, book: SvaraNotebook): Pick<NotesPort, "syncTodoPage"> {
  /** This week's page: by the week its title names, in either language (so switching the UI to
   * English finds the page made in Swedish), the exact title as a fallback. The oldest wins. */
  async function pageOfWeek(sectionId: string, page: TodoPage): Promise<Result<string | null>> {
    const listed = await book.pagesIn(sectionId);
    if (!listed.ok) return listed;
    const ofWeek = listed.value.find(
      (p) => weekKeyFromTitle(p.title ?? "") === page.weekKey || (p.title ?? "").trim() === page.title.trim(),
    );
    return ok(ofWeek?.id ?? null);
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
        page.html,
        { headers: { "Content-Type": "text/html" } },
      );
      if (created.ok) return ok({ created: true, appended: 0, ticked: [] });
      if (!isRetryable(created.error)) return created;
      // The answer was lost: the page may be there; the next sync tops it up rather than twins it.
      const again = await pageOfWeek(made.value.id, page);
      return again.ok && again.value ? ok({ created: true, appended: 0, ticked: [] }) : created;
    }
    const content = await book.pageContent(existing.value);
    if (!content.ok) return content;
    // Only what the page lacks: a to-do already there keeps the tick the recruiter gave it.
    const missing = page.items.filter((item) => !hasDataId(content.value, item.id));
    // What she ticked in OneNote, read from the same GET: the page is a control, not a copy.
    const ticked = tickedDataIds(content.value);
    if (missing.length === 0) return ok({ created: false, appended: 0, ticked });
    const appended = await book.append(existing.value, missing);
    return appended.ok ? ok({ created: false, appended: missing.length, ticked }) : appended;
  }

  return { syncTodoPage };
}
