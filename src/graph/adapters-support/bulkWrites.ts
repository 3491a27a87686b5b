// The pieces of the follow-up write path (followUpWriter.ts): counting the round trips it makes,
// keeping one outcome per follow-up id, and deciding what goes again.
import { isRetryable, type AppError, type Result } from "../../domain/result";
import type { BatchItemResponse } from "../batch";
import { isNotFound, type GraphAppError } from "../graphError";
import type { GraphHttp, GraphResult } from "../graphHttp";
import type { BulkCompleteOutcome, BulkFollowUpOutcome, FollowUpWrite } from "../ports";

/** A GraphHttp that adds up the HTTP round trips (retries included) made through it. */
export interface CountingHttp {
  readonly http: GraphHttp;
  total(): number;
}

export function countingHttp(http: GraphHttp): CountingHttp {
  let total = 0;
  const count = async <T>(sent: Promise<GraphResult<T>>): Promise<GraphResult<T>> => {
    const r = await sent;
    total += r.ok ? r.value.attempts : (r.error.attempts ?? 0);
    return r;
  };
  return {
    http: {
      get: (path, options) => count(http.get(path, options)),
      post: (path, body, options) => count(http.post(path, body, options)),
      patch: (path, body, options) => count(http.patch(path, body, options)),
      put: (path, body, options) => count(http.put(path, body, options)),
      delete: (path, options) => count(http.delete(path, options)),
    },
    total: () => total,
  };
}

/** The same follow-up twice in one call is one write: the last one wins. */
export const uniqueWrites = (items: readonly FollowUpWrite[]): FollowUpWrite[] => [
  ...new Map(items.map((w) => [w.followUp.id, w])).values(),
];

type Change = BulkFollowUpOutcome["saved"][number]["change"];

/** One outcome per follow-up id, a later pass overriding an earlier failure. */
export class BulkResults {
  private readonly saved = new Map<string, { remoteId: string; change: Change }>();
  private readonly failed = new Map<string, AppError>();

  save(id: string, remoteId: string, change: Change): void {
    this.saved.set(id, { remoteId, change });
    this.failed.delete(id);
  }

  fail(id: string, error: AppError): void {
    this.failed.set(id, error);
  }

  isSaved(id: string): boolean {
    return this.saved.has(id);
  }

  /** Failed, but another pass may make it (throttled, unavailable, cut off). */
  retryable(id: string): boolean {
    return !this.saved.has(id) && isRetryable(this.failed.get(id));
  }

  outcome(writes: readonly FollowUpWrite[], requests: number, missing: () => AppError): BulkFollowUpOutcome {
    const ids = writes.map((w) => w.followUp.id);
    return {
      saved: ids.filter((id) => this.saved.has(id)).map((id) => ({ id, ...this.saved.get(id)! })),
      failed: ids
        .filter((id) => !this.saved.has(id))
        .map((id) => ({ id, error: this.failed.get(id) ?? missing() })),
      requests,
    };
  }
}

/** A sub-request throttled inside the $batch: Graph did not run it, so it can go again as it is. */
export const wasThrottled = (error: GraphAppError): boolean => error.status === 429;

/** The wait before the next pass: the longest Retry-After Graph asked for, within `maxWaitMs`. */
export function passDelay(errors: readonly GraphAppError[], maxWaitMs: number): number {
  return Math.min(maxWaitMs, Math.max(0, ...errors.map((e) => e.retryAfterMs ?? 0)));
}

/** A bulk completion's outcome from sendBatch's answers: gone already (404) is done too. */
export function completeOutcome(
  ids: readonly string[],
  answers: ReadonlyMap<string, Result<BatchItemResponse, GraphAppError>>,
  requests: number,
): BulkCompleteOutcome {
  const done: string[] = [];
  const failed: { id: string; error: AppError }[] = [];
  for (const id of ids) {
    const answer = answers.get(id);
    if (!answer || answer.ok || isNotFound(answer.error)) done.push(id);
    else failed.push({ id, error: answer.error });
  }
  return { done, failed, requests };
}
