import { appError, err, ok, type Result } from "../domain/result";
import {
  batchRequestBody,
  groupByDependency,
  isIdempotentItem,
  judgeRound,
  readBatchResponse,
  type BatchItem,
  type FinalOutcome,
  type SubResponse,
} from "./batchPlan";
import { planRound } from "./batchRounds";
import { graphErrorFromResponse, type GraphAppError } from "./graphError";
import type { GraphHttp } from "./graphHttp";
import type { RetryClock } from "./middleware/retryMiddleware";
import { DEFAULT_RETRY, type RetrySettings } from "./retryPolicy";

export type { BatchItem } from "./batchPlan";

export interface BatchOptions {
  /**
   * $batch requests in flight at once. Default 1: Graph already runs a batch's requests against the
   * mailbox in parallel, and Outlook allows 4 concurrent requests per app and mailbox — two batches
   * at once would be MailboxConcurrency 429s, which To Do creates cannot safely retry.
   */
  readonly concurrency?: number;
  readonly retry?: Partial<RetrySettings>;
  readonly clock?: Partial<RetryClock>;
  /** False when no click started this: see RequestOptions.allowSignIn. */
  readonly allowSignIn?: boolean;
}

export interface BatchItemResponse {
  readonly status: number;
  readonly body: unknown;
  readonly headers: Readonly<Record<string, string>>;
}

export interface BatchOutcome {
  /** One per input item, in input order. */
  readonly results: readonly Result<BatchItemResponse, GraphAppError>[];
  /** HTTP requests made, retries included: the figure for our requests-per-action budget. */
  readonly roundTrips: number;
}

const realClock: RetryClock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  random: Math.random,
};

/** Send any number of requests as $batch requests of ≤ 20, retrying only the sub-requests that
 * were throttled or unavailable (and may safely go again), with whatever depended on them.
 * Err only for an invalid request list; every item's own failure is in `results`. */
export async function sendBatch(
  http: GraphHttp,
  items: readonly BatchItem[],
  options: BatchOptions = {},
): Promise<Result<BatchOutcome>> {
  // Only to refuse an invalid list (unknown ids, cycles, chains longer than a batch).
  const grouped = groupByDependency(items);
  if (!grouped.ok) return grouped;
  const settings = { ...DEFAULT_RETRY, ...options.retry };
  const clock = { ...realClock, ...options.clock };
  const concurrency = Math.max(1, options.concurrency ?? 1);

  const attempts = new Map<string, number>();
  const finals = new Map<string, Result<BatchItemResponse, GraphAppError>>();
  let roundTrips = 0;
  let pending: readonly BatchItem[] = items;

  while (pending.length > 0) {
    const failed = new Set([...finals].filter(([, r]) => !r.ok).map(([id]) => id));
    const plan = planRound(pending, failed);
    for (const { item, dependency } of plan.blocked) {
      const cause = finals.get(dependency);
      finals.set(item.id, err(dependencyFailed(cause && !cause.ok ? cause.error : undefined)));
    }
    const batches = plan.batches;
    for (const item of batches.flat()) attempts.set(item.id, (attempts.get(item.id) ?? 0) + 1);

    const answered = new Set<string>();
    const responses = new Map<string, SubResponse>();
    await inPool(batches, concurrency, async (batch) => {
      const sent = await http.post("/$batch", batchRequestBody(batch), {
        idempotent: batch.every(isIdempotentItem),
        ...(options.allowSignIn !== undefined ? { allowSignIn: options.allowSignIn } : {}),
      });
      roundTrips += sent.ok ? sent.value.attempts : (sent.error.attempts ?? 0);
      if (!sent.ok) {
        for (const item of batch) finals.set(item.id, err(sent.error));
        return;
      }
      for (const item of batch) answered.add(item.id);
      for (const [id, r] of readBatchResponse(sent.value.body)) responses.set(id, r);
    });

    const verdict = judgeRound(
      items.filter((i) => answered.has(i.id)),
      responses,
      attempts,
      settings,
      clock.now(),
      clock.random,
    );
    for (const [id, outcome] of verdict.final) finals.set(id, toResult(outcome, clock.now()));
    const next = new Set([...verdict.retry, ...plan.held].map((i) => i.id));
    pending = items.filter((i) => next.has(i.id));
    if (verdict.retry.length > 0) await clock.sleep(verdict.delayMs);
  }
  return ok({ results: items.map((i) => finals.get(i.id)!), roundTrips });
}

async function inPool<T>(work: readonly T[], size: number, run: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < work.length) await run(work[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(size, work.length) }, worker));
}

const lookup = (headers: Readonly<Record<string, string>>) => ({
  get: (name: string) => headers[name.toLowerCase()] ?? null,
});

function toResult(outcome: FinalOutcome, nowMs: number): Result<BatchItemResponse, GraphAppError> {
  if (outcome.kind === "missing") {
    return err(
      appError(
        "graph-batch-missing-response",
        "Microsoft 365 svarade inte på en del av begäran. Svara försöker igen.",
        "Microsoft 365 did not answer part of the request. Svara will try again.",
        { retryable: true },
      ),
    );
  }
  const { response } = outcome;
  if (outcome.kind === "dependency-failed") {
    const cause = outcome.dependency
      ? graphErrorFromResponse(
          outcome.dependency.status,
          outcome.dependency.body,
          lookup(outcome.dependency.headers),
          nowMs,
        )
      : undefined;
    return err(dependencyFailed(cause));
  }
  if (response.status >= 200 && response.status < 300) {
    return ok({ status: response.status, body: response.body, headers: response.headers });
  }
  return err(graphErrorFromResponse(response.status, response.body, lookup(response.headers), nowMs));
}

/** A request not run (424) because one it depends on failed: retryable when that failure is. */
function dependencyFailed(cause: GraphAppError | undefined): GraphAppError {
  const error: GraphAppError = appError(
    "graph-dependency-failed",
    "Ett steg som detta bygger på misslyckades, så det skickades inte.",
    "A step this depends on failed, so it was not sent.",
    {
      cause: { dependency: cause?.code, dependencyStatus: cause?.status },
      retryable: cause?.retryable ?? true,
    },
  );
  return { ...error, status: 424 };
}
