// The contract between sync/ and the Graph adapters: what Svara needs from Microsoft 365, in
// domain words. Each port is implemented by one adapter over one Graph resource (ARCHITECTURE.md
// §2); sync/ codes against these interfaces only, so tests can also run it over in-memory fakes.
// Graph types never cross this line.

import type {
  CandidateRef,
  Candidate,
  FirmSettings,
  FollowUp,
  Language,
  Person,
  Process,
  Template,
  WeeklyTodo,
} from "../domain";
import type { AppError, Result } from "../domain/result";
import type { FeedbackDocument } from "../domain/survey/feedback";

/** A process document as stored, with the ETag it must be written back with. */
export interface StoredProcess {
  readonly process: Process;
  readonly etag: string;
  /** What the adapter knows of the files behind this version, kept with the device's copy: while
   * the listing shows the same version, the copy is used as it is, nothing downloaded (issue 13). */
  readonly files?: HeldFiles;
}

/** Plain JSON (it goes into IndexedDB): each file's digest ("index", or the shard's number) and
 * where each candidate's log lives (candidate id → shard). */
export interface HeldFiles {
  readonly digests: Readonly<Record<string, string>>;
  readonly shards: Readonly<Record<string, number>>;
}

/** A write that lost to someone else's comes back with code "conflict" (graphError.ts isConflict);
 * all others are plain AppErrors. */
export type ProcessWriteError = AppError;

/** Process documents in the app folder: `approot:/processes/{id}.json`. */
export interface ProcessesPort {
  /** Every process, in as few round trips as Graph allows. Unreadable documents are reported, not
   * dropped. A process `held` (this device's copy) whose files are listed unchanged is not downloaded. */
  listAll(
    held?: readonly StoredProcess[],
  ): Promise<
    Result<{ readonly processes: readonly StoredProcess[]; readonly unreadable: readonly AppError[] }>
  >;
  read(processId: string): Promise<Result<StoredProcess | null>>;
  /** Writes with If-Match (null etag: create, failing if it exists). 412 → error code "conflict". */
  write(process: Process, etag: string | null): Promise<Result<StoredProcess, ProcessWriteError>>;
}

export type MailFolder = "inbox" | "sentitems" | "drafts" | "other";

/** A mail as sync and the UI need it. */
export interface MailSummary {
  readonly id: string;
  readonly subject: string;
  readonly from: Person | null;
  readonly to: readonly Person[];
  readonly cc: readonly Person[];
  /** receivedDateTime for inbound, sentDateTime for outbound. */
  readonly at: string;
  readonly folder: MailFolder;
  readonly conversationId: string | null;
  readonly webLink: string | null;
  readonly link: CandidateRef | null;
  readonly categories: readonly string[];
  /** RFC 5322 Message-ID, the same in every folder and delta. */
  readonly internetMessageId?: string | null;
  /** Graph's internetMessageHeaders, when an adapter asks for them (none does today: real Graph
   * keeps custom headers off the Sent Items copy, so the send id is read from `sendProperty`,
   * domain/sentMail.ts). */
  readonly internetMessageHeaders?: readonly { readonly name: string; readonly value: string }[] | null;
  /** The OnMessageSend handler's send id, saved as an Office custom property on the item: it
   * survives into Sent Items and tells sync the mail is already logged (domain/sentMail.ts). */
  readonly sendProperty?: string | null;
}

/** Mails ↔ candidates: Svara's named extended property plus the process category. */
export interface MailLinksPort {
  /** Sets the property `{processId}/{candidateId}` and adds the category (idempotent). */
  link(messageId: string, ref: CandidateRef, category: string): Promise<Result<void>>;
  /** The candidate a mail is linked to, and the mail itself, in one round trip. */
  messageWithLink(messageId: string): Promise<Result<MailSummary | null>>;
  messagesOfCandidate(ref: CandidateRef, top?: number): Promise<Result<readonly MailSummary[]>>;
  /** Ensures the category exists in masterCategories; without MailboxSettings.ReadWrite it is skipped, not failed. */
  ensureCategory(name: string): Promise<Result<void>>;
  /** A candidate moved (`ref` and `category`: their new process) or removed (both null): the old
   * category comes off, the property gets the new link or an empty value (Graph cannot delete an
   * extended property, and an empty one matches no candidate). Idempotent. */
  relink(
    messageId: string,
    ref: CandidateRef | null,
    category: string | null,
    oldCategory: string,
  ): Promise<Result<void>>;
  /** Moves a mail to Deleted Items (an erasure with "delete their mails"): its id there, or null
   * when it is gone already. */
  moveToDeletedItems(messageId: string): Promise<Result<string | null>>;
}

