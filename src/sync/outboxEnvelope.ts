import type { ErrorCode } from "../domain/errorCodes";
import type { AppError } from "../domain/result";
import { ownerGone, type Lease } from "./outboxLease";

export type OutboxStatus = "pending" | "sending" | "sent" | "failed" | "paused";

/** An AppError as it survives IndexedDB: JSON only (a `cause` that is an Error or a class
 * instance would not clone, or would come back as a different thing). */
export interface StoredError {
  readonly code: ErrorCode;
  readonly message: { readonly sv: string; readonly en: string };
  readonly retryable?: boolean;
  readonly field?: string;
  readonly status?: number;
  readonly retryAfterMs?: number;
  readonly requestId?: string;
  readonly cause?: unknown;
}

/** A command as the outbox keeps it until Microsoft 365 has it. */
export interface OutboxEnvelope<P = unknown> {
  /** Stable: the idempotency key Graph sees (transactionId, externalId, data-id). */
  readonly id: string;
  readonly type: string;
  /** Commands with the same key are sent in order (e.g. a candidate id). */
  readonly key: string;
  readonly payload: P;
  /** ISO 8601 UTC; with id, the order within a key. */
  readonly createdAt: string;
  readonly attempts: number;
  readonly status: OutboxStatus;
  readonly lastError?: StoredError;
  /** ISO 8601 UTC: when it was last marked sending. */
  readonly sendingSince?: string;
  /** While `sending`: the runtime sending it, renewed while it lives (outboxLease.ts). A runtime
   * that ends mid-send (the send handler after `completed()`) stops renewing; once the lease runs
   * out another runtime takes the command over, and its id keeps the re-send from making twins. */
  readonly lease?: Lease;
  /** What Graph answered (ids, ETags) for commands that later ones refer to. */
  readonly sentResult?: unknown;
}

export interface NewCommand<P = unknown> {
  readonly id: string;
  readonly type: string;
  readonly key: string;
  readonly payload: P;
  readonly createdAt: string;
}

/** FIFO by createdAt then id: the order commands were made, stable when two share a millisecond. */
export function compareEnvelopes(a: OutboxEnvelope, b: OutboxEnvelope): number {
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Pending commands grouped per key, each group in order. Keys come in the order of their oldest
 * command, so the longest-waiting candidate goes first. */
export function groupByKey(envelopes: readonly OutboxEnvelope[]): Map<string, OutboxEnvelope[]> {
  const groups = new Map<string, OutboxEnvelope[]>();
  for (const e of [...envelopes].sort(compareEnvelopes)) {
    const group = groups.get(e.key);
    if (group) group.push(e);
    else groups.set(e.key, [e]);
  }
  return groups;
}

export function toStoredError(error: AppError & Partial<StoredError>): StoredError {
  const stored: StoredError = {
    code: error.code,
    message: { sv: error.message.sv, en: error.message.en },
    ...(error.retryable !== undefined ? { retryable: error.retryable } : {}),
    ...(error.field !== undefined ? { field: error.field } : {}),
    ...(error.status !== undefined ? { status: error.status } : {}),
    ...(error.retryAfterMs !== undefined ? { retryAfterMs: error.retryAfterMs } : {}),
    ...(error.requestId !== undefined ? { requestId: error.requestId } : {}),
  };
  const cause = jsonOrUndefined(error.cause);
  return cause === undefined ? stored : { ...stored, cause };
}

function jsonOrUndefined(value: unknown): unknown {
  if (value === undefined) return undefined;
  if (value instanceof Error) return { name: value.name, message: value.message };
  try {
    return JSON.parse(JSON.stringify(value)) as unknown;
  } catch {
    return String(value);
  }
}

/** Pending, or left `sending` by a runtime that is gone (its lease ran out at `nowMs`). A command
 * another live runtime is sending is never sendable here, however long it takes. */
export function isSendable(envelope: OutboxEnvelope, nowMs: number): boolean {
  return envelope.status === "pending" || ownerGone(envelope, nowMs);
}

/** Per key, the commands that may go now: those before the key's first command that is sending,
 * failed or paused, so a later change never overtakes an earlier one (a note about a call must not
 * land before the call is booked). Sent commands are ignored; a `sending` whose owner is gone counts
 * as pending (isSendable). `nowMs` defaults to the wall clock. */
export function readyByKey(
  envelopes: readonly OutboxEnvelope[],
  nowMs: number = Date.now(),
): Map<string, OutboxEnvelope[]> {
  const ready = new Map<string, OutboxEnvelope[]>();
  for (const [key, group] of groupByKey(envelopes.filter((e) => e.status !== "sent"))) {
    const blocked = group.findIndex((e) => !isSendable(e, nowMs));
    const run = blocked === -1 ? group : group.slice(0, blocked);
    if (run.length > 0) ready.set(key, run);
  }
  return ready;
}
