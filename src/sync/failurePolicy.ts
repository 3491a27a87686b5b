// What the engine does with a command that did not get through. Three outcomes only — try again
// later, stop everything until the recruiter signs in, or show it as failed with a retry button —
// and none of them throws the command away.

import { appError, isRetryable, type AppError, type ErrorCode } from "../domain";

/** The codes of the engine's own errors (its executors' included); the outbox's are in outboxErrors.ts. */
type SyncErrorCode =
  | "sync-conflict"
  | "sync-conflict-busy"
  | "sync-unknown-command"
  | "sync-unexpected"
  | "unknown-command"
  | "drafts-partly-throttled"
  | "drafts-partly-failed"
  | "sync-waiting-for-earlier-change";

declare module "../domain/errorCodes" {
  interface ErrorCodes {
    sync: SyncErrorCode;
  }
}

/** The fields the Graph layer adds to its errors (graph/graphError.ts), read structurally. */
export interface SyncError extends AppError {
  readonly status?: number;
  readonly retryAfterMs?: number;
  readonly missingPermission?: string;
}

export type FailureOutcome = "retry-later" | "pause-queue" | "failed";

// Sign-in problems only the recruiter can fix (auth/authErrors.ts). Offline, "MSAL busy" and an
// unexplained auth failure are waits: trying again later may work without them.
const SIGN_IN: ReadonlySet<ErrorCode> = new Set([
  "graph-auth-needed",
  "auth-sign-in-needed",
  "auth-cancelled",
  "auth-popup-blocked",
]);

export function classify(error: SyncError): FailureOutcome {
  if (error.status === 401 || SIGN_IN.has(error.code)) return "pause-queue";
  if (error.status === 403) return "failed";
  return isRetryable(error) ? "retry-later" : "failed";
}

export interface BackoffPolicy {
  readonly baseMs: number;
  readonly maxMs: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 2_000, maxMs: 5 * 60_000 };

/**
 * Graph's Retry-After when it gave one (never sooner); otherwise exponential with jitter — OneNote
 * throttles without Retry-After, and devices retrying in lockstep would be throttled again.
 * `random` in [0, 1): the delay lands in [half, whole] of the exponential step.
 */
export function retryDelayMs(
  error: SyncError,
  attempts: number,
  policy: BackoffPolicy,
  random: () => number,
): number {
  if (error.retryAfterMs !== undefined && error.retryAfterMs >= 0) return error.retryAfterMs;
  const step = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.max(0, attempts - 1));
  return Math.round(step / 2 + (step / 2) * random());
}

/** A merge the engine cannot make: both versions go with the error so the UI can show them. */
export function unmergeableConflict(cause: AppError, local: unknown, remote: unknown): AppError {
  return appError(
    "sync-conflict",
    `Ändringen går inte att spara: ${cause.message.sv} Både din version och den i Microsoft 365 finns kvar.`,
    `The change cannot be saved: ${cause.message.en} Both your version and the one in Microsoft 365 are kept.`,
    { cause: { reason: cause.code, local, remote }, retryable: false },
  );
}

export function conflictRetriesExhausted(processId: string): AppError {
  return appError(
    "sync-conflict-busy",
    "Processen ändras på flera ställen samtidigt. Svara försöker igen strax.",
    "The process is being changed in several places at once. Svara will try again shortly.",
    { cause: { processId }, retryable: true },
  );
}

export function executorMissing(type: string): AppError {
  return appError(
    "sync-unknown-command",
    "Svara känner inte igen ändringen (en nyare version sparade den?). Den ligger kvar.",
    "Svara does not recognise the change (saved by a newer version?). It is kept.",
    { cause: { type }, retryable: false },
  );
}

/** A process or candidate this device shows but Microsoft 365 does not have yet: an earlier change
 * of ours (a new process, a move) is still on its way, and this one goes after it. */
export function waitingForEarlierChange(processId: string): AppError {
  return appError(
    "sync-waiting-for-earlier-change",
    "Väntar på att en tidigare ändring ska sparas först.",
    "Waiting for an earlier change to be saved first.",
    { cause: { processId }, retryable: true },
  );
}
