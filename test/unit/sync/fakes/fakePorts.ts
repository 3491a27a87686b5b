// In-memory Microsoft 365 for the sync tests: each fake keeps what Graph would hold, honours the
// same idempotency keys as the real adapters (ETag, transactionId / externalId, data-id, draft id)
// and records every call, so a test can say "nothing lost, nothing made twice".

import { isExportFileOf } from "../../../../src/domain/exportFileNames";
import {
  err,
  ok,
  twinsByKey,
  type FeedbackDocument,
  type FollowUp,
  type Process,
  type Result,
  type FirmSettings,
  type Template,
} from "../../../../src/domain";
import type {
  BulkCompleteOutcome,
  BulkFollowUpOutcome,
  CalendarPort,
  DraftRequest,
  DraftsPort,
  ExportFilesPort,
  FeedbackPort,
  FirmSettingsPort,
  StoredFirmSettings,
  StoredFeedback,
  ExistingFollowUp,
  FollowUpWrite,
  MailDeltaPort,
  MailLinksPort,
  MailSummary,
  NoteEntry,
  NotesPort,
  ProcessesPort,
  StoredProcess,
  StoredTemplates,
  TemplatesPort,
  TodoPage,
  TodoPort,
} from "../../../../src/graph/ports";
import type { SyncPorts } from "../../../../src/sync/executors";
import { conflict, Faults, type FakeError } from "./faults";
import type { CandidateRef } from "../../../../src/domain";

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

type Mutable<T> = { -readonly [K in keyof T]: T[K] extends readonly (infer E)[] ? E[] : T[K] };

/** Runs a scripted failure before the work, or after it ("the connection dropped after commit"). */
async function guarded<T>(faults: Faults, method: string, work: () => T): Promise<Result<T, FakeError>> {
  await Promise.resolve();
  const before = faults.take(method);
  if (before) return err(before);
  const value = work();
  const after = faults.take(`${method}:after`);
  return after ? err(after) : ok(value);
}

class FakeProcesses implements ProcessesPort {
  readonly faults = new Faults();
  readonly docs = new Map<string, StoredProcess>();
  readonly calls: string[] = [];
  /** Writes answered 412 Precondition Failed. */
  conflicts = 0;
  /** While set, writes wait for it: lets a test have several writes on their way at once. */
  gate: Promise<void> | null = null;
  private version = 0;

  seed(process: Process): void {
    this.docs.set(process.id, { process: clone(process), etag: this.nextEtag() });
  }

  /** Someone else (another device) changes the document. */
  editRemotely(processId: string, change: (p: Process) => Process): void {
    const stored = this.docs.get(processId)!;
    this.docs.set(processId, { process: clone(change(stored.process)), etag: this.nextEtag() });
  }

  doc(processId: string): Process {
    return this.docs.get(processId)!.process;
  }

  writes(): number {
    return this.calls.filter((c) => c.startsWith("write")).length;
  }

  listAll() {
    this.calls.push("listAll");
    return guarded(this.faults, "listAll", () => ({
      processes: [...this.docs.values()].map(clone),
      unreadable: [],
    }));
  }

  read(processId: string) {
    this.calls.push(`read ${processId}`);
    return guarded(this.faults, "read", () => clone(this.docs.get(processId) ?? null));
  }

  async write(process: Process, etag: string | null): Promise<Result<StoredProcess, FakeError>> {
    this.calls.push(`write ${process.id}`);
    await Promise.resolve();
    if (this.gate) await this.gate; // the request is on its way
    // OneDrive checks If-Match and stores in one step: a write that checked never loses to another.
    const current = this.docs.get(process.id);
    const matches = etag === null ? current === undefined : current?.etag === etag;
    if (!matches) {
      this.conflicts += 1;
      return err(conflict());
    }
    const before = this.faults.take("write");
    if (before) return err(before);
    const stored = { process: clone(process), etag: this.nextEtag() };
    this.docs.set(process.id, stored);
    const after = this.faults.take("write:after");
    return after ? err(after) : ok(clone(stored));
  }

  private nextEtag(): string {
    this.version += 1;
    return `W/"${this.version}"`;
  }
}

/** Her own templates: one document with an ETag, like `approot:/templates.json`. */
class FakeTemplates implements TemplatesPort {
  readonly faults = new Faults();
  doc: StoredTemplates | null = null;
  readonly calls: string[] = [];
  private version = 0;

  read() {
    this.calls.push("read");
    return guarded(this.faults, "read", () => clone(this.doc));
  }

