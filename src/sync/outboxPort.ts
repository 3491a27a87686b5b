// What the engine asks of an outbox: the IndexedDB one (outboxStore.ts) or the send handler's
// in-memory one for runtimes without IndexedDB (sendHandler/memoryOutbox.ts).

import type { AppError, Result } from "../domain/result";
import type { NewCommand, OutboxEnvelope, OutboxStatus } from "./outboxEnvelope";

export interface OutboxStore {
  /** Resolves only after the write is committed to disk: "saved" means saved. Enqueueing an id
   * that is already there returns the stored command unchanged (a double-clicked save). */
  enqueue<P>(command: NewCommand<P>): Promise<Result<OutboxEnvelope<P>>>;
  get(id: string): Promise<Result<OutboxEnvelope | undefined>>;
  /** Pending commands, oldest first (createdAt, then id). */
  listPending(): Promise<Result<OutboxEnvelope[]>>;
  /** Pending commands per ordering key, each in order. */
  pendingByKey(): Promise<Result<Map<string, OutboxEnvelope[]>>>;
  /** Per key, the pending commands that can be sent now without overtaking an earlier command
   * that is still sending, failed or paused; a command `sending` whose runtime let its lease run
   * out by `nowMs` (epoch ms, default the wall clock) counts as pending (outboxLease.ts). */
  readyByKey(nowMs?: number): Promise<Result<Map<string, OutboxEnvelope[]>>>;
  listByStatus(status: OutboxStatus): Promise<Result<OutboxEnvelope[]>>;
  /** pending (or a sending whose owner is gone, see readyByKey) → sending at `nowMs` (epoch ms,
   * default the wall clock), counting the attempt, leased to `owner` (a runtime id; without one, no
   * lease: an older caller's mark, taken over LEASE_MS after it). Of two runtimes claiming one
   * command, one gets it; none while another runtime holds the sweep lease. */
  markSending(id: string, nowMs?: number, owner?: string): Promise<Result<OutboxEnvelope>>;
  /** `owner` still sends these: their leases run LEASE_MS from `nowMs` again. Returns the ids it
   * still owns (one taken over after a lapse is the other runtime's now). */
  renewLeases(owner: string, ids: readonly string[], nowMs?: number): Promise<Result<string[]>>;
  /** → sent, with what Graph answered. Final: a sent command never goes out again; marking it sent
   * again (two runtimes finished it) returns it as it is. */
  markSent(id: string, sentResult?: unknown): Promise<Result<OutboxEnvelope>>;
  /** → pending, keeping why the last try failed (throttled, offline). Given `owner`, refused while
   * another live runtime sends it (it took the command over). */
  markRetryLater(id: string, error: AppError, owner?: string): Promise<Result<OutboxEnvelope>>;
  /** → failed: shown to the recruiter with the reason and a retry button (`owner` as above). */
  markFailed(id: string, error: AppError, owner?: string): Promise<Result<OutboxEnvelope>>;
  /** → paused: waits for something outside (sign-in, a conflict to resolve) (`owner` as above). */
  markPaused(id: string, error?: AppError, owner?: string): Promise<Result<OutboxEnvelope>>;
  /** failed/paused → pending: the retry button. */
  retry(id: string): Promise<Result<OutboxEnvelope>>;
  /** The recruiter gives up on a failed change: only a failed one can go, and only by their hand. */
  discard(id: string): Promise<Result<OutboxEnvelope>>;
  /** The recruiter stops what has not gone yet (a bulk update cancelled): a pending, paused or
   * failed command leaves the outbox. One already sending is not stopped — it may be in Microsoft
   * 365 already — and the error says so. */
  cancel(id: string): Promise<Result<OutboxEnvelope>>;
  /** On start, commands left mid-send by a runtime that is gone (no live lease at `nowMs`) go back
   * to pending; their ids keep the re-send from creating twins. What a live runtime is sending stays
   * its own. Returns how many. */
  recoverInterrupted(nowMs?: number): Promise<Result<number>>;
  /** Takes (or renews) the device-wide lease `name` for `owner` until LEASE_MS after `nowMs`;
   * false while another runtime holds it. */
  acquireLease(name: string, owner: string, nowMs?: number): Promise<Result<boolean>>;
  /** Gives the lease up, if `owner` holds it. */
  releaseLease(name: string, owner: string): Promise<Result<void>>;
  /** How many commands other live runtimes are sending at `nowMs`. */
  sendingElsewhere(owner: string, nowMs?: number): Promise<Result<number>>;
  /** Forget sent commands made before `createdBefore` (ISO); later commands may still need their
   * sentResult. Returns how many. */
  removeSent(createdBefore: string): Promise<Result<number>>;
  close(): void;
}