/** New and changed mail since the last sync, per folder, for contact detection. Without a delta
 * link, a new round starts; `since` bounds it to mail received from then on (the link keeps it).
 * Each summary carries what detection reads (inbound: the sender; sent: the recipients): the
 * thread, the categories and the other side are left empty. */
export interface MailDeltaPort {
  changes(
    folder: "inbox" | "sentitems",
    deltaLink: string | null,
    since?: string | null,
  ): Promise<Result<{ readonly messages: readonly MailSummary[]; readonly deltaLink: string }>>;
}

/** A follow-up as it exists in To Do or the calendar, mapped back to the planner's shape. */
export interface ExistingFollowUp {
  readonly followUp: FollowUp;
  /** The To Do task id or calendar event id. */
  readonly remoteId: string;
  /** To Do only: the web link the task's linkedResource opens now (null: none). */
  readonly mailUrl?: string | null;
}

/** A second (third …) open copy of one follow-up: To Do has no idempotency key, so two devices
 * sweeping at once can both create it. Every device keeps the same copy (domain/twins.ts). */
export interface FollowUpTwin {
  readonly followUpId: string;
  /** The twin's task / event id: completed with completeFollowUps. */
  readonly remoteId: string;
}

/** Both follow-up ports: what stands beside the copy kept. */
interface TwinListing {
  /** The open twins the last listing (listFollowUps) found, kept for one sync run; listed afresh
   * when that listing is older. The copy kept is the one listFollowUps returns. */
  listTwins(): Promise<Result<readonly FollowUpTwin[]>>;
}

/** To Do only: the mail a task links to. */
export interface MailLink {
  readonly webUrl: string;
  readonly displayName: string;
}

/** One follow-up for a bulk write (`upsertFollowUps`). */
export interface FollowUpWrite {
  readonly followUp: FollowUp;
  /** To Do only. */
  readonly mailLink?: MailLink;
  /** From the caller's own listing (reconcile): the task / event id, null for a create. When every
   * write has it, the calendar sends without listing again (creates are safe by transactionId). */
  readonly existingId?: string | null;
}

/** What a bulk write did, per follow-up id. */
export interface BulkFollowUpOutcome {
  /** Now in Microsoft 365 as wanted: made, changed, or already so (no request for it). */
  readonly saved: readonly {
    readonly id: string;
    readonly remoteId: string;
    readonly change: "created" | "updated" | "unchanged";
  }[];
  /** Not saved; `retryable` errors are worth another sweep. */
  readonly failed: readonly { readonly id: string; readonly error: AppError }[];
  /** HTTP requests made, listings and retries included (a $batch counts once). */
  readonly requests: number;
}

/**
 * Follow-ups written to To Do or the calendar: one, or a whole sweep, alike. One listing of what
 * Svara already has, then only what is missing or different goes out, ≤ 20 per `$batch`. Safe to
 * call again with the same items: the follow-up id (To Do externalId, calendar transactionId) finds
 * what an earlier, cut-off try made.
 */
export interface BulkFollowUpWriter {
  upsertFollowUps(items: readonly FollowUpWrite[], language: Language): Promise<Result<BulkFollowUpOutcome>>;
  /** Follow-ups no longer wanted (task / event ids), in $batches. One already gone, or no longer
   * open, counts as done. */
  completeFollowUps(remoteIds: readonly string[]): Promise<Result<BulkCompleteOutcome>>;
}

export interface BulkCompleteOutcome {
  readonly done: readonly string[];
  readonly failed: readonly { readonly id: string; readonly error: AppError }[];
  /** HTTP requests made, listings and retries included (a $batch counts once). */
  readonly requests: number;
}