  async write(
    templates: readonly Template[],
    etag: string | null,
  ): Promise<Result<StoredTemplates, FakeError>> {
    this.calls.push("write");
    await Promise.resolve();
    if ((etag === null ? null : etag) !== (this.doc?.etag ?? null)) return err(conflict());
    const before = this.faults.take("write");
    if (before) return err(before);
    this.version += 1;
    this.doc = { templates: clone(templates), etag: `W/"t${this.version}"` };
    const after = this.faults.take("write:after");
    return after ? err(after) : ok(clone(this.doc));
  }
}

/** The firm's retention rule: one document with an ETag, like `approot:/settings.json`. */
class FakeFirmSettings implements FirmSettingsPort {
  readonly faults = new Faults();
  doc: StoredFirmSettings | null = null;
  readonly calls: string[] = [];
  private version = 0;

  read() {
    this.calls.push("read");
    return guarded(this.faults, "read", () => clone(this.doc));
  }

  async write(firm: FirmSettings, etag: string | null): Promise<Result<StoredFirmSettings, FakeError>> {
    this.calls.push("write");
    await Promise.resolve();
    if (etag !== (this.doc?.etag ?? null)) return err(conflict());
    const before = this.faults.take("write");
    if (before) return err(before);
    this.version += 1;
    this.doc = { firm: clone(firm), etag: `W/"f${this.version}"` };
    const after = this.faults.take("write:after");
    return after ? err(after) : ok(clone(this.doc));
  }
}

/** Survey answers: one document per process with an ETag, like `approot:/feedback/{id}.json`. */
class FakeFeedback implements FeedbackPort {
  readonly faults = new Faults();
  readonly docs = new Map<string, StoredFeedback>();
  readonly calls: string[] = [];
  private version = 0;

  listAll() {
    this.calls.push("listAll");
    return guarded(this.faults, "listAll", () => clone([...this.docs.values()]));
  }

  read(processId: string) {
    this.calls.push("read");
    return guarded(this.faults, "read", () => clone(this.docs.get(processId) ?? null));
  }

  async write(feedback: FeedbackDocument, etag: string | null): Promise<Result<StoredFeedback, FakeError>> {
    this.calls.push("write");
    await Promise.resolve();
    if (etag !== (this.docs.get(feedback.processId)?.etag ?? null)) return err(conflict());
    const before = this.faults.take("write");
    if (before) return err(before);
    this.version += 1;
    const stored = { feedback: clone(feedback), etag: `W/"f${this.version}"` };
    this.docs.set(feedback.processId, stored);
    const after = this.faults.take("write:after");
    return after ? err(after) : ok(clone(stored));
  }
}

/** To Do tasks or calendar events: keyed by the follow-up id, like externalId / transactionId. */
class FakeFollowUps {
  readonly faults = new Faults();
  readonly open = new Map<string, ExistingFollowUp>();
  readonly completed: string[] = [];
  readonly calls: string[] = [];
  creates = 0;
  /** False: like To Do, a create without the remote id always makes a new one (no idempotency key
   * the server checks), so two callers that both saw nothing make twins. */
  idempotent = true;
  /** While set, listings wait for it: lets a test have two listings see the same (empty) list. */
  listGate: Promise<void> | null = null;
  private next = 0;
  /** When each remote item was made, in the order made: the "createdDateTime" twins are kept by. */
  private readonly made = new Map<string, number>();

  constructor(private readonly prefix: string) {}

  /** One write, as the adapters' bulk write does each item: found by follow-up id, or made. */
  private upsertOne(followUp: FollowUp, existingId: string | null) {
    this.calls.push(`upsert ${followUp.id}`);
    return guarded(this.faults, "upsert", () => {
      const found = this.idempotent
        ? [...this.open.values()].find((e) => e.followUp.id === followUp.id)?.remoteId
        : undefined;
      const known = existingId ?? found ?? null;
      const remoteId = known ?? `${this.prefix}-${(this.next += 1)}`;
      if (!known) this.creates += 1;
      if (!this.made.has(remoteId)) this.made.set(remoteId, this.made.size);
      this.open.set(remoteId, { followUp: clone(followUp), remoteId });
      return { remoteId, change: known ? ("updated" as const) : ("created" as const) };
    });
  }

