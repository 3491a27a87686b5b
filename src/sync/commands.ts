// Every change a recruiter makes is one of these commands (ARCHITECTURE.md §4). A command is plain
// JSON so the outbox can keep it in IndexedDB exactly as it was made, and its id is made once, by
// the caller, when the recruiter acts: it is the idempotency key all the way to Graph (the process
// document's contact ids, OneNote data-id, the outbox's primary key), so a re-send is never a twin.

import type {
  ApplicationMail,
  CandidateChanges,
  CandidateRef,
  ConsentGiven,
  ContactChannel,
  ContactEvent,
  ContactKind,
  FeedbackEntry,
  FirmSettings,
  IsoInstant,
  NewCandidate,
  NewNote,
  ProcessFields,
  StageMove,
  TemplateChange,
} from "../domain";
import type { DraftRequest } from "../graph/ports";

// A payload is the candidate it is about plus what the domain transition takes
// (src/domain/transitions), so the outbox keeps exactly what the rule is given.
export type { CandidateChanges } from "../domain";

interface Base<T extends string, P> {
  readonly id: string;
  readonly type: T;
  /** Commands with the same key go to Microsoft 365 in order: `{processId}/{candidateId}`. */
  readonly key: string;
  readonly createdAt: IsoInstant;
  readonly payload: P;
}

/** The mail a command came from: linking it lets Outlook show the candidate's category. */
export type SourceMail = ApplicationMail;

export type AddCandidate = Base<"AddCandidate", { readonly processId: string } & NewCandidate>;

export type LinkMail = Base<"LinkMail", CandidateRef & { readonly messageId: string }>;

/** An interview in the calendar, linked to its candidate the same way a mail is (decision 0002). */
export type LinkEvent = Base<"LinkEvent", CandidateRef & { readonly eventId: string }>;

type MoveStage = Base<"MoveStage", CandidateRef & StageMove>;

/** Only the fields present change, so re-applying on a fresher document merges field by field. */
type UpdateCandidate = Base<"UpdateCandidate", CandidateRef & { readonly changes: CandidateChanges }>;

export type LogContact = Base<"LogContact", CandidateRef & { readonly contact: ContactEvent }>;

/** OneNote holds the note whole; the process document keeps a short summary (domain/transitions/notes.ts). */
export type AddNote = Base<"AddNote", CandidateRef & NewNote>;

/** The recruiter ticked a follow-up off: recorded on the candidate, so the planner plans it no more
 * and the follow-up reconcile completes its To Do task or event. */
export type CompleteFollowUp = Base<
  "CompleteFollowUp",
  CandidateRef & {
    readonly followUpId: string;
    /** Only in commands stored by an older version, which completed the remote item directly. */
    readonly target?: "todo" | "calendar";
    /** The To Do task id or calendar event id (older commands only). */
    readonly remoteId?: string;
  }
>;

/** `run` puts the rounds of one bulk update on one ordering key: they go one after another, so
 * progress moves round by round and a cancel stops the rounds not yet started. */
export type CreateDrafts = Base<
  "CreateDrafts",
  { readonly drafts: readonly DraftRequest[]; readonly run?: string }
>;

/** Her own templates (one document, approot:/templates.json): all on one ordering key, `templates`,
 * so her changes go out in the order she made them; re-applied on a fresher document on 412. */
export type ChangeTemplate = Base<"ChangeTemplate", { readonly change: TemplateChange }>;

const TEMPLATES_KEY = "templates";
/** A process made (`create`: its id is new, written with "create" semantics) or edited in the pane. */
export type SaveProcess = Base<
  "SaveProcess",
  { readonly processId: string; readonly create: boolean; readonly fields: ProcessFields }
>;

/** Closed: it leaves the lists, its candidates stay; `closed: false` opens it again. */
export type CloseProcess = Base<"CloseProcess", { readonly processId: string; readonly closed: boolean }>;

/** To another process, same candidate id: the target receives them first, then the source lets go,
 * so a move cut off between the two documents finishes when it is sent again. */
export type MoveCandidate = Base<"MoveCandidate", CandidateRef & { readonly toProcessId: string }>;

/** Added by mistake: out of the document, their mails unlinked, their reminders completed. */
export type RemoveCandidate = Base<"RemoveCandidate", CandidateRef>;

/** A survey answer, or a reply for her to score, into the process's feedback document (not the
 * process document: no candidate beside it). Detection's command id is `survey:{answerId}`, so a
 * reply seen twice is one command; the answerId makes the document write idempotent besides. */
export type RecordSurveyAnswer = Base<
  "RecordSurveyAnswer",
  { readonly processId: string; readonly entry: FeedbackEntry }
>;

/** Erased everywhere Svara wrote (decision 0010): their page, tasks, events, Svara's marks on their
 * mails, its drafts to them — and, with `deleteMails`, the mails themselves, to Deleted Items. The
 * process keeps a receipt without personal data. `by`: the recruiter's address, for the receipt. */
export type EraseCandidate = Base<
  "EraseCandidate",
  CandidateRef & { readonly deleteMails: boolean; readonly by: string }
>;

/** A talent-pool candidate said yes to the consent-renewal mail: the consent recorded on them, their
 * retention date moved to when it expires (domain/transitions/consent.ts). */
