// A follow-up: something the recruiter must do for a candidate, in the shape the Graph layer
// writes (a To Do task or a calendar event). Its id is the idempotency key there (event
// transactionId, To Do externalId), so it is derived from what it is about — never random.

import type { IsoInstant, UserText } from "./model";
import type { TemplateKind } from "./templates/template";

export type FollowUpKind = "answer-due" | "warning" | "call" | "get-phone" | "status-update" | "survey";
type FollowUpChannel = "email" | "phone" | "task";
/** Calls need a slot in the calendar; everything else is a task in the "Svara" To Do list. */
type FollowUpTarget = "todo" | "calendar";

export interface CallDetails {
  readonly phone: string;
  readonly talkingPoints: Readonly<Record<"sv" | "en", readonly string[]>>;
}

export interface FollowUp {
  readonly id: string;
  readonly processId: string;
  readonly candidateId: string;
  readonly kind: FollowUpKind;
  readonly channel: FollowUpChannel;
  readonly target: FollowUpTarget;
  readonly dueAt: IsoInstant;
  readonly remindAt: IsoInstant;
  /** Its time has come: shown red, reminded at once. The only case a time may lie in the past. */
  readonly overdue: boolean;
  readonly title: UserText;
  readonly body: UserText;
  /** The template the recruiter will likely want, for a one-click draft. */
  readonly template: TemplateKind | null;
  readonly call: CallDetails | null;
}

const MAX_ID = 100;

/** "2026-11-03T09:12:00.000Z" → "20261103T091200Z": short, ASCII, sorts like the instant. */
export function compactInstant(instant: IsoInstant): string {
  return new Date(Date.parse(instant))
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
}

/** A short, stable hash for ids that must stay ASCII and bounded. */
export function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}

/** A candidate's opaque hash, as the weekly to-do page's lines and an erasure's receipt carry it:
 * it names no one, and it lets their lines be found after they are gone. */
export const candidateHash = (processId: string, candidateId: string): string =>
  fnv1a(`${processId}:${candidateId}`);

/**
 * `processId:candidateId:kind:anchor`. Candidate ids are unique only within a process, hence
 * the process id. Over 100 characters the head is replaced by a hash, keeping the tail readable.
 */
export function followUpId(
  processId: string,
  candidateId: string,
  kind: FollowUpKind,
  anchor: string,
): string {
  const full = `${processId}:${candidateId}:${kind}:${anchor}`;
  if (full.length <= MAX_ID) return full;
  return `${fnv1a(full)}~${full.slice(full.length - (MAX_ID - 9))}`;
}