  async upsertFollowUps(writes: readonly FollowUpWrite[], _language: unknown) {
    const outcome: Mutable<BulkFollowUpOutcome> = { saved: [], failed: [], requests: 0 };
    for (const w of new Map(writes.map((w) => [w.followUp.id, w])).values()) {
      const r = await this.upsertOne(w.followUp, w.existingId ?? null);
      outcome.requests += 1;
      if (r.ok) outcome.saved.push({ id: w.followUp.id, ...r.value });
      else outcome.failed.push({ id: w.followUp.id, error: r.error });
    }
    return ok(outcome);
  }

  async listFollowUps() {
    this.calls.push("list");
    if (this.listGate) await this.listGate;
    return guarded(this.faults, "list", () => [...this.split().values()].map((s) => clone(s.keeper.item)));
  }

  /** Like the adapters: the copy every device keeps (domain/twins.ts) is listed, the others are twins. */
  async listTwins() {
    this.calls.push("twins");
    return guarded(this.faults, "list", () =>
      [...this.split().values()].flatMap((s) =>
        s.twins.map((t) => ({ followUpId: t.item.followUp.id, remoteId: t.remoteId })),
      ),
    );
  }

  private split() {
    // An item a test put in `open` itself was made when it was put there: after those before it.
    for (const id of this.open.keys()) if (!this.made.has(id)) this.made.set(id, this.made.size);
    const at = (remoteId: string) =>
      new Date(Date.UTC(2026, 0, 1) + (this.made.get(remoteId) ?? 0)).toISOString();
    const copies = [...this.open.values()].map((item) => ({
      item,
      remoteId: item.remoteId,
      createdAt: at(item.remoteId),
    }));
    return twinsByKey(copies, (c) => c.item.followUp.id);
  }

  /** How many open items there are per follow-up id: more than one is a twin. */
  twins(): string[] {
    const ids = [...this.open.values()].map((e) => e.followUp.id);
    return ids.filter((id, i) => ids.indexOf(id) !== i);
  }

  /** Like the adapters: one already gone (404) counts as done. */
  async completeFollowUps(remoteIds: readonly string[]) {
    const outcome: Mutable<BulkCompleteOutcome> = { done: [], failed: [], requests: 0 };
    for (const remoteId of new Set(remoteIds)) {
      this.calls.push(`complete ${remoteId}`);
      outcome.requests += 1;
      const r = await guarded(this.faults, "complete", () => {
        if (this.open.delete(remoteId)) this.completed.push(remoteId);
      });
      if (r.ok || r.error.code === "graph-not-found") outcome.done.push(remoteId);
      else outcome.failed.push({ id: remoteId, error: r.error });
    }
    return ok(outcome);
  }

  /** The candidate's items out; how many. */
  protected deleteOf(ref: CandidateRef): number {
    const theirs = [...this.open.values()].filter(
      (e) => e.followUp.processId === ref.processId && e.followUp.candidateId === ref.candidateId,
    );
    for (const e of theirs) this.open.delete(e.remoteId);
    return theirs.length;
  }

  /** Calls that change something (lists are reads). */
  writes(): string[] {
    return this.calls.filter((c) => c !== "list" && c !== "twins");
  }
}

class FakeTodo extends FakeFollowUps implements TodoPort {
  constructor() {
    super("task");
  }
  /** Like the adapter: every task of the candidate goes (this fake keeps only open ones). */
  deleteCandidateTasks(ref: CandidateRef) {
    this.calls.push(`erase ${ref.candidateId}`);
    return guarded(this.faults, "erase", () => this.deleteOf(ref));
  }
}

class FakeCalendar extends FakeFollowUps implements CalendarPort {
  readonly linked = new Map<string, CandidateRef>();
  constructor() {
    super("event");
  }
  linkEvent(eventId: string, ref: CandidateRef) {
    return guarded(this.faults, "linkEvent", () => void this.linked.set(eventId, ref));
  }
  eraseCandidateEvents(ref: CandidateRef) {
    this.calls.push(`erase ${ref.candidateId}`);
    return guarded(this.faults, "erase", () => {
      const linked = [...this.linked].filter(
        ([, r]) => r.processId === ref.processId && r.candidateId === ref.candidateId,
      );
      for (const [id] of linked) this.linked.delete(id);
      return { deleted: this.deleteOf(ref), unlinked: linked.length };
    });
  }
}

class FakeNotes implements NotesPort {
  readonly faults = new Faults();
  readonly pages = new Map<string, NoteEntry[]>();
  readonly calls: string[] = [];
  appended = 0;
  inFlight = 0;
  maxInFlight = 0;
  /** While set, appends wait for it: lets a test see how many run at once. */
  gate: Promise<void> | null = null;

