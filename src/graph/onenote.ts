// The communication log in OneNote (NotesPort): notebook "Svara" → a section per process → a page
// per candidate. Entries are appended with PATCH after checking the page for their data-id, so an
// append whose answer was lost is recognised instead of written twice. A full section (507) gets
// a sequel, "… (2)", and the log continues there.
import type { Notebook, OnenotePage, OnenoteSection } from "@microsoft/microsoft-graph-types";
import type { Candidate, Process } from "../domain";
import { err, ok, type Result } from "../domain/result";
import type { GraphAppError } from "./graphError";
import type { GraphHttp } from "./graphHttp";
import type { NoteEntry, NotesPort, TodoPage } from "./ports";
import { missingIdError } from "./adapters-support/missingId";
import { allPages } from "./adapters-support/paging";
import { seg, withQuery } from "./adapters-support/query";
import { odataString } from "./adapters-support/svaraProperties";
import {
  candidateMarker,
  candidatePageHtml,
  entryHtml,
  hasDataId,
  sectionBaseName,
  sectionName,
  sectionNumber,
} from "./onenotePage";

const NOTEBOOK = "Svara";
/** The recruiter's weekly to-do lists, beside the process sections. */
const TODO_SECTION = "Svara – att göra";

interface Section {
  readonly id: string;
  readonly n: number;
}

interface ProcessIndex {
  readonly at: number;
  readonly sections: Section[];
  /** Page title (trimmed) → page ids. */
  readonly titles: Map<string, string[]>;
}

/** How long a listing of a process's pages counts as complete: about one sync run. */
const INDEX_TTL_MS = 60_000;

const addTitle = (titles: Map<string, string[]>, title: string, pageId: string): void => {
  const key = title.trim();
  const ids = titles.get(key) ?? [];
  if (!ids.includes(pageId)) titles.set(key, [...ids, pageId]);
};

export interface NotesOptions {
  readonly now?: () => number;
}

