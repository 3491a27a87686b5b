// Draining the outbox: in order per key (the outbox's readyByKey — nothing overtakes a command that
// is sending, failed or paused; one left sending by a runtime that is gone, its lease run out, is
// taken over), one command in flight per key, at most `concurrency` keys at once. The commands this
// runtime sends are leased to it and the lease renewed while they are in flight (outboxLease.ts).
// A burst — the next command of many candidates of one process, each only logging or linking — is
// sent together: one document write for all, then each command on its own (burstBatches.ts).
// What to do with a failure is failurePolicy's; this file only schedules.

import { appError, err, type AppError, type Result } from "../domain";
import type { Command } from "./commands";
import { burstsByProcess, inPool } from "./burstBatches";
import { executorFor, type ExecutionContext, type SentResult } from "./executors";
import { FOLDABLE, foldIntoDocument, type FoldableCommand } from "./executors/documentFold";
import { classify, executorMissing, retryDelayMs, type BackoffPolicy } from "./failurePolicy";
import type { OutboxEnvelope } from "./outboxEnvelope";
import { LEASE_RENEW_MS } from "./outboxLease";
import type { OutboxStore } from "./outboxStore";
import type { OptimisticView } from "./optimisticView";
import type { QueueState } from "./syncEvents";

const UNEXPECTED_TRIES = 3;

function unexpected(envelope: OutboxEnvelope, e: unknown, retryable: boolean): AppError {
  return appError(
    "sync-unexpected",
    "Något gick fel när ändringen skulle skickas. Den ligger kvar.",
    "Something went wrong sending the change. It is kept.",
    {
      cause: { type: envelope.type, error: e instanceof Error ? `${e.name}: ${e.message}` : String(e) },
      retryable,
    },
  );
}

export interface DrainDeps {
  readonly outbox: OutboxStore;
  readonly ctx: ExecutionContext;
  /** What the recruiter sees: a command sent or failed leaves it. */
  readonly view: Pick<OptimisticView, "remove">;
  readonly now: () => number;
  readonly sleep: (ms: number) => Promise<void>;
  readonly random: () => number;
  readonly concurrency: number;
  readonly backoff: BackoffPolicy;
  readonly emit: (envelope: OutboxEnvelope, retryAt?: number) => void;
  readonly queueChanged: (queue: QueueState) => void;
  /** This runtime's id: the owner of the leases it takes (runtimeId.ts). */
  readonly owner: string;
  /** A command this runtime showed was finished by another runtime (sent or failed there). */
  readonly settledElsewhere: (envelope: OutboxEnvelope) => void;
}

export class Drain {
  private queue: QueueState = { paused: false };
  private stopped = false;
  private readonly inFlight = new Set<string>();
  /** Slots taken of `concurrency`: a key's worker takes one, a burst all of them. */
  private running = 0;
  /** Commands waiting after a retryable failure: not before this epoch ms. */
  private readonly notBefore = new Map<string, number>();
  /** Set while a follow-up sweep runs: no new command starts (engine.sweepFollowUps). */
  private held = false;
  private pumping = false;
  private pumpAgain = false;
  /** A pumpSoon's moment is running: idle() waits for it. */
  private gathering = false;
  private wakeAt = Infinity;
  private idleWaiters: (() => void)[] = [];
  /** Commands this runtime is sending: their leases are renewed every LEASE_RENEW_MS. */
  private readonly leased = new Set<string>();
  private renewing = false;
  /** Commands shown here that another runtime is sending: their status is followed until done. */
  private readonly watched = new Set<string>();

  constructor(private readonly d: DrainDeps) {}

  queueState(): QueueState {
    return this.queue;
  }

  /** Starts a worker for every key whose next command is ready, up to the bound. */
  pump(): void {
    if (this.stopped || this.queue.paused || this.held) return;
    if (this.pumping) {
      this.pumpAgain = true;
      return;
    }
    this.pumping = true;
    void (async () => {
      await this.followWatched();
      do {
        this.pumpAgain = false;
        const groups = await this.d.outbox.readyByKey(this.d.now());
        if (!groups.ok) {
          this.wakeIn(this.d.backoff.baseMs); // storage trouble: the commands are still there
          break;
        }
        const bursts = burstsByProcess(
          groups.value,
          (key, head) => !this.inFlight.has(key) && this.waitFor(head.id) <= 0,
        );
        for (const burst of bursts.values()) {
          if (this.running > 0 || this.queue.paused || this.stopped || this.held) break;
          void this.workBurst(burst);
        }
        // A burst not started yet keeps its keys for the next pass: started one by one, it would
        // cost a write each.
        const inBurst = new Set([...bursts.values()].flatMap((burst) => burst.map((e) => e.key)));
        for (const [key, commands] of groups.value) {
          if (this.running >= this.d.concurrency || this.queue.paused || this.stopped || this.held) break;
          if (this.inFlight.has(key) || inBurst.has(key) || !commands[0]) continue;
          const wait = this.waitFor(commands[0].id);
          if (wait > 0) this.wakeIn(wait);
          else void this.work(key);
        }
      } while (this.pumpAgain && !this.queue.paused && !this.stopped && !this.held);
      this.pumping = false;
      this.settleIdle();
    })();
  }

