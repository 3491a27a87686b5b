// What both of Svara's OneNote pages stand on: the notebook "Svara" (found, or made once), its
// numbered sections ("… (2)" when one is full), the pages of a section by title, and a page's
// content with the data-ids that tell whether an entry is already there.
import type { Notebook, OnenotePage, OnenoteSection } from "@microsoft/microsoft-graph-types";
import { ok, type Result } from "../domain/result";
import type { GraphAppError } from "./graphError";
import type { GraphHttp } from "./graphHttp";
import type { NoteEntry } from "./ports";
import { foundOrMade, madeOrFound } from "./adapters-support/findOrMake";
import { SHAPES } from "./adapters-support/listingShapes";
import { allPages } from "./adapters-support/paging";
import { seg, withQuery } from "./adapters-support/query";
import { odataString } from "./adapters-support/svaraProperties";
import { entryHtml, sectionName, sectionNumber } from "./onenotePage";
import { readablePage } from "./onenotePageChecks";

const NOTEBOOK = "Svara";

export interface Section {
  readonly id: string;
  readonly n: number;
}

/** One change of a OneNote page PATCH: target is "body", "title", "#data-id" or a generated id. */
export interface PageChange {
  readonly target: string;
  readonly action: "append" | "insert" | "prepend" | "replace" | "delete";
  readonly position?: "before" | "after";
  /** Empty for "delete", which takes none. */
  readonly content: string;
}

/** A delete carries no content (patchContentCommand: only the target). */
const asSent = (c: PageChange): PageChange | Omit<PageChange, "content"> =>
  c.action === "delete" ? { target: c.target, action: c.action } : c;

export interface SvaraNotebook {
  /** The notebook's id, made when missing. */
  notebook(): Promise<Result<string>>;
  /** The notebook's id, or null when there is none: a read never makes one. */
  existingNotebook(): Promise<Result<string | null>>;
  /** The sections named `base`, `base (2)` … in order. */
  sectionsOf(notebookId: string, base: string): Promise<Result<Section[]>>;
  addSection(notebookId: string, base: string, n: number): Promise<Result<Section>>;
  /** A section's pages: id and title. */
  pagesIn(sectionId: string): Promise<Result<readonly OnenotePage[], GraphAppError>>;
  /** A page's HTML with its data-ids; an answer that is not a whole OneNote page is an error. */
  pageContent(pageId: string): Promise<Result<string, GraphAppError>>;
  /** Any changes to a page in one PATCH (OneNote's JSON array of target/action/content). */
  patch(pageId: string, changes: readonly PageChange[]): Promise<Result<void, GraphAppError>>;
  /** Appends entries to the end of a page's body in one PATCH. */
  append(pageId: string, entries: readonly NoteEntry[]): Promise<Result<void, GraphAppError>>;
}

export function createSvaraNotebook(http: GraphHttp): SvaraNotebook {
  async function findNotebook(): Promise<Result<string | null, GraphAppError>> {
    const found = await allPages<Notebook>(
      http,
      withQuery("/me/onenote/notebooks", {
        $filter: `displayName eq ${odataString(NOTEBOOK)}`,
        $select: "id,displayName",
      }),
      { what: "onenote notebooks", shape: SHAPES.notebooks },
    );
    if (!found.ok) return found;
    return ok(found.value.items.find((n) => n.displayName === NOTEBOOK)?.id ?? null);
  }

  // A 409 (made meanwhile) or a lost answer: it may well exist now.
  const notebook = foundOrMade(
    findNotebook,
    () => http.post<Notebook>("/me/onenote/notebooks", { displayName: NOTEBOOK }),
    "notebook",
  );

  async function sectionsOf(notebookId: string, base: string): Promise<Result<Section[]>> {
    const listed = await allPages<OnenoteSection>(
      http,
      withQuery(`/me/onenote/notebooks/${seg(notebookId)}/sections`, { $select: "id,displayName" }),
      { what: "onenote sections", shape: SHAPES.sections },
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
    const id = await madeOrFound(
      made,
      async () => {
        const listed = await sectionsOf(notebookId, base);
        return ok(listed.ok ? (listed.value.find((s) => s.n === n)?.id ?? null) : null);
      },
      "section",
    );
    return id.ok ? ok({ id: id.value, n }) : id;
  }

  async function pagesIn(sectionId: string): Promise<Result<readonly OnenotePage[], GraphAppError>> {
    const listed = await allPages<OnenotePage>(
      http,
      withQuery(`/me/onenote/sections/${seg(sectionId)}/pages`, { $select: "id,title", $top: 100 }),
      { what: "onenote pages", shape: SHAPES.pages },
    );
    return listed.ok ? ok(listed.value.items) : listed;
  }

  async function pageContent(pageId: string): Promise<Result<string, GraphAppError>> {
    const got = await http.get<string>(
      withQuery(`/me/onenote/pages/${seg(pageId)}/content`, { includeIDs: "true" }),
    );
    return got.ok ? readablePage(got.value.body) : got;
  }

  async function patch(pageId: string, changes: readonly PageChange[]): Promise<Result<void, GraphAppError>> {
    const patched = await http.patch(`/me/onenote/pages/${seg(pageId)}/content`, changes.map(asSent), {
      headers: { "Content-Type": "application/json" },
    });
    return patched.ok ? ok(undefined) : patched;
  }

  const append = (pageId: string, entries: readonly NoteEntry[]): Promise<Result<void, GraphAppError>> =>
    patch(
      pageId,
      entries.map((entry) => ({ target: "body", action: "append", content: entryHtml(entry) })),
    );

  return {
    notebook,
    existingNotebook: findNotebook,
    sectionsOf,
    addSection,
    pagesIn,
    pageContent,
    patch,
    append,
  };
}
