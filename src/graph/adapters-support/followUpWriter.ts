// The one write path for follow-ups in To Do and the calendar, one item or a sweep alike: list
// once, send only what is missing or different in $batches, then look again at what came back
// uncertain and go once more. A resource says how it lists, which requests write or complete one
// follow-up, and which failures mean "look again"; the loop and the outcome per follow-up are here.
import type { Language } from "../../domain";
import { ok, type Result } from "../../domain/result";
import { sendBatch, type BatchItem, type BatchOptions } from "../batch";
import type { GraphAppError } from "../graphError";
import type { BulkCompleteOutcome, BulkFollowUpOutcome, BulkFollowUpWriter, FollowUpWrite } from "../ports";
import { BulkResults, completeOutcome, passDelay, uniqueWrites, type CountingHttp } from "./bulkWrites";
import { missingIdError } from "./missingId";

/** What is known of one follow-up's task or event. */
export interface Existing {
  readonly remoteId: string;
}

/** After a failed write: leave it for this call, send it again as it is, or list before sending. */
type Verdict = "final" | "again" | "look";

export interface FollowUpResource<E extends Existing> {
  /** Passes an upsert makes at most: the first, and those after looking again. */
  readonly passes: number;
  /** Named in the error when Graph answers a write without an id. */
  readonly what: string;
  /** An answer without an id: did the write happen? */
  readonly missingId: Verdict;
  /** What exists, by follow-up id. `first`: the caller's ids may serve; `fresh`: no cached listing. */
  existing(
    writes: readonly FollowUpWrite[],
    pass: { readonly first: boolean; readonly fresh: boolean },
  ): Promise<Result<ReadonlyMap<string, E>>>;
  /** Already as wanted: no request for it. */
  unchanged(existing: E, write: FollowUpWrite): boolean;
  /** The requests that write one follow-up: the first creates or updates it (its answer has the id);
   * any others carry ids `${id}-…` and depend on it. */
  writeRequests(
    id: string,
    write: FollowUpWrite,
    existing: E | undefined,
    language: Language,
  ): Promise<BatchItem[]>;
  /** A write went through: keep the resource's own listing current (`answer`: its first request's). */
  saved(
    write: FollowUpWrite,
    remoteId: string,
    existing: E | undefined,
    language: Language,
    answer: unknown,
  ): void;
  /** `write`: the follow-up it was for (a resource may change its next request, e.g. a new key). */
  verdict(error: GraphAppError, existing: E | undefined, write: FollowUpWrite): Verdict;
  /** The request completing each remote id; an id without one counts as done (gone, or not open). */
  completeRequests(remoteIds: readonly string[]): Promise<Result<Map<string, Omit<BatchItem, "id">>>>;
  completed(remoteIds: readonly string[]): void;
}

interface PassResult {
  /** Some write is worth another pass. */
  readonly goOn: boolean;
  /** ... and the next pass must list afresh first. */
  readonly relist: boolean;
  readonly delayMs: number;
}

const NOTHING_LEFT: PassResult = { goOn: false, relist: false, delayMs: 0 };