  /**
   * A detected mail: the rest of its detection pass follows within moments, one dispatch after
   * another. They wait this long from the first, so they go out as one burst — one write per log
   * shard for the lot, not one per mail (issue 13: 200 mails, ≤ 10 document writes). A pump
   * meanwhile (the backstop, a sign-in) sends them as it would have.
   */
  pumpSoon(ms: number): void {
    if (this.gathering) return;
    this.gathering = true;
    // The wall clock, not the injected sleep: the moment passes whatever a test's clock does.
    setTimeout(() => {
      this.gathering = false;
      this.pump();
      this.settleIdle();
    }, ms);
  }

  /** The network is back: waiting retries go now. */
  kick(): void {
    this.notBefore.clear();
    this.pump();
  }

  /** The retry button: no waiting left for that command. */
  forgetWait(commandId: string): void {
    this.notBefore.delete(commandId);
  }

  /** Something outside a command (a sweep, a detection pass, the first read) found that only the
   * recruiter can go on: nothing new starts until resume(), and nothing is marked failed. */
  pause(reason: AppError): void {
    if (this.queue.paused) return;
    this.queue = { paused: true, reason };
    this.d.queueChanged(this.queue);
  }

  resume(): void {
    if (!this.queue.paused) return;
    this.queue = { paused: false };
    this.d.queueChanged(this.queue);
    this.pump();
  }

  /** No new command starts until release(); those in flight finish (idle() tells when). A sweep
   * and a command's own follow-up reconcile must not both decide to create the same task: To Do
   * has no idempotency key, so two creates are two tasks. */
  hold(): void {
    this.held = true;
  }

  release(): void {
    this.held = false;
    this.pump();
  }

  idle(): Promise<void> {
    return new Promise<void>((resolve) => {
      this.idleWaiters.push(resolve);
      this.settleIdle();
    });
  }

  stop(): void {
    this.stopped = true;
  }

  /** A command shown here that another runtime is sending: its status is followed (statuses
   * never stick on "sending" because someone else finished it). */
  watch(commandId: string): void {
    this.watched.add(commandId);
    this.wakeIn(LEASE_RENEW_MS);
  }

  private async followWatched(): Promise<void> {
    for (const id of [...this.watched]) {
      const now = await this.d.outbox.get(id);
      if (!now.ok) continue;
      const envelope = now.value;
      if (envelope?.status === "sending") continue;
      this.watched.delete(id); // pending again (ours to send now), or settled elsewhere
      if (envelope && envelope.status !== "pending") this.d.settledElsewhere(envelope);
    }
    if (this.watched.size > 0) this.wakeIn(LEASE_RENEW_MS);
  }

  /** Renews the leases of what is in flight while anything is, so no runtime takes it over. */
  private keepLeases(): void {
    if (this.renewing) return;
    this.renewing = true;
    void (async () => {
      while (this.leased.size > 0 && !this.stopped) {
        await this.d.sleep(LEASE_RENEW_MS);
        if (this.leased.size === 0 || this.stopped) break;
        await this.d.outbox.renewLeases(this.d.owner, [...this.leased], this.d.now());
      }
      this.renewing = false;
    })();
  }

  private waitFor(commandId: string): number {
    return (this.notBefore.get(commandId) ?? 0) - this.d.now();
  }

  private settleIdle(): void {
    if (this.pumping || this.gathering || this.inFlight.size > 0) return;
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    waiters.forEach((w) => w());
  }

  private wakeIn(ms: number): void {
    const at = this.d.now() + ms;
    if (at >= this.wakeAt) return;
    this.wakeAt = at;
    void this.d.sleep(ms).then(() => {
      if (this.wakeAt === at) this.wakeAt = Infinity;
      this.pump();
    });
  }

  /** Sends one key's commands in order until it runs out or has to wait. */
  private async work(key: string): Promise<void> {
    this.inFlight.add(key);
    this.running += 1;
    try {
      while (!this.queue.paused && !this.stopped && !this.held) {
        const groups = await this.d.outbox.readyByKey(this.d.now());
        const head = groups.ok ? groups.value.get(key)?.[0] : undefined;
        if (!head) break;
        const wait = this.waitFor(head.id);
        if (wait > 0) {
          this.wakeIn(wait);
          break;
        }
        // Later commands of this candidate stay behind one that has to wait, in order.
        if ((await this.send(head)) === "wait") break;
        // Mails detected meanwhile for other candidates of the process may make a burst: back to
        // the pump, which sends them together or gives this key its next one.
        if (FOLDABLE.has(head.type)) break;
      }
    } finally {
      this.inFlight.delete(key);
      this.running -= 1;
      this.pump();
      this.settleIdle();
    }
  }