export function createOneNote(http: GraphHttp, options: NotesOptions = {}): NotesPort {
  const now = options.now ?? (() => Date.now());
  let notebookId: string | null = null;
  const pages = new Map<string, string>();
  const indexes = new Map<string, ProcessIndex>();

  async function findNotebook(): Promise<Result<string | null, GraphAppError>> {
    const found = await http.get<{ value?: Notebook[] }>(
      withQuery("/me/onenote/notebooks", {
        $filter: `displayName eq ${odataString(NOTEBOOK)}`,
        $select: "id,displayName",
      }),
    );
    if (!found.ok) return found;
    return ok(found.value.body.value?.find((n) => n.displayName === NOTEBOOK)?.id ?? null);
  }

  async function notebook(): Promise<Result<string>> {
    if (notebookId) return ok(notebookId);
    const found = await findNotebook();
    if (!found.ok) return found;
    if (found.value) return ok((notebookId = found.value));
    const made = await http.post<Notebook>("/me/onenote/notebooks", { displayName: NOTEBOOK });
    if (made.ok && made.value.body?.id) return ok((notebookId = made.value.body.id));
    // 409 (made meanwhile) or a lost answer: it may well exist now.
    const again = await findNotebook();
    if (again.ok && again.value) return ok((notebookId = again.value));
    return made.ok ? err(missingIdError("notebook")) : made;
  }

  async function sectionsOf(notebookId: string, base: string): Promise<Result<Section[]>> {
    const listed = await allPages<OnenoteSection>(
      http,
      withQuery(`/me/onenote/notebooks/${seg(notebookId)}/sections`, { $select: "id,displayName" }),
    );
    if (!listed.ok) return listed;
    return ok(
      listed.value.items
        .map((s) => ({ id: s.id ?? "", n: sectionNumber(s.displayName ?? "", base) }))
        .filter((s): s is Section => s.id !== "" && s.n !== null)
        .sort((a, b) => a.n - b.n),
    );
  }

  async function addSection(notebookId: string, base: string, n: number): Promise<Result<Section>> {
    const made = await http.post<OnenoteSection>(`/me/onenote/notebooks/${seg(notebookId)}/sections`, {
      displayName: sectionName(base, n),
    });
    if (made.ok && made.value.body?.id) return ok({ id: made.value.body.id, n });
    const listed = await sectionsOf(notebookId, base);
    const there = listed.ok ? listed.value.find((s) => s.n === n) : undefined;
    if (there) return ok(there);
    return made.ok ? err(missingIdError("section")) : made;
  }

  /** The process's sections and their pages by title: one listing serves every candidate of
   * the process for a while, which matters under OneNote's 120 requests a minute. */
  async function processIndex(
    notebookId: string,
    base: string,
    fresh: boolean,
  ): Promise<Result<ProcessIndex>> {
    const cached = indexes.get(base);
    if (!fresh && cached && now() - cached.at < INDEX_TTL_MS) return ok(cached);
    const sections = await sectionsOf(notebookId, base);
    if (!sections.ok) return sections;
    const titles = new Map<string, string[]>();
    for (const s of sections.value) {
      const listed = await allPages<OnenotePage>(
        http,
        withQuery(`/me/onenote/sections/${seg(s.id)}/pages`, { $select: "id,title", $top: 100 }),
      );
      if (!listed.ok) return listed;
      for (const p of listed.value.items) if (p.id) addTitle(titles, p.title ?? "", p.id);
    }
    const index = { at: now(), sections: sections.value, titles };
    indexes.set(base, index);
    return ok(index);
  }

  /** The candidate's page by title. A name is enough when no one else in the process has it;
   * otherwise the page must carry this candidate's marker. */
  async function findPage(
    index: ProcessIndex,
    process: Process,
    candidate: Candidate,
  ): Promise<Result<string | null>> {
    const name = candidate.name.trim();
    const sameName = index.titles.get(name) ?? [];
    const shared = process.candidates.filter((c) => c.name.trim() === name).length > 1;
    if (!shared && sameName.length <= 1) return ok(sameName[0] ?? null);
    for (const id of sameName) {
      const content = await pageContent(id);
      if (!content.ok) return content;
      if (hasDataId(content.value, candidateMarker(candidate.id))) return ok(id);
    }
    return ok(null);
  }

  async function createPage(
    sectionId: string,
    process: Process,
    candidate: Candidate,
  ): Promise<Result<string, GraphAppError>> {
    const html = candidatePageHtml(process, candidate, new Date(now()).toISOString());
    const made = await http.post<OnenotePage>(`/me/onenote/sections/${seg(sectionId)}/pages`, html, {
      headers: { "Content-Type": "text/html" },
    });
    if (!made.ok) return made;
    return made.value.body?.id ? ok(made.value.body.id) : err(missingIdError("page"));
  }

  async function ensurePage(process: Process, candidate: Candidate): Promise<Result<string>> {
    const key = `${process.id}/${candidate.id}`;
    const cached = pages.get(key);
    if (cached) return ok(cached);
    const nb = await notebook();
    if (!nb.ok) return nb;
    const base = sectionBaseName(process);
    const index = await processIndex(nb.value, base, false);
    if (!index.ok) return index;
    const found = await findPage(index.value, process, candidate);
    if (!found.ok) return found;
    if (found.value) {
      pages.set(key, found.value);
      return ok(found.value);
    }
    const sections = index.value.sections;
    let last = sections.at(-1) ?? null;
    if (!last) {
      const first = await addSection(nb.value, base, 1);
      if (!first.ok) return first;
      sections.push((last = first.value));
    }
    let made = await createPage(last.id, process, candidate);
    if (!made.ok && made.error.status === 507) {
      // The section is full: its sequel takes this candidate and the ones after.
      const next = await addSection(nb.value, base, last.n + 1);
      if (!next.ok) return next;
      sections.push((last = next.value));
      made = await createPage(last.id, process, candidate);
    }
    let pageId: string;
    if (made.ok) pageId = made.value;
    else {
      if (!made.error.retryable) return made;
      // The page may exist although its answer was lost: look again before the outbox retries.
      const again = await processIndex(nb.value, base, true);
      const after = again.ok ? await findPage(again.value, process, candidate) : again;
      if (!after.ok || !after.value) {
        // OneNote's listing may lag behind a create whose answer was lost: do not keep a listing
        // without the page, or the outbox's retry would make the page a second time.
        indexes.delete(base);
        return made;
      }
      pageId = after.value;
    }
    addTitle(index.value.titles, candidate.name, pageId);
    pages.set(key, pageId);
    return ok(pageId);
  }

  async function pageContent(pageId: string): Promise<Result<string, GraphAppError>> {
    const got = await http.get<string>(
      withQuery(`/me/onenote/pages/${seg(pageId)}/content`, { includeIDs: "true" }),
    );
    return got.ok ? ok(typeof got.value.body === "string" ? got.value.body : "") : got;
  }

  async function todoPageIn(sectionId: string, title: string): Promise<Result<string | null>> {
    const listed = await allPages<OnenotePage>(
      http,
      withQuery(`/me/onenote/sections/${seg(sectionId)}/pages`, { $select: "id,title", $top: 100 }),
    );
    if (!listed.ok) return listed;
    return ok(listed.value.items.find((p) => (p.title ?? "").trim() === title.trim())?.id ?? null);
  }

  async function syncTodoPage(page: TodoPage): Promise<Result<{ created: boolean; appended: number }>> {
    const nb = await notebook();
    if (!nb.ok) return nb;
    const sections = await sectionsOf(nb.value, TODO_SECTION);
    if (!sections.ok) return sections;
    const section = sections.value[0] ?? null;
    const made = section ? ok(section) : await addSection(nb.value, TODO_SECTION, 1);
    if (!made.ok) return made;
    const existing = await todoPageIn(made.value.id, page.title);
    if (!existing.ok) return existing;
    if (!existing.value) {
      const created = await http.post<OnenotePage>(
        `/me/onenote/sections/${seg(made.value.id)}/pages`,
        page.html,
        {
          headers: { "Content-Type": "text/html" },
        },
      );
      if (created.ok) return ok({ created: true, appended: 0 });
      if (!created.error.retryable) return created;
      // The answer was lost: the page may be there; the next sync tops it up rather than twins it.
      const again = await todoPageIn(made.value.id, page.title);
      return again.ok && again.value ? ok({ created: true, appended: 0 }) : created;
    }
    const content = await pageContent(existing.value);
    if (!content.ok) return content;
    // Only what the page lacks: a to-do already there keeps the tick the recruiter gave it.
    const missing = page.items.filter((item) => !hasDataId(content.value, item.id));
    if (missing.length === 0) return ok({ created: false, appended: 0 });
    const appended = await http.patch(
      `/me/onenote/pages/${seg(existing.value)}/content`,
      missing.map((item) => ({ target: "body", action: "append", content: entryHtml(item) })),
      { headers: { "Content-Type": "application/json" } },
    );
    return appended.ok ? ok({ created: false, appended: missing.length }) : appended;
  }

  async function appendEntry(
    pageId: string,
    entry: NoteEntry,
  ): Promise<Result<"appended" | "already-there">> {
    const before = await pageContent(pageId);
    if (!before.ok) {
      // The recruiter deleted the page: forget it, so ensurePage makes a new one next time.
      if (before.error.code === "graph-not-found") {
        for (const [key, id] of pages) if (id === pageId) pages.delete(key);
        for (const index of indexes.values()) {
          for (const [title, ids] of index.titles)
            index.titles.set(
              title,
              ids.filter((id) => id !== pageId),
            );
        }
      }
      return before;
    }
    if (hasDataId(before.value, entry.id)) return ok("already-there");
    const appended = await http.patch(
      `/me/onenote/pages/${seg(pageId)}/content`,
      [{ target: "body", action: "append", content: entryHtml(entry) }],
      { headers: { "Content-Type": "application/json" } },
    );
    if (appended.ok) return ok("appended");
    if (!appended.error.retryable) return appended;
    // No answer, or throttled: was it written anyway? The data-id tells.
    const after = await pageContent(pageId);
    return after.ok && hasDataId(after.value, entry.id) ? ok("appended") : appended;
  }

  return { ensurePage, appendEntry, syncTodoPage };
}