type RecordConsent = Base<"RecordConsent", CandidateRef & ConsentGiven>;

/** The firm's retention rule (one document, approot:/settings.json): only the fields changed, so a
 * re-apply on a fresher document keeps another recruiter's change to another field. */
export type ChangeFirmSettings = Base<"ChangeFirmSettings", { readonly changes: Partial<FirmSettings> }>;

const FIRM_SETTINGS_KEY = "firm-settings";

export type Command =
  | AddCandidate
  | LinkMail
  | LinkEvent
  | MoveStage
  | UpdateCandidate
  | LogContact
  | AddNote
  | CompleteFollowUp
  | CreateDrafts
  | ChangeTemplate
  | SaveProcess
  | CloseProcess
  | MoveCandidate
  | RemoveCandidate
  | RecordSurveyAnswer
  | EraseCandidate
  | RecordConsent
  | ChangeFirmSettings;

export type CommandType = Command["type"];

/** The commands that read-modify-write a process document (If-Match). */
export type DocumentCommand =
  | AddCandidate
  | MoveStage
  | UpdateCandidate
  | LogContact
  | AddNote
  | CompleteFollowUp
  | RemoveCandidate
  | RecordConsent;

/** The commands that read-modify-write a process document but are about no one candidate. */
export type ProcessCommand = SaveProcess | CloseProcess;

export function candidateKey(processId: string, candidateId: string): string {
  return `${processId}/${candidateId}`;
}

/** What every command needs that the caller makes once: a fresh id and the moment it was made. */
export interface Stamp {
  readonly id: string;
  readonly createdAt: IsoInstant;
}

/** The browser's own UUID: made in the caller at the moment the recruiter acts. */
export function stampNow(now: () => Date = () => new Date()): Stamp {
  return { id: globalThis.crypto.randomUUID(), createdAt: now().toISOString() };
}

export type PayloadOf<T extends CommandType> = Extract<Command, { type: T }>["payload"];

function keyOf(type: CommandType, payload: PayloadOf<CommandType>, id: string): string {
  // Drafts touch no candidate's order; the rounds of one bulk update keep their own.
  if (type === "CreateDrafts") return `drafts/${(payload as PayloadOf<"CreateDrafts">).run ?? id}`;
  if (type === "ChangeTemplate") return TEMPLATES_KEY;
  if (type === "ChangeFirmSettings") return FIRM_SETTINGS_KEY;
  if (type === "RecordSurveyAnswer")
    return `feedback/${(payload as PayloadOf<"RecordSurveyAnswer">).processId}`;
  // A process's own changes go in order among themselves, beside its candidates'.
  if (!("candidateId" in payload)) return `process/${(payload as { processId: string }).processId}`;
  const p = payload as { processId: string; candidateId: string };
  return candidateKey(p.processId, p.candidateId);
}

/** Builds any command with its ordering key derived from the payload. */
export function makeCommand<T extends CommandType>(
  type: T,
  payload: PayloadOf<T>,
  stamp: Stamp,
): Extract<Command, { type: T }> {
  return {
    id: stamp.id,
    type,
    key: keyOf(type, payload, stamp.id),
    createdAt: stamp.createdAt,
    payload,
  } as unknown as Extract<Command, { type: T }>;
}

export type CallOutcome = "reached" | "no-answer" | "voicemail";

/** How a call was made: the phone, or a Teams call. */
export type CallChannel = "phone" | "teams";

/**
 * A call that reached the candidate is an answer and stops the clock; one that did not is only a
 * note of the attempt — the candidate still has not heard from us.
 */
export function callContact(
  id: string,
  at: IsoInstant,
  outcome: CallOutcome,
  summary: string,
  decision = false,
  channel: CallChannel = "phone",
): ContactEvent {
  // The attempt stays a note (it stops no clock); the log labels it a call attempt by its channel.
  const kind: ContactKind = outcome !== "reached" ? "note" : decision ? "decision" : "answer";
  const said = outcome === "no-answer" ? "Svarade inte" : outcome === "voicemail" ? "Röstmeddelande" : "";
  return {
    id,
    at,
    direction: "out",
    channel,
    kind,
    summary: said && summary ? `${said}: ${summary}` : said || summary,
    messageId: null,
    eventId: null,
  };
}

export function meetingHeldContact(
  id: string,
  at: IsoInstant,
  summary: string,
  eventId: string | null,
): ContactEvent {
  return {
    id,
    at,
    direction: "out",
    channel: "meeting",
    kind: "interview",
    summary,
    messageId: null,
    eventId,
  };
}

export function mailContact(
  id: string,
  at: IsoInstant,
  direction: "in" | "out",
  summary: string,
  messageId: string | null,
  channel: ContactChannel = "email",
  webLink: string | null = null,
): ContactEvent {
  // Outbound mail is logged as an "answer", not a "message": the planner reads an outbound message
  // after leaving as the survey having been sent, and a rejection mail must not count as that.
  return {
    id,
    at,
    direction,
    channel,
    kind: direction === "in" ? "message" : "answer",
    summary,
    messageId,
    eventId: null,
    ...(webLink ? { webLink } : {}),
  };
}