export function followUpWriter<E extends Existing>(
  counter: CountingHttp,
  batch: BatchOptions | undefined,
  resource: FollowUpResource<E>,
): Required<BulkFollowUpWriter> {
  const http = counter.http;
  const sleep = (ms: number): Promise<void> =>
    batch?.clock?.sleep?.(ms) ?? new Promise((resolve) => setTimeout(resolve, ms));

  /** One pass: a request for each follow-up missing or different, in $batches. */
  async function writePass(
    writes: readonly FollowUpWrite[],
    view: ReadonlyMap<string, E>,
    language: Language,
    results: BulkResults,
  ): Promise<Result<PassResult>> {
    const items: BatchItem[] = [];
    const sent: { id: string; write: FollowUpWrite; existing: E | undefined }[] = [];
    for (const [i, write] of writes.entries()) {
      const existing = view.get(write.followUp.id);
      if (existing && resource.unchanged(existing, write)) {
        results.save(write.followUp.id, existing.remoteId, "unchanged");
        continue;
      }
      const id = `w${i}`;
      items.push(...(await resource.writeRequests(id, write, existing, language)));
      sent.push({ id, write, existing });
    }
    if (items.length === 0) return ok(NOTHING_LEFT);
    const answered = await sendBatch(http, items, batch);
    if (!answered.ok) return answered;
    const byId = new Map(items.map((item, i) => [item.id, answered.value.results[i]!]));
    const verdicts: Verdict[] = [];
    const waits: GraphAppError[] = [];
    for (const { id, write, existing } of sent) {
      const f = write.followUp;
      const answer = byId.get(id)!;
      // The first request wrote it; one depending on it that failed fails the write.
      const follower = items
        .filter((item) => item.id.startsWith(`${id}-`))
        .map((item) => byId.get(item.id)!)
        .find((r) => !r.ok);
      const outcome = answer.ok && follower ? follower : answer;
      if (outcome.ok) {
        const remoteId =
          (answer.ok && (answer.value.body as { id?: string } | undefined)?.id) || existing?.remoteId;
        if (remoteId) {
          results.save(f.id, remoteId, existing ? "updated" : "created");
          resource.saved(write, remoteId, existing, language, answer.ok ? answer.value.body : undefined);
        } else {
          results.fail(f.id, missingIdError(resource.what));
          verdicts.push(resource.missingId);
        }
        continue;
      }
      const verdict = resource.verdict(outcome.error, existing, write);
      results.fail(f.id, verdict === "look" ? { ...outcome.error, retryable: true } : outcome.error);
      if (verdict === "final") continue;
      verdicts.push(verdict);
      waits.push(outcome.error);
    }
    return ok({
      goOn: verdicts.some((v) => v !== "final"),
      relist: verdicts.includes("look"),
      delayMs: passDelay(waits, batch?.retry?.maxWaitMs ?? 60_000),
    });
  }

  async function upsertFollowUps(
    writes: readonly FollowUpWrite[],
    language: Language,
  ): Promise<Result<BulkFollowUpOutcome>> {
    const started = counter.total();
    const wanted = uniqueWrites(writes);
    const results = new BulkResults();
    let todo = wanted;
    let fresh = false;
    for (let pass = 1; pass <= resource.passes && todo.length > 0; pass++) {
      const view = await resource.existing(todo, { first: pass === 1, fresh });
      if (!view.ok) return view;
      const done = await writePass(todo, view.value, language, results);
      if (!done.ok) return done;
      if (!done.value.goOn) break;
      todo = todo.filter((w) => results.retryable(w.followUp.id));
      fresh = done.value.relist;
      if (done.value.delayMs > 0 && pass < resource.passes) await sleep(done.value.delayMs);
    }
    return ok(results.outcome(wanted, counter.total() - started, () => missingIdError(resource.what)));
  }

  async function completeFollowUps(remoteIds: readonly string[]): Promise<Result<BulkCompleteOutcome>> {
    const started = counter.total();
    const ids = [...new Set(remoteIds)];
    if (ids.length === 0) return ok({ done: [], failed: [], requests: 0 });
    const planned = await resource.completeRequests(ids);
    if (!planned.ok) return planned;
    const items = [...planned.value.values()].map((item, i): BatchItem => ({ ...item, id: `c${i}` }));
    const sent = items.length ? await sendBatch(http, items, batch) : ok({ results: [], roundTrips: 0 });
    if (!sent.ok) return sent;
    const answers = new Map([...planned.value.keys()].map((id, i) => [id, sent.value.results[i]!]));
    const outcome = completeOutcome(ids, answers, counter.total() - started);
    resource.completed(outcome.done);
    return ok(outcome);
  }

  return { upsertFollowUps, completeFollowUps };
}