  ensurePage(process: Process, candidate: { id: string }) {
    const pageId = `page-${process.id}-${candidate.id}`;
    this.calls.push(`ensurePage ${pageId}`);
    return guarded(this.faults, "ensurePage", () => {
      if (!this.pages.has(pageId)) this.pages.set(pageId, []);
      return pageId;
    });
  }

  async appendEntry(pageId: string, entry: NoteEntry) {
    this.calls.push(`append ${entry.id}`);
    this.inFlight += 1;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    try {
      if (this.gate) await this.gate;
      return await guarded(this.faults, "append", (): "appended" | "already-there" => {
        const page = this.pages.get(pageId) ?? [];
        this.pages.set(pageId, page);
        if (page.some((e) => e.id === entry.id)) return "already-there";
        page.push(entry);
        this.appended += 1;
        return "appended";
      });
    } finally {
      this.inFlight -= 1;
    }
  }

  /** Each page's header as last refreshed: the candidate's stage id. */
  readonly headers = new Map<string, string>();

  refreshHeader(pageId: string, _process: Process, candidate: { stageId: string }) {
    this.calls.push(`header ${pageId}`);
    return guarded(this.faults, "header", (): "updated" | "unchanged" => {
      if (this.headers.get(pageId) === candidate.stageId) return "unchanged";
      this.headers.set(pageId, candidate.stageId);
      return "updated";
    });
  }

  entries(): NoteEntry[] {
    return [...this.pages.values()].flat();
  }

  /** A page's entries as text: the HTML of each, as appended. */
  readCandidatePage(process: Process, candidate: { id: string }) {
    const page = this.pages.get(`page-${process.id}-${candidate.id}`);
    return guarded(this.faults, "readPage", () => page?.map((e) => e.html) ?? null);
  }

  deleteCandidatePages(process: Process, candidate: { id: string }) {
    const pageId = `page-${process.id}-${candidate.id}`;
    this.calls.push(`deletePage ${pageId}`);
    return guarded(this.faults, "deletePage", () => (this.pages.delete(pageId) ? 1 : 0));
  }

  /** Weekly to-do pages by week: the ids of the to-dos on them; made with every item, later
   * only topped up (the real page's update is the domain's todoPageChanges, tested on its own). */
  readonly todoPages = new Map<string, string[]>();

  syncTodoPage(page: TodoPage) {
    this.calls.push(`todoPage ${page.todo.title[page.language]}`);
    return guarded(this.faults, "todoPage", () => {
      const ids = this.todoPages.get(page.todo.weekKey);
      if (!ids) {
        this.todoPages.set(
          page.todo.weekKey,
          page.todo.items.map((i) => i.id),
        );
        return { created: true, changed: 0, ticked: [] as string[] };
      }
      const missing = page.todo.items.filter((item) => !ids.includes(item.id));
      ids.push(...missing.map((i) => i.id));
      return { created: false, changed: missing.length, ticked: [] as string[] };
    });
  }
}

class FakeMailLinks implements MailLinksPort {
  readonly faults = new Faults();
  readonly links = new Map<string, { ref: CandidateRef; category: string }>();
  readonly calls: string[] = [];

  link(messageId: string, ref: CandidateRef, category: string) {
    this.calls.push(`link ${messageId}`);
    return guarded(this.faults, "link", () => void this.links.set(messageId, { ref, category }));
  }
  relink(messageId: string, ref: CandidateRef | null, category: string | null) {
    this.calls.push(`relink ${messageId}`);
    return guarded(this.faults, "relink", () => {
      if (ref && category) this.links.set(messageId, { ref, category });
      else this.links.delete(messageId);
    });
  }
  messageWithLink() {
    return Promise.resolve(ok(null));
  }
  /** The mails linked to the candidate, as far as the links this fake has made say. */
  messagesOfCandidate(ref: CandidateRef) {
    const linked = [...this.links.entries()].filter(
      ([, l]) => l.ref.processId === ref.processId && l.ref.candidateId === ref.candidateId,
    );
    return Promise.resolve(
      ok(
        linked.map(([id, l]) => ({
          id,
          subject: "",
          from: null,
          to: [],
          cc: [],
          at: "2026-11-01T00:00:00.000Z",
          folder: "inbox" as const,
          conversationId: null,
          webLink: null,
          link: l.ref,
          categories: [l.category],
        })),
      ),
    );
  }
  ensureCategory() {
    return Promise.resolve(ok(undefined));
  }
  /** Moved mails keep their link until it is emptied (relink), as in Outlook; the id changes. */
  readonly deleted = new Set<string>();
  moveToDeletedItems(messageId: string) {
    this.calls.push(`move ${messageId}`);
    return guarded(this.faults, "move", () => {
      const link = this.links.get(messageId);
      if (!link) return null;
      const moved = messageId.startsWith("deleted-") ? messageId : `deleted-${messageId}`;
      this.links.delete(messageId);
      this.links.set(moved, link);
      this.deleted.add(moved);
      return moved;
    });
  }
}

