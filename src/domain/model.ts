// The domain model: the shapes of docs/decisions/0002-process-document.md as TypeScript. Instants
// are ISO-8601 UTC strings ("2026-11-03T09:12:00.000Z"), calendar dates are "YYYY-MM-DD"; both
// survive JSON unchanged, which is what the process document and the outbox need.

import type { Language, UserText } from "./result";

export type IsoInstant = string;
export type IsoDate = string;

export const STAGE_KINDS = [
  "applied",
  "screening",
  "interview",
  "final-interview",
  "offer",
  "hired",
  "rejected",
  "withdrawn",
] as const;
export type StageKind = (typeof STAGE_KINDS)[number];

/** A stage's name is the recruiter's to change; its kind is what the rules look at. */
export interface Stage {
  readonly id: string;
  readonly name: string;
  readonly kind: StageKind;
}

export interface Milestone {
  readonly id: string;
  readonly title: string;
  readonly date: IsoDate;
}

export interface Person {
  readonly name: string;
  readonly email: string;
}

export const REJECTION_REASONS = [
  "missing-requirement",
  "applied-too-late",
  "others-went-further",
  "other",
] as const;
export type RejectionReason = (typeof REJECTION_REASONS)[number];

export interface Rejection {
  readonly reason: RejectionReason;
  /** What was missing (required for missing-requirement and other). */
  readonly detail: string;
}

export interface Consent {
  readonly talentPool: boolean;
  readonly givenAt: IsoInstant;
  readonly expiresAt: IsoInstant;
}

export const CONTACT_CHANNELS = ["email", "phone", "meeting", "teams", "linkedin", "other"] as const;
export type ContactChannel = (typeof CONTACT_CHANNELS)[number];

export const CONTACT_KINDS = [
  "application",
  "message",
  "interview",
  "answer",
  "status-update",
  "decision",
  "note",
] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];

type Direction = "in" | "out";

export interface ContactEvent {
  readonly id: string;
  readonly at: IsoInstant;
  readonly direction: Direction;
  readonly channel: ContactChannel;
  readonly kind: ContactKind;
  readonly summary: string;
  /** Graph ids of the mail / calendar event the entry refers to. */
  readonly messageId: string | null;
  readonly eventId: string | null;
  /** The mail's Outlook web link (Graph's webLink), for a reminder that opens it. Absent in
   * documents written before it existed and for entries that are not mails. */
  readonly webLink?: string | null;
}

/** When a candidate entered a stage: the report's time in stage, the subject-access export's history. */
export interface StageEntry {
  readonly stageId: string;
  readonly at: IsoInstant;
}

/** A candidate in a process: how every layer names one (ids, not names). */
export interface CandidateRef {
  readonly processId: string;
  readonly candidateId: string;
}

export interface Candidate {
  readonly id: string;
  readonly name: string;
  readonly emails: readonly string[];
  readonly phone: string | null;
  readonly linkedInUrl: string | null;
  readonly stageId: string;
  readonly rejection: Rejection | null;
  readonly consent: Consent | null;
  readonly leftAt: IsoInstant | null;
  readonly retentionUntil: IsoDate | null;
  readonly createdAt: IsoInstant;
  readonly updatedAt: IsoInstant;
  readonly contacts: readonly ContactEvent[];
  /** Follow-ups the recruiter ticked off by hand (their ids): the planner plans them no more, so
   * sync completes their To Do task or event. Absent in documents written before it existed. */
  readonly completedFollowUps?: readonly string[];
  /** The language the candidate writes in, guessed from their mail or set by the recruiter; absent
   * = the process's language (candidateLanguage.ts). Templates default to it. */
  readonly language?: Language;
  /** The id of the candidate's OneNote log page, once Svara made or found it: the page is found by
   * it, so a rename keeps the log on one page (the title is for display only). Absent before. */
  readonly oneNotePageId?: string;
  /** Every stage the candidate entered, oldest first; appended, never rewritten. Absent in documents
   * written before it existed (their history starts with the next move). */
  readonly stageHistory?: readonly StageEntry[];
}

export interface Process {
  readonly id: string;
  readonly title: string;
  readonly organisation: string;
  readonly owner: Person;
  /** The candidate-facing language. */
  readonly language: Language;
  readonly answerWindowDays: number;
  readonly warningDay: number;
  readonly surveyUrl: string | null;
  readonly nextStep: string;
  readonly stages: readonly Stage[];
  readonly milestones: readonly Milestone[];
  readonly candidates: readonly Candidate[];
  readonly updatedAt: IsoInstant;
  /** When the recruiter closed the process: it leaves the lists, its candidates stay. Absent
   * (open) in documents written before it existed. */
  readonly closedAt?: IsoInstant | null;
  /** Candidates being erased, and the receipts of those erased (Erasure below). Absent: none ever. */
  readonly erasures?: readonly Erasure[];
}

// An erasure as the process document records it; what it does is erasure.ts (decision 0010).

/** The places an erasure looks in, in the order it empties them. */
export const ERASURE_PLACES = [
  "onenote-page",
  "todo-tasks",
  "calendar-events",
  "interview-links",
  "drafts",
  "mails-deleted",
  "mail-links",
  "exports",
  "process-document",
] as const;
type ErasurePlace = (typeof ERASURE_PLACES)[number];

export interface ErasedPlace {
  readonly place: ErasurePlace;
  /** What this try found there and erased (a step cut off and resumed counts what was left). */
  readonly count: number;
}

export interface Erasure {
  /** The erase command's id: a second try finds its own entry, and the receipt is there once. */
  readonly id: string;
  /** The candidate's hash as the weekly to-do page's lines carry it (followUp.ts candidateHash):
   * opaque, and what lets those lines be removed after the candidate is gone. */
  readonly candidateRef: string;
  readonly startedAt: IsoInstant;
  /** The recruiter who erased them (her address). */
  readonly by: string;
  readonly deleteMails: boolean;
  /** Only while the erasure runs: the candidate it is about. */
  readonly candidateId?: string;
  /** Set when done; with it, `places`. */
  readonly erasedAt?: IsoInstant;
  readonly places?: readonly ErasedPlace[];
}

export type DayCounting = "calendar" | "business";

/** The recruiter's settings (roaming settings / app folder). */
export interface Settings {
  readonly timeZone: string;
  /** "calendar" keeps the promise literally ("max 10 days"); "business" skips weekends and Swedish holidays. */
  readonly dayCounting: DayCounting;
  /** Days without news after which a waiting candidate is owed a status update. */
  readonly quietDaysBeforeStatusUpdate: number;
  /** Months after leaving before a rejected or withdrawn candidate's data is erased. */
  readonly retentionMonths: number;
  /** Days after leaving during which a feedback survey is still worth sending. */
  readonly surveyWithinDays: number;
  /** Minutes before a booked call that the calendar reminds. */
  readonly callReminderMinutes: number;
}

export type { Language, UserText };
