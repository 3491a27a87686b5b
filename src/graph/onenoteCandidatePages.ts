// The communication log in OneNote: notebook "Svara" → a section per process → a page per
// candidate. Entries are appended with PATCH after checking the page for their data-id, so an
// append whose answer was lost is recognised instead of written twice. A full section (507) gets
// a sequel, "… (2)", and the log continues there.
import type { OnenotePage } from "@microsoft/microsoft-graph-types";
import type { Candidate, Process } from "../domain";
import { err, isRetryable, ok, type Result } from "../domain/result";
import { isNotFound, type GraphAppError } from "./graphError";
import type { GraphHttp } from "./graphHttp";
import type { NoteEntry, NotesPort } from "./ports";
import { missingIdError } from "./adapters-support/missingId";
import { seg } from "./adapters-support/query";
import { pageFloors } from "./onenotePageChecks";
import type { PageChange, Section, SvaraNotebook } from "./onenoteNotebook";
import {
  HEADER_ID,
  candidateHeaderHtml,
  candidateMarker,
  candidatePageHtml,
  hasDataId,
  paragraphWithDataId,
  sectionBaseName,
  visibleText,
} from "./onenotePage";
import { renameChanges } from "./onenotePageTitle";
import { phoneFormats, type PhoneFormat } from "./phoneFormat";

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

type CandidatePages = Pick<
  NotesPort,
  "ensurePage" | "appendEntry" | "refreshHeader" | "deleteCandidatePages"
> & {
  /** Their page's id as it stands, never made (an export reads it). Null: they have none. */
  existingPage(process: Process, candidate: Candidate): Promise<Result<string | null>>;
};

