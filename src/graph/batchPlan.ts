// The pure half of $batch: which requests travel together, what the JSON looks like, and what to
// send again after an answer. No I/O here, so the rules are tested without a server.
import { appError, err, ok, type Result } from "../domain/result";
import { decideRetry, isIdempotent, type RetrySettings } from "./retryPolicy";

/** Graph's limit per $batch request. */
export const MAX_BATCH_SIZE = 20;

export interface BatchItem {
  /** Unique within one sendBatch call; also the sub-request id on the wire. */
  readonly id: string;
  readonly method: "GET" | "POST" | "PATCH" | "PUT" | "DELETE";
  /** Relative to the version: "/me/messages/AAMk…". */
  readonly url: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: unknown;
  /** Ids of items that must succeed first; they travel in the same $batch. */
  readonly dependsOn?: readonly string[];
  /** Safe to send twice (see retryPolicy.isIdempotent); undefined: by method. */
  readonly idempotent?: boolean;
}

export interface SubResponse {
  readonly id: string;
  readonly status: number;
  /** Lower-cased names. */
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: unknown;
}

function invalid(detail: string): Result<never> {
  return err(
    appError(
      "graph-batch-invalid",
      "Svara byggde en felaktig gruppförfrågan till Microsoft 365 (programfel).",
      "Svara built an invalid batch request to Microsoft 365 (a bug).",
      { cause: { detail }, retryable: false },
    ),
  );
}

/** Items linked by dependsOn (in either direction) form one group, in input order; a group must
 * fit in one $batch because Graph resolves dependsOn only within a request. */
export function groupByDependency(items: readonly BatchItem[]): Result<BatchItem[][]> {
  const index = new Map<string, number>();
  for (const [i, item] of items.entries()) {
    if (index.has(item.id)) return invalid(`duplicate id ${item.id}`);
    index.set(item.id, i);
  }
  const parent = items.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)));
  for (const [i, item] of items.entries()) {
    for (const dep of item.dependsOn ?? []) {
      const j = index.get(dep);
      if (j === undefined) return invalid(`${item.id} depends on unknown ${dep}`);
      parent[root(i)] = root(j);
    }
  }
  if (hasCycle(items, index)) return invalid("dependsOn has a cycle");
  const groups = new Map<number, BatchItem[]>();
  for (const [i, item] of items.entries()) {
    const r = root(i);
    groups.set(r, [...(groups.get(r) ?? []), item]);
  }
  const result = [...groups.values()];
  const tooBig = result.find((g) => g.length > MAX_BATCH_SIZE);
  return tooBig
    ? invalid(`a dependency chain of ${tooBig.length} is longer than ${MAX_BATCH_SIZE}`)
    : ok(result);
}

function hasCycle(items: readonly BatchItem[], index: ReadonlyMap<string, number>): boolean {
  const state = new Array<0 | 1 | 2>(items.length).fill(0); // unvisited, on the path, done
  const visit = (i: number): boolean => {
    if (state[i] === 1) return true;
    if (state[i] === 2) return false;
    state[i] = 1;
    const cyclic = (items[i]!.dependsOn ?? []).some((d) => visit(index.get(d)!));
    state[i] = 2;
    return cyclic;
  };
  return items.some((_, i) => visit(i));
}

/** First fit in input order, so requests early in the list go out in the first batches. */
export function packBatches(groups: readonly (readonly BatchItem[])[], max = MAX_BATCH_SIZE): BatchItem[][] {
  const batches: BatchItem[][] = [];
  for (const group of groups) {
    const target = batches.find((b) => b.length + group.length <= max);
    if (target) target.push(...group);
    else batches.push([...group]);
  }
  return batches;
}

/** The $batch JSON. dependsOn is trimmed to ids in this batch: a dependency that already
 * succeeded in an earlier round is not sent again. */
export function batchRequestBody(batch: readonly BatchItem[]): { requests: unknown[] } {
  const present = new Set(batch.map((i) => i.id));
  return {
    requests: batch.map((item) => {
      const dependsOn = (item.dependsOn ?? []).filter((d) => present.has(d));
      const headers = { ...item.headers };
      if (item.body !== undefined && !Object.keys(headers).some((h) => h.toLowerCase() === "content-type")) {
        headers["Content-Type"] = "application/json";
      }
      return {
        id: item.id,
        method: item.method,
        url: item.url,
        ...(Object.keys(headers).length ? { headers } : {}),
        ...(item.body !== undefined ? { body: item.body } : {}),
        ...(dependsOn.length ? { dependsOn } : {}),
      };
    }),
  };
}

