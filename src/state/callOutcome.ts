import type { Language, Process, Result } from "../domain";
import { translator } from "../i18n/translate";
import type { CandidateActions, CandidateRef } from "./candidateActions";

/** How the call after interview went, as the recruiter picks it. */
export const CALL_OUTCOMES = ["offer", "next-step", "rejected", "no-answer"] as const;
export type CallVerdict = (typeof CALL_OUTCOMES)[number];

export interface CallLogged {
  /** The call is in the outbox: the form can let go of the notes (logging again would twice). */
  readonly logged: boolean;
  /** What to tell the recruiter: saved, or why the first step that failed was not. */
  readonly saved: Result<unknown>;
}

/**
 * Logs the call, then — for a "no" — closes the candidate's process with the reason given. A call
 * that reached the candidate with a decision stops the clock; "no answer" is only an attempt.
 * `language` is the pane's, for the outcome written into the log; the closing reason is in the
 * process's language, as the candidate would read it.
 */
export async function logCallOutcome(
  actions: Pick<CandidateActions, "logCall" | "moveStage">,
  process: Process | null,
  ref: CandidateRef,
  outcome: CallVerdict,
  notes: string,
  language: Language,
): Promise<CallLogged> {
  const reached = outcome !== "no-answer";
  const said = [translator(language)(`call.outcome.${outcome}`), notes].filter(Boolean).join(": ");
  const logged = await actions.logCall(
    ref,
    reached ? "reached" : "no-answer",
    reached ? said : notes,
    reached,
  );
  if (!logged.ok) return { logged: false, saved: logged };
  const rejected = process?.stages.find((s) => s.kind === "rejected");
  if (outcome !== "rejected" || !process || !rejected) return { logged: true, saved: logged };
  const closed = await actions.moveStage(ref, rejected.id, {
    reason: "other",
    detail: notes || translator(process.language)("call.rejectedDetail"),
  });
  return { logged: true, saved: closed };
}