/**
 * Calls and deadlines that need a slot: calendar events with `transactionId` = follow-up id (a
 * create sent twice makes one event). Completing one deletes a call still ahead and keeps a past
 * one as the record that it was booked.
 */
export interface CalendarPort extends BulkFollowUpWriter, TwinListing {
  linkEvent(eventId: string, ref: CandidateRef): Promise<Result<void>>;
  /** An erasure (decision 0010): every event linked to the candidate — the ones Svara made are
   * deleted, past ones too; on the ones it only linked (interviews) its link is emptied. Found by
   * the link, so a second call finds only what the first left. `category`: the process's, taken
   * off the linked ones. */
  eraseCandidateEvents(
    ref: CandidateRef,
    category: string,
  ): Promise<Result<{ readonly deleted: number; readonly unlinked: number }>>;
  /** The follow-up events Svara made, still open. */
  listFollowUps(): Promise<Result<readonly ExistingFollowUp[]>>;
}

/** Reminders as Microsoft To Do tasks in the "Svara" list, `linkedResources.externalId` = follow-up
 * id: looked up before every create, so a retried create never makes a twin. */
/** One open task of the Svara list as this device holds it (the To Do index, kept between starts). */
export interface HeldTodoTask {
  readonly remoteId: string;
  /** Graph's createdDateTime: the twins' keeper rule (domain/twins.ts). */
  readonly createdAt: string | null;
  /** The follow-up id its linkedResource carries. */
  readonly externalId: string;
  readonly linked: { readonly id?: string; readonly webUrl?: string | null };
  readonly followUp: FollowUp | null;
  /** Svara's open extension is on the task (false: the older format). */
  readonly extension: boolean;
}

/** The To Do index as held on the device, current up to its delta link (decision 0012). */
export interface HeldTodoIndex {
  readonly deltaLink: string;
  readonly tasks: readonly HeldTodoTask[];
}

/** Where the To Do adapter keeps its index between starts (sync/todoIndexStore.ts: IndexedDB),
 * by the Svara list's id — the signed-in mailbox's own list, so one account never reads another's. */
export interface TodoIndexStore {
  load(listId: string): Promise<Result<HeldTodoIndex | null>>;
  save(listId: string, held: HeldTodoIndex): Promise<Result<void>>;
}

export interface TodoPort extends BulkFollowUpWriter, TwinListing {
  listFollowUps(): Promise<Result<readonly ExistingFollowUp[]>>;
  /** An erasure: every task of the candidate, open or completed, every copy, deleted. How many. */
  deleteCandidateTasks(ref: CandidateRef): Promise<Result<number>>;
}

/** One log entry for OneNote: `data-id` = entry id, HTML already escaped by the domain. */
export interface NoteEntry {
  readonly id: string;
  readonly html: string;
}

/** A week's to-do page: created with every item, later only topped up with new ones. */
export interface TodoPage {
  /** The week as the plan has it (items, follow-ups done, candidates handled). */
  readonly todo: WeeklyTodo;
  /** The UI language: a new page's. A page already there keeps the language its title is in. */
  readonly language: Language;
}

export interface TodoPageSync {
  readonly created: boolean;
  /** How many changes the one PATCH carried (0: no PATCH was sent). */
  readonly changed: number;
  /** The follow-ups whose to-do the recruiter ticked in OneNote, in either section. */
  readonly ticked: readonly string[];
}

/** Notebook "Svara" → a section per process → a page per candidate. */
export interface NotesPort {
  /**
   * The weekly to-do page in the section "Svara – att göra": made when missing; otherwise brought
   * up to date with one PATCH (todoPageChanges), so what the recruiter wrote or ticked stays.
   */
  syncTodoPage(page: TodoPage): Promise<Result<TodoPageSync>>;
  /** Finds or creates the candidate's page (a new section when one is full: 507). */
  ensurePage(process: Process, candidate: Candidate): Promise<Result<string>>;
  /** The page's header (stage, contact details) brought in line with the candidate, by a PATCH
   * replacing its data-id's element; "unchanged" when its words already match. */
  refreshHeader(
    pageId: string,
    process: Process,
    candidate: Candidate,
  ): Promise<Result<"updated" | "unchanged">>;
  /** Appends with PATCH unless an element with this data-id is already on the page. */
  appendEntry(pageId: string, entry: NoteEntry): Promise<Result<"appended" | "already-there">>;
  /** A subject-access export: the text of the candidate's page (by its stored id, else found by
   * title and marker; never made), one entry per paragraph, heading or list item. Null: no page. */
  readCandidatePage(process: Process, candidate: Candidate): Promise<Result<readonly string[] | null>>;
  /** An erasure: the candidate's page (by its stored id, and any page in the process's sections
   * carrying their marker) deleted. How many; a page already gone counts as done. */
  deleteCandidatePages(process: Process, candidate: Candidate): Promise<Result<number>>;
}