export function createCandidatePages(
  http: GraphHttp,
  book: SvaraNotebook,
  now: () => number,
  phoneText: () => Promise<PhoneFormat> = phoneFormats(undefined),
): CandidatePages {
  const pages = new Map<string, string>();
  const indexes = new Map<string, ProcessIndex>();
  const floors = pageFloors(now);

  /** The page as read, unless it is shorter than what this runtime wrote or saw there. */
  async function readPage(pageId: string): Promise<Result<string, GraphAppError>> {
    const content = await book.pageContent(pageId);
    return content.ok ? floors.check(pageId, content.value) : content;
  }
  /** Pages the recruiter deleted (404): a stored id of one is no longer the candidate's page. */
  const gone = new Set<string>();

  /** The process's sections and their pages by title: one listing serves every candidate of
   * the process for a while, which matters under OneNote's 120 requests a minute. */
  async function processIndex(
    notebookId: string,
    base: string,
    fresh: boolean,
  ): Promise<Result<ProcessIndex>> {
    const cached = indexes.get(base);
    if (!fresh && cached && now() - cached.at < INDEX_TTL_MS) return ok(cached);
    const sections = await book.sectionsOf(notebookId, base);
    if (!sections.ok) return sections;
    const titles = new Map<string, string[]>();
    for (const s of sections.value) {
      const listed = await book.pagesIn(s.id);
      if (!listed.ok) return listed;
      for (const p of listed.value) if (p.id) addTitle(titles, p.title ?? "", p.id);
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
      const content = await book.pageContent(id);
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
    const html = candidatePageHtml(process, candidate, new Date(now()).toISOString(), await phoneText());
    const made = await http.post<OnenotePage>(`/me/onenote/sections/${seg(sectionId)}/pages`, html, {
      headers: { "Content-Type": "text/html" },
    });
    if (!made.ok) return made;
    const id = made.value.body?.id;
    if (!id) return err(missingIdError("page"));
    floors.created(id, html);
    return ok(id);
  }

  /** The candidate's page: by the id Svara stored (no request), else found by title — for pages
   * made before ids were stored — or made; the caller stores the id it gets. */
  async function ensurePage(process: Process, candidate: Candidate): Promise<Result<string>> {
    const stored = candidate.oneNotePageId;
    if (stored && !gone.has(stored)) return ok(stored);
    const key = `${process.id}/${candidate.id}`;
    const cached = pages.get(key);
    if (cached) return ok(cached);
    const nb = await book.notebook();
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
      const first = await book.addSection(nb.value, base, 1);
      if (!first.ok) return first;
      sections.push((last = first.value));
    }
    let made = await createPage(last.id, process, candidate);
    if (!made.ok && made.error.status === 507) {
      // The section is full: its sequel takes this candidate and the ones after.
      const next = await book.addSection(nb.value, base, last.n + 1);
      if (!next.ok) return next;
      sections.push((last = next.value));
      made = await createPage(last.id, process, candidate);
    }
    let pageId: string;
    if (made.ok) pageId = made.value;
    else {
      if (!isRetryable(made.error)) return made;
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

  async function existingPage(process: Process, candidate: Candidate): Promise<Result<string | null>> {
    const known = candidate.oneNotePageId ?? pages.get(`${process.id}/${candidate.id}`);
    if (known && !gone.has(known)) return ok(known);
    const nb = await book.existingNotebook();
    if (!nb.ok || nb.value === null) return nb;
    const index = await processIndex(nb.value, sectionBaseName(process), false);
    return index.ok ? findPage(index.value, process, candidate) : index;
  }

  /** The recruiter deleted the page: forget it, so ensurePage makes a new one next time. */
  function forgetPage(pageId: string): void {
    gone.add(pageId);
    for (const [key, id] of pages) if (id === pageId) pages.delete(key);
    floors.forget(pageId);
    for (const index of indexes.values()) {
      for (const [title, ids] of index.titles)
        index.titles.set(
          title,
          ids.filter((id) => id !== pageId),
        );
    }
  }

  async function appendEntry(
    pageId: string,
    entry: NoteEntry,
  ): Promise<Result<"appended" | "already-there">> {
    // An unreadable, empty or shorter-than-known read is an error, never "the entry is not there".
    const before = await readPage(pageId);
    if (!before.ok) {
      if (isNotFound(before.error)) forgetPage(pageId);
      return before;
    }
    if (hasDataId(before.value, entry.id)) return ok("already-there");
    const appended = await book.append(pageId, [entry]);
    // Answered, or cut off without an answer, the entry may be there now: a later read without it is
    // held as stale a while. A 429 was not carried out.
    if (appended.ok || (isRetryable(appended.error) && appended.error.status !== 429))
      floors.appended(pageId);
    if (appended.ok) return ok("appended");
    if (!isRetryable(appended.error)) return appended;
    // No answer, or throttled: was it written anyway? The data-id tells.
    const after = await book.pageContent(pageId);
    return after.ok && hasDataId(after.value, entry.id) ? ok("appended") : appended;
  }

  /** The header (stage, contact details) as the candidate is now: replaced in place by its data-id
   * when its words differ, so the log below and anything she wrote stay as they are. */
  async function refreshHeader(
    pageId: string,
    process: Process,
    candidate: Candidate,
  ): Promise<Result<"updated" | "unchanged">> {
    const content = await readPage(pageId);
    if (!content.ok) {
      if (isNotFound(content.error)) forgetPage(pageId);
      return content;
    }
    const wanted = candidateHeaderHtml(process, candidate, await phoneText());
    const now = paragraphWithDataId(content.value, HEADER_ID);
    const renamed = renameChanges(content.value, candidate);
    const headerSame = now !== null && visibleText(now) === visibleText(wanted);
    if (headerSame && renamed.length === 0) return ok("unchanged");
    // A page without the header (she deleted it) gets it back at the top of Svara's outline.
    const header: PageChange =
      now === null
        ? {
            target: `#${candidateMarker(candidate.id)}`,
            action: "insert",
            position: "after",
            content: wanted,
          }
        : { target: `#${HEADER_ID}`, action: "replace", content: wanted };
    const patched = await book.patch(pageId, headerSame ? renamed : [header, ...renamed]);
    if (!patched.ok) return patched;
    const index = indexes.get(sectionBaseName(process));
    if (renamed.length > 0 && index) addTitle(index.titles, candidate.name, pageId);
    return ok("updated");
  }

  /** An erasure (decision 0010): the page Svara stored for them, and any page under their name in
   * the process's sections that carries their marker (made before ids were stored, or a twin from
   * a lost answer). A page she titled the same herself has no marker, and stays. */
  async function deleteCandidatePages(process: Process, candidate: Candidate): Promise<Result<number>> {
    const ids = new Set<string>();
    if (candidate.oneNotePageId) ids.add(candidate.oneNotePageId);
    const cached = pages.get(`${process.id}/${candidate.id}`);
    if (cached) ids.add(cached);
    const nb = await book.notebook();
    if (!nb.ok) return nb;
    const index = await processIndex(nb.value, sectionBaseName(process), true);
    if (!index.ok) return index;
    for (const id of index.value.titles.get(candidate.name.trim()) ?? []) {
      if (ids.has(id)) continue;
      const content = await book.pageContent(id);
      if (!content.ok) {
        if (isNotFound(content.error)) continue;
        return content;
      }
      if (hasDataId(content.value, candidateMarker(candidate.id))) ids.add(id);
    }
    let deleted = 0;
    for (const id of ids) {
      const gone = await http.delete(`/me/onenote/pages/${seg(id)}`, { idempotent: true });
      if (!gone.ok && !isNotFound(gone.error)) return gone;
      if (gone.ok) deleted += 1;
      forgetPage(id);
    }
    return ok(deleted);
  }

  return { ensurePage, appendEntry, refreshHeader, deleteCandidatePages, existingPage };
}