/** The sub-responses of a $batch answer, by id, with header names lower-cased. */
export function readBatchResponse(body: unknown): Map<string, SubResponse> {
  const responses = (body as { responses?: unknown } | undefined)?.responses;
  const byId = new Map<string, SubResponse>();
  if (!Array.isArray(responses)) return byId;
  for (const r of responses as { id?: unknown; status?: unknown; headers?: unknown; body?: unknown }[]) {
    if (typeof r.id !== "string" || typeof r.status !== "number") continue;
    const headers = Object.fromEntries(
      Object.entries((r.headers ?? {}) as Record<string, unknown>).map(([k, v]) => [
        k.toLowerCase(),
        String(v),
      ]),
    );
    byId.set(r.id, {
      id: r.id,
      status: r.status,
      headers,
      body: decodeBody(r.body, headers["content-type"] ?? ""),
    });
  }
  return byId;
}

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** Inside a $batch, Graph base64-encodes bodies it does not send as JSON (OneNote's HTML, and
 * even some JSON such as a drive upload's answer). Text comes back as text; binary stays base64. */
function decodeBody(body: unknown, contentType: string): unknown {
  if (typeof body !== "string" || body === "") return body;
  const type = contentType.toLowerCase();
  const isJson = type.includes("json");
  if (!isJson && !type.startsWith("text/") && !type.includes("xml")) return body;
  const text = BASE64.test(body) ? base64ToUtf8(body) : body;
  if (!isJson) return text;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return body;
  }
}

function base64ToUtf8(value: string): string {
  const bytes = Uint8Array.from(atob(value), (c) => c.charCodeAt(0));
  return new TextDecoder().decode(bytes);
}

export type FinalOutcome =
  | { readonly kind: "response"; readonly response: SubResponse }
  | {
      readonly kind: "dependency-failed";
      readonly response: SubResponse;
      readonly dependency: SubResponse | undefined;
    }
  | { readonly kind: "missing" };

export interface RoundVerdict {
  readonly final: ReadonlyMap<string, FinalOutcome>;
  readonly retry: readonly BatchItem[];
  /** How long to wait before the retry round: the longest Retry-After among them, or backoff. */
  readonly delayMs: number;
}

/** Decide, after one round, which items are finished and which go again. A 424 is re-sent only
 * together with a dependency that is itself re-sent; a dependency that failed for good fails it. */
export function judgeRound(
  round: readonly BatchItem[],
  responses: ReadonlyMap<string, SubResponse>,
  attempts: ReadonlyMap<string, number>,
  settings: RetrySettings,
  nowMs: number,
  random: () => number,
): RoundVerdict {
  const final = new Map<string, FinalOutcome>();
  const retry = new Map<string, BatchItem>();
  const waiting: BatchItem[] = [];
  let delayMs = 0;

  for (const item of round) {
    const response = responses.get(item.id);
    if (!response) {
      final.set(item.id, { kind: "missing" });
    } else if (response.status === 424) {
      waiting.push(item);
    } else {
      const decision = decideRetry(
        {
          status: response.status,
          attempt: attempts.get(item.id) ?? 1,
          idempotent: isIdempotentItem(item),
          retryAfter: response.headers["retry-after"],
        },
        settings,
        nowMs,
        random,
      );
      if (decision.retry) {
        retry.set(item.id, item);
        delayMs = Math.max(delayMs, decision.delayMs);
      } else {
        final.set(item.id, { kind: "response", response });
      }
    }
  }

  // A chain A ← B ← C: C follows B, which follows A; repeat until nothing moves.
  let moved = true;
  while (moved) {
    moved = false;
    for (const item of waiting) {
      if (retry.has(item.id)) continue;
      if ((item.dependsOn ?? []).some((d) => retry.has(d))) {
        retry.set(item.id, item);
        moved = true;
      }
    }
  }
  for (const item of waiting) {
    if (retry.has(item.id)) continue;
    const failedDep = (item.dependsOn ?? []).map((d) => responses.get(d)).find((r) => r && r.status >= 300);
    final.set(item.id, {
      kind: "dependency-failed",
      response: responses.get(item.id)!,
      dependency: failedDep,
    });
  }
  return { final, retry: round.filter((i) => retry.has(i.id)), delayMs };
}

export const isIdempotentItem = (item: BatchItem): boolean => isIdempotent(item.method, item.idempotent);