export interface DraftRequest {
  /** Idempotency key: the draft carries it so a retry finds it instead of making a twin. */
  readonly id: string;
  readonly to: readonly Person[];
  readonly subject: string;
  readonly html: string;
  /** Reply to this mail (createReply) instead of a new mail. */
  readonly replyToMessageId: string | null;
}

/** Personalised drafts, batched (≤ 20 per $batch). */
export interface DraftsPort {
  /** An erasure: Svara's unsent drafts to any of these addresses, deleted. How many. */
  deleteDraftsTo(emails: readonly string[]): Promise<Result<number>>;
  createDrafts(drafts: readonly DraftRequest[]): Promise<
    Result<{
      readonly created: readonly { id: string; messageId: string }[];
      readonly failed: readonly { id: string; error: AppError }[];
      readonly requests: number;
    }>
  >;
}

/** The recruiter's own templates as stored, with the ETag they must be written back with. */
export interface StoredTemplates {
  readonly templates: readonly Template[];
  readonly etag: string;
}

/** Her own templates: one document in the app folder, `approot:/templates.json`. */
export interface TemplatesPort {
  /** Null when she has saved none yet. */
  read(): Promise<Result<StoredTemplates | null>>;
  /** Writes with If-Match (null etag: create, failing if it exists). 412 → error code "conflict". */
  write(templates: readonly Template[], etag: string | null): Promise<Result<StoredTemplates>>;
}

/** The firm's retention rule as stored, with the ETag it must be written back with. */
export interface StoredFirmSettings {
  readonly firm: FirmSettings;
  readonly etag: string;
}

/** The firm's retention rule: one document in the app folder, `approot:/settings.json` (issue 14). */
export interface FirmSettingsPort {
  /** Null when no one has saved it yet (the defaults apply). */
  read(): Promise<Result<StoredFirmSettings | null>>;
  /** Writes with If-Match (null etag: create, failing if it exists). 412 → error code "conflict". */
  write(firm: FirmSettings, etag: string | null): Promise<Result<StoredFirmSettings>>;
}

/** A process's survey answers as stored, with the ETag they must be written back with. */
export interface StoredFeedback {
  readonly feedback: FeedbackDocument;
  readonly etag: string;
}

/** Survey answers, one document per process: `approot:/feedback/{processId}.json` (issue 14). */
export interface FeedbackPort {
  /** Every process's answers, for the report. */
  listAll(): Promise<Result<readonly StoredFeedback[]>>;
  /** Null when the process has no answers yet. */
  read(processId: string): Promise<Result<StoredFeedback | null>>;
  /** Writes with If-Match (null etag: create, failing if it exists). 412 → error code "conflict". */
  write(feedback: FeedbackDocument, etag: string | null): Promise<Result<StoredFeedback>>;
}

/** A file saved for the recruiter: where in the app folder, and the link OneDrive gave it. */
export interface SavedFile {
  /** Inside the app folder ("Apps/Svara" in her OneDrive): "exports/svara-export-….html". */
  readonly path: string;
  readonly webUrl: string | null;
}

/** Files Svara hands the recruiter: `approot:/exports/{name}` (a subject-access export). */
export interface ExportFilesPort {
  /** Saves the file, replacing one of the same name (so a retry makes no second file). */
  save(name: string, content: string, contentType: string): Promise<Result<SavedFile>>;
  /** Deletes every export file of the person by this name still there (an erasure, decision 0010);
   * how many it deleted. A file or the folder already gone is nothing to do. */
  deleteExportsOf(name: string): Promise<Result<number>>;
}