class FakeDrafts implements DraftsPort {
  readonly faults = new Faults();
  readonly made = new Map<string, DraftRequest>();
  creates = 0;

  createDrafts(drafts: readonly DraftRequest[]) {
    return guarded(this.faults, "createDrafts", () => {
      const created = drafts.map((d) => {
        if (!this.made.has(d.id)) {
          this.made.set(d.id, d);
          this.creates += 1;
        }
        return { id: d.id, messageId: `msg-${d.id}` };
      });
      return { created, failed: [], requests: Math.ceil(drafts.length / 20) };
    });
  }
  deleteDraftsTo(emails: readonly string[]) {
    return guarded(this.faults, "deleteDrafts", () => {
      const theirs = [...this.made].filter(([, d]) => d.to.some((p) => emails.includes(p.email)));
      for (const [id] of theirs) this.made.delete(id);
      return theirs.length;
    });
  }
}

/** The app folder's exports/: file name → content, a save of the same name replacing it. */
class FakeExportFiles implements ExportFilesPort {
  readonly faults = new Faults();
  readonly files = new Map<string, string>();

  save(name: string, content: string) {
    return guarded(this.faults, "saveExport", () => {
      this.files.set(name, content);
      return { path: `exports/${name}`, webUrl: null };
    });
  }
  deleteExportsOf(name: string) {
    return guarded(this.faults, "deleteExports", () => {
      const theirs = [...this.files.keys()].filter((file) => isExportFileOf(file, name));
      for (const file of theirs) this.files.delete(file);
      return theirs.length;
    });
  }
}

/** What the delta adapter will give once MailSummary carries the Message-ID. */
type DeltaMail = MailSummary & { readonly internetMessageId?: string | null };

/** Per folder, a list that grows; a delta link is how far the reader has come. */
export class FakeMailDelta implements MailDeltaPort {
  readonly faults = new Faults();
  readonly folders = { inbox: [] as DeltaMail[], sentitems: [] as DeltaMail[] };

  deliver(folder: "inbox" | "sentitems", mail: DeltaMail): void {
    this.folders[folder].push(mail);
  }

  /** The `since` of each first call, folder by folder. */
  readonly windows: { folder: "inbox" | "sentitems"; since: string | null }[] = [];

  changes(folder: "inbox" | "sentitems", deltaLink: string | null, since: string | null = null) {
    return guarded(this.faults, `changes ${folder}`, () => {
      if (deltaLink === null) this.windows.push({ folder, since });
      const from = deltaLink === null ? 0 : Number(deltaLink.split("#")[1]);
      const all = this.folders[folder];
      // As Graph: the window a round began with stays in its links.
      const window = deltaLink === null ? since : (deltaLink.split("#")[2] ?? "");
      const fresh = all.slice(from).filter((m) => !window || Date.parse(m.at) >= Date.parse(window));
      return { messages: fresh.map(clone), deltaLink: `delta-${folder}#${all.length}#${window ?? ""}` };
    });
  }
}

export interface FakeMicrosoft365 extends SyncPorts {
  readonly processes: FakeProcesses;
  readonly mailLinks: FakeMailLinks;
  readonly todo: FakeTodo;
  readonly calendar: FakeCalendar;
  readonly notes: FakeNotes;
  readonly drafts: FakeDrafts;
  readonly templates: FakeTemplates;
  readonly feedback: FakeFeedback;
  readonly firmSettings: FakeFirmSettings;
  readonly exportFiles: FakeExportFiles;
}

export function fakeMicrosoft365(): FakeMicrosoft365 {
  return {
    processes: new FakeProcesses(),
    mailLinks: new FakeMailLinks(),
    todo: new FakeTodo(),
    calendar: new FakeCalendar(),
    notes: new FakeNotes(),
    drafts: new FakeDrafts(),
    templates: new FakeTemplates(),
    feedback: new FakeFeedback(),
    firmSettings: new FakeFirmSettings(),
    exportFiles: new FakeExportFiles(),
  };
}