  /** Sends the heads of one process's keys together: all claimed, their document changes written
   * in one go, then each sent on its own (finding its change written), `concurrency` at a time. */
  private async workBurst(heads: readonly OutboxEnvelope[]): Promise<void> {
    const keys = heads.map((e) => e.key);
    keys.forEach((key) => this.inFlight.add(key));
    this.running += this.d.concurrency;
    try {
      const claimed: [OutboxEnvelope, OutboxEnvelope][] = [];
      for (const head of heads) {
        const sending = await this.claim(head);
        if (sending) claimed.push([head, sending]);
      }
      const commands = claimed.map(([e]) => e as unknown as FoldableCommand);
      const processId = commands[0]?.payload.processId;
      // Only a head start: whatever this write could not carry, each command's own send writes.
      if (processId !== undefined && commands.length > 1)
        await foldIntoDocument(processId, commands, this.d.ctx).catch(() => null);
      await inPool(claimed, this.d.concurrency, ([envelope, sending]) => this.sendClaimed(envelope, sending));
    } finally {
      keys.forEach((key) => this.inFlight.delete(key));
      this.running -= this.d.concurrency;
      this.pump();
      this.settleIdle();
    }
  }

  private async send(envelope: OutboxEnvelope): Promise<"next" | "wait"> {
    const sending = await this.claim(envelope);
    return sending ? this.sendClaimed(envelope, sending) : "wait";
  }

  /** Marks the command sending, leased to this runtime; null when it is not ours to send now. */
  private async claim(envelope: OutboxEnvelope): Promise<OutboxEnvelope | null> {
    const { outbox, emit } = this.d;
    const sending = await outbox.markSending(envelope.id, this.d.now(), this.d.owner);
    if (!sending.ok) {
      // Another runtime took it (or sweeps now), or storage failed: not ours to send right now.
      if (sending.error.code === "outbox-invalid-transition") this.watch(envelope.id);
      const wait = sending.error.code === "outbox-sweep-elsewhere" ? LEASE_RENEW_MS : this.d.backoff.baseMs;
      // Not before then: a pending command refused here would otherwise be picked at once again.
      this.notBefore.set(envelope.id, this.d.now() + wait);
      this.wakeIn(wait);
      return null;
    }
    emit(sending.value);
    this.leased.add(envelope.id);
    this.keepLeases();
    return sending.value;
  }

  private async sendClaimed(envelope: OutboxEnvelope, sending: OutboxEnvelope): Promise<"next" | "wait"> {
    try {
      return await this.execute(envelope, sending);
    } finally {
      this.leased.delete(envelope.id);
    }
  }

  private async execute(envelope: OutboxEnvelope, sending: OutboxEnvelope): Promise<"next" | "wait"> {
    const { outbox, ctx, view, emit } = this.d;
    const executor = executorFor(envelope.type);
    let result: Result<SentResult>;
    try {
      result = executor
        ? await executor(envelope as unknown as Command, ctx)
        : err(executorMissing(envelope.type));
    } catch (e) {
      // An adapter broke its promise to return errors as values. The command survives: a few more
      // tries (it may have been the network in disguise), then failed with a retry button.
      result = err(unexpected(envelope, e, sending.attempts < UNEXPECTED_TRIES));
    }
    if (result.ok) {
      this.notBefore.delete(envelope.id);
      const sent = await outbox.markSent(envelope.id, result.value);
      view.remove(envelope.id);
      if (sent.ok) emit(sent.value);
      return "next";
    }
    return this.fail(sending, result.error);
  }

  private async fail(envelope: OutboxEnvelope, error: AppError): Promise<"next" | "wait"> {
    const { outbox, view, emit, now } = this.d;
    const outcome = classify(error);
    const { owner } = this.d;
    if (outcome === "failed") {
      const failed = await outbox.markFailed(envelope.id, error, owner);
      if (this.takenOver(failed, envelope.id)) return "wait";
      view.remove(envelope.id); // the view shows what Microsoft 365 will hold; the outbox keeps the intent
      if (failed.ok) emit(failed.value);
      return "next";
    }
    const later = await outbox.markRetryLater(envelope.id, error, owner);
    if (this.takenOver(later, envelope.id)) return "wait";
    if (outcome === "pause-queue") {
      this.pause(error);
      if (later.ok) emit(later.value);
      return "wait";
    }
    const delay = retryDelayMs(error, envelope.attempts, this.d.backoff, this.d.random);
    this.notBefore.set(envelope.id, now() + delay);
    if (later.ok) emit(later.value, now() + delay);
    this.wakeIn(delay);
    return "wait";
  }

  /** Our lease lapsed and another runtime took the command over: its verdict counts, not ours. */
  private takenOver(marked: Result<OutboxEnvelope>, id: string): boolean {
    if (marked.ok || marked.error.code !== "outbox-sending-elsewhere") return false;
    this.watch(id);
    return true;
  }
}
