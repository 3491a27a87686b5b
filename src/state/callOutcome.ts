import {
  appError,
  err,
  ok,
  type IsoInstant,
  type Language,
  type Process,
  type Rejection,
  type Result,
  type CandidateRef,
} from "../domain";
import { translator } from "../i18n/translate";
import type { CallChannel, CallOutcome } from "../sync/commands";

/** How the call after interview went, as the recruiter picks it. */
export const CALL_OUTCOMES = ["offer", "next-step", "rejected", "no-answer"] as const;
type CallVerdict = (typeof CALL_OUTCOMES)[number];

/** How any other call went (before the interview, or just to ask something). */
export const PLAIN_CALL_OUTCOMES = ["reached", "no-answer", "voicemail"] as const;
type PlainCallOutcome = (typeof PLAIN_CALL_OUTCOMES)[number];

export type AnyCallOutcome = CallVerdict | PlainCallOutcome;

export type { CallChannel };
export const CALL_CHANNELS: readonly CallChannel[] = ["phone", "teams"];

type CallErrorCode = "call-outcome-missing" | "invalid-call-time" | "call-in-future";

declare module "../domain/errorCodes" {
  interface ErrorCodes {
    call: CallErrorCode;
  }
}

/** When and how the call was made; absent = now, by phone. */
export interface CallWhen {
  readonly at?: IsoInstant;
  readonly channel?: CallChannel;
}

/** The call form as typed: the outcome has no default, the time is the form's local date-time. */
export interface CallForm {
  readonly outcome: AnyCallOutcome | null;
  /** "YYYY-MM-DDTHH:mm" in the browser's time zone (a datetime-local input). */
  readonly when: string;
  readonly channel: CallChannel;
  readonly notes: string;
}

export interface CheckedCall {
  readonly outcome: AnyCallOutcome;
  readonly at: IsoInstant;
  readonly channel: CallChannel;
  readonly notes: string;
}

/** A datetime-local input's value for an instant, in the browser's time zone. */
export function localInputValue(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}T${pad(at.getHours())}:${pad(at.getMinutes())}`;
}

/**
 * The form checked before anything is saved: nothing is chosen for the recruiter (a call outcome
 * picked by default is an outcome nobody picked), and a call cannot have happened in the future.
 */
export function checkCall(form: CallForm, now: Date): Result<CheckedCall> {
  if (form.outcome === null) {
    return err(
      appError(
        "call-outcome-missing",
        "Välj hur samtalet gick innan det loggas.",
        "Choose how the call went before logging it.",
        { field: "outcome" },
      ),
    );
  }
  const ms = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(form.when) ? new Date(form.when).getTime() : NaN;
  if (Number.isNaN(ms)) {
    return err(
      appError("invalid-call-time", "Ange när samtalet var.", "Give the time of the call.", {
        field: "when",
      }),
    );
  }
  // A minute's grace: the form's "now" is rounded down to the minute it was opened in.
  if (ms > now.getTime() + 60_000) {
    return err(
      appError(
        "call-in-future",
        "Samtalet kan inte loggas i förväg: ange en tid som har varit.",
        "A call cannot be logged ahead: give a time that has passed.",
        { field: "when" },
      ),
    );
  }
  return ok({
    outcome: form.outcome,
    at: new Date(Math.min(ms, now.getTime())).toISOString(),
    channel: form.channel,
    notes: form.notes.trim(),
  });
}

export interface CallLogged {
  /** The call is in the outbox: the form can let go of the notes (logging again would twice). */
  readonly logged: boolean;
  /** What to tell the recruiter: saved, or why the first step that failed was not. */
  readonly saved: Result<unknown>;
}

const DECISIONS: readonly AnyCallOutcome[] = ["offer", "next-step", "rejected"];

/** What logging a call does in Microsoft 365: the two recruiter actions it is made of (the pane's
 * CandidateActions has them). */
export interface CallActions {
  moveStage(ref: CandidateRef, stageId: string, rejection?: Rejection | null): Promise<Result<unknown>>;
  /** `when`: the time and way the recruiter says the call was made (default now, by phone). */
  logCall(
    ref: CandidateRef,
    outcome: CallOutcome,
    summary: string,
    decision?: boolean,
    when?: CallWhen,
  ): Promise<Result<unknown>>;
}

/**
 * Logs the call, then — for a "no" — closes the candidate's process with the reason given. A call
 * that reached the candidate stops the clock (with a decision after interview); "no answer" and
 * "voicemail" are only attempts. `language` is the pane's, for the outcome written into the log; the
 * closing reason is in the process's language, as the candidate would read it.
 */
export async function logCallOutcome(
  actions: CallActions,
  process: Process | null,
  ref: CandidateRef,
  outcome: AnyCallOutcome,
  notes: string,
  language: Language,
  when: CallWhen = {},
): Promise<CallLogged> {
  const decision = DECISIONS.includes(outcome);
  const attempt = outcome === "no-answer" || outcome === "voicemail" ? outcome : null;
  const said = decision
    ? [translator(language)(`call.outcome.${outcome as CallVerdict}`), notes].filter(Boolean).join(": ")
    : notes;
  const logged = await actions.logCall(ref, attempt ?? "reached", said, decision, when);
  if (!logged.ok) return { logged: false, saved: logged };
  const rejected = process?.stages.find((s) => s.kind === "rejected");
  if (outcome !== "rejected" || !process || !rejected) return { logged: true, saved: logged };
  const closed = await actions.moveStage(ref, rejected.id, {
    reason: "other",
    detail: notes || translator(process.language)("call.rejectedDetail"),
  });
  return { logged: true, saved: closed };
}
