// When to try a Graph request again, and how long to wait first. Pure, so the rules that decide
// whether a recruiter's action could be sent twice are tested without a network.

export interface RetrySettings {
  /** Total tries including the first. */
  readonly maxAttempts: number;
  /** Backoff base for throttling without Retry-After (OneNote's 429 has none). */
  readonly baseDelayMs: number;
  /** Backoff never waits longer than this per try. */
  readonly maxDelayMs: number;
  /** A Retry-After longer than this is not slept through in the pane: the error goes back to the
   * outbox, which keeps the command and schedules it. */
  readonly maxWaitMs: number;
}

export const DEFAULT_RETRY: RetrySettings = {
  maxAttempts: 4,
  baseDelayMs: 1000,
  maxDelayMs: 30_000,
  maxWaitMs: 60_000,
};

/** Throttled or temporarily unavailable: worth trying again. */
export const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([429, 503, 504]);

// PATCH is not on this list: a OneNote page append is a PATCH that adds a paragraph every time it
// is sent. Adapters whose PATCH sets values (a message's categories) mark it idempotent.
const IDEMPOTENT_METHODS = new Set(["GET", "HEAD", "OPTIONS", "PUT", "DELETE"]);

/** Whether sending this request twice has the same effect as sending it once. A POST is only when
 * the adapter says so (it carries a transactionId, or it looked up the data-id first). */
export function isIdempotent(method: string, marked?: boolean): boolean {
  return marked ?? IDEMPOTENT_METHODS.has(method.toUpperCase());
}

/** Retry-After in milliseconds: delta-seconds (what Graph sends) or an HTTP date. */
export function parseRetryAfter(value: string | null | undefined, nowMs: number): number | undefined {
  if (value === null || value === undefined || value.trim() === "") return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, at - nowMs);
}

/** Exponential backoff with full jitter: many panes throttled together do not come back together. */
export function backoffDelay(attempt: number, settings: RetrySettings, random: () => number): number {
  const ceiling = Math.min(settings.maxDelayMs, settings.baseDelayMs * 2 ** Math.max(0, attempt - 1));
  return Math.floor(random() * ceiling);
}

export type RetryDecision = { readonly retry: false } | { readonly retry: true; readonly delayMs: number };

export interface AttemptOutcome {
  /** HTTP status, or "network" when no response came back. */
  readonly status: number | "network";
  readonly retryAfter?: string | null;
  /** The try that just finished, from 1. */
  readonly attempt: number;
  readonly idempotent: boolean;
}

export function decideRetry(
  outcome: AttemptOutcome,
  settings: RetrySettings,
  nowMs: number,
  random: () => number,
): RetryDecision {
  const transient = outcome.status === "network" || RETRYABLE_STATUSES.has(outcome.status);
  if (!transient || !outcome.idempotent || outcome.attempt >= settings.maxAttempts) return { retry: false };
  const asked = parseRetryAfter(outcome.retryAfter, nowMs);
  const delayMs = asked ?? backoffDelay(outcome.attempt, settings, random);
  return delayMs > settings.maxWaitMs ? { retry: false } : { retry: true, delayMs };
}
