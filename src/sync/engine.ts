// The sync engine (ARCHITECTURE.md §4): a command is saved in the outbox before anything else,
// shown at once, then sent — in order per candidate, one at a time per candidate, a few
// candidates in parallel. Failures keep the command: retryable ones wait and go again, a sign-in
// problem pauses the whole queue, anything else is shown as failed with a retry — and holds back
// that candidate's later commands (the outbox's readyByKey), so none overtakes it. Nothing is dropped.

import {
  DEFAULT_SETTINGS,
  err,
  ok,
  type AppError,
  type Language,
  type Result,
  type Settings,
} from "../domain";
import type { StoredProcess } from "../graph/ports";
import { applyCommand, type Processes } from "./applyCommand";
import type { Command } from "./commands";
import { sweepFollowUps, type FollowUpChanges } from "./executors/followUpSync";
import { RemoteFollowUps } from "./executors/remoteFollowUps";
import { executorFor, type ExecutionContext, type SentResult, type SyncPorts } from "./executors";
import {
  classify,
  DEFAULT_BACKOFF,
  executorMissing,
  retryDelayMs,
  type BackoffPolicy,
} from "./failurePolicy";
import type { OutboxEnvelope } from "./outboxEnvelope";
import type { OutboxStore } from "./outboxStore";
import { OptimisticView } from "./optimisticView";
import type { ProcessCache } from "./processCache";
import { statusOf, type QueueState, type SyncListener } from "./syncEvents";

export interface EngineOptions {
  readonly outbox: OutboxStore;
  readonly ports: SyncPorts;
  readonly listener?: SyncListener;
  /** This device's copy of the documents, shown when Graph cannot be reached. */
  readonly cache?: ProcessCache;
  readonly settings?: () => Settings;
  readonly language?: () => Language;
  /** Epoch ms; injectable so tests can move time. */
  readonly now?: () => number;
  readonly sleep?: (ms: number) => Promise<void>;
  readonly random?: () => number;
  /** Candidates sent in parallel. Outlook allows 4 concurrent requests per mailbox, OneNote 5. */
  readonly concurrency?: number;
  readonly backoff?: BackoffPolicy;
}

export interface Refreshed {
  readonly unreadable: readonly AppError[];
  /** Set when the processes shown are this device's copy, not Microsoft 365's. */
  readonly offline: AppError | null;
}

export interface SyncEngine {
  /** Resolves once the command is in IndexedDB ("saved"); an error means not saved and not shown. */
  dispatch(command: Command): Promise<Result<OutboxEnvelope>>;
  /** Reads every process from Microsoft 365 into the view; when Graph cannot be reached, this
   * device's copy is shown and `offline` says why. An error only when there is neither. */
  refresh(): Promise<Result<Refreshed>>;
  /** On start: what was pending or mid-send when the pane closed goes out again. */
  replay(): Promise<Result<number>>;
  /** The retry button of a failed command. */
  retry(commandId: string): Promise<Result<void>>;
  /** After the recruiter signed in again. */
  resume(): void;
  /** The network is back (the browser's "online" event): waiting retries go now. */
  kick(): void;
  /** Another runtime put commands in the outbox (outboxSignal.ts): send what is ready. */
  drain(): void;
  /** Brings every candidate's follow-ups in line with the plan at `now` (a few times a day, and
   * after refresh): time alone moves plans. Reads the documents as Microsoft 365 has them. */
  sweepFollowUps(): Promise<Result<FollowUpChanges>>;
  queueState(): QueueState;
  processes(): Processes;
  /** Settles when nothing is being sent and nothing is ready to send (waiting retries excluded). */
  idle(): Promise<void>;
  stop(): void;
}

const SENT_KEPT_MS = 7 * 24 * 60 * 60_000;

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function createSyncEngine(options: EngineOptions): SyncEngine {
  const { outbox, ports, listener = {} } = options;
  const now = options.now ?? (() => Date.now());
  const sleep = options.sleep ?? realSleep;
  const random = options.random ?? Math.random;
  const settings = options.settings ?? (() => DEFAULT_SETTINGS);
  const concurrency = Math.max(1, options.concurrency ?? 4);
  const backoff = options.backoff ?? DEFAULT_BACKOFF;
  const isoNow = () => new Date(now()).toISOString();

  const view = new OptimisticView(isoNow, settings, (p) => listener.processes?.(p));
  const documents = new Map<string, StoredProcess>();
  const locks = new Map<string, Promise<unknown>>();
  async function rereadProcess(processId: string): Promise<void> {
    const fresh = await ports.processes.read(processId);
    if (fresh.ok && fresh.value) ctx.documents.put(fresh.value);
  }
  const ctx: ExecutionContext = {
    ports,
    now: isoNow,
    settings,
    language: options.language ?? (() => "sv"),
    documents: {
      get: (id) => documents.get(id),
      put: (stored) => {
        documents.set(stored.process.id, stored);
        view.upsertBase(stored.process);
        // The copy is a convenience for offline starts; a failed cache write loses nothing.
        void options.cache?.put(stored);
      },
      exclusive: (processId, work) => {
        const run = (locks.get(processId) ?? Promise.resolve()).then(work, work);
        const tail = run.catch(() => undefined);
        locks.set(processId, tail);
        void tail.then(() => locks.get(processId) === tail && locks.delete(processId));
        return run;
      },
    },
    localProcess: (id) => view.processes().find((p) => p.id === id),
    followUps: new RemoteFollowUps(ports, now),
  };

  let queue: QueueState = { paused: false };
  let stopped = false;
  const inFlight = new Set<string>();
  const notBefore = new Map<string, number>();
  let pumping = false;
  let pumpAgain = false;
  let wakeAt = Infinity;
  let idleWaiters: (() => void)[] = [];

  const emit = (envelope: OutboxEnvelope, retryAt?: number) =>
    listener.command?.(statusOf(envelope, retryAt));
  const settleIdle = () => {
    if (pumping || inFlight.size > 0) return;
    const waiters = idleWaiters;
    idleWaiters = [];
    waiters.forEach((w) => w());
  };

  function wakeIn(ms: number): void {
    const at = now() + ms;
    if (at >= wakeAt) return;
    wakeAt = at;
    void sleep(ms).then(() => {
      if (wakeAt === at) wakeAt = Infinity;
      pump();
    });
  }

  /** Starts a worker for every key whose next command is ready, up to the bound. */
  function pump(): void {
    if (stopped || queue.paused) return;
    if (pumping) {
      pumpAgain = true;
      return;
    }
    pumping = true;
    void (async () => {
      do {
        pumpAgain = false;
        const groups = await outbox.readyByKey();
        if (!groups.ok) {
          wakeIn(backoff.baseMs); // storage trouble: the commands are still there, look again soon
          break;
        }
        for (const [key, commands] of groups.value) {
          if (inFlight.size >= concurrency || queue.paused || stopped) break;
          if (inFlight.has(key) || !commands[0]) continue;
          const wait = (notBefore.get(commands[0].id) ?? 0) - now();
          if (wait > 0) wakeIn(wait);
          else void work(key);
        }
      } while (pumpAgain && !queue.paused && !stopped);
      pumping = false;
      settleIdle();
    })();
  }

  /** Sends one key's commands in order until it runs out or has to wait. */
  async function work(key: string): Promise<void> {
    inFlight.add(key);
    try {
      while (!queue.paused && !stopped) {
        const groups = await outbox.readyByKey();
        const head = groups.ok ? groups.value.get(key)?.[0] : undefined;
        if (!head) break;
        const wait = (notBefore.get(head.id) ?? 0) - now();
        if (wait > 0) {
          wakeIn(wait);
          break;
        }
        const outcome = await send(head);
        if (outcome === "wait") break; // later commands of this candidate stay behind it, in order
      }
    } finally {
      inFlight.delete(key);
      pump();
      settleIdle();
    }
  }

  async function send(envelope: OutboxEnvelope): Promise<"next" | "wait"> {
    const sending = await outbox.markSending(envelope.id);
    if (!sending.ok) {
      // Another pane took it, or storage failed: either way it is not ours to send right now.
      wakeIn(backoff.baseMs);
      return "wait";
    }
    emit(sending.value);
    const command = envelope as unknown as Command;
    const executor = executorFor(envelope.type);
    let result: Result<SentResult>;
    try {
      result = executor ? await executor(command, ctx) : err(executorMissing(envelope.type));
    } catch (e) {
      // An adapter broke its promise to return errors as values; the command must still survive.
      result = err({
        ...executorMissing(envelope.type),
        code: "sync-unexpected",
        cause: String(e),
        retryable: true,
      });
    }
    if (result.ok) {
      notBefore.delete(envelope.id);
      const sent = await outbox.markSent(envelope.id, result.value);
      view.remove(envelope.id);
      if (sent.ok) emit(sent.value);
      return "next";
    }
    return fail(sending.value, result.error);
  }

  async function fail(envelope: OutboxEnvelope, error: AppError): Promise<"next" | "wait"> {
    const outcome = classify(error);
    if (outcome === "failed") {
      const failed = await outbox.markFailed(envelope.id, error);
      view.remove(envelope.id); // the view shows what Microsoft 365 will hold; the outbox keeps the intent
      if (failed.ok) emit(failed.value);
      return "next";
    }
    const later = await outbox.markRetryLater(envelope.id, error);
    if (outcome === "pause-queue") {
      queue = { paused: true, reason: error };
      listener.queue?.(queue);
      if (later.ok) emit(later.value);
      return "wait";
    }
    const delay = retryDelayMs(error, envelope.attempts, backoff, random);
    notBefore.set(envelope.id, now() + delay);
    if (later.ok) emit(later.value, now() + delay);
    wakeIn(delay);
    return "wait";
  }

  function adopt(stored: readonly StoredProcess[]): void {
    for (const s of stored) documents.set(s.process.id, s);
    view.setBase(stored.map((s) => s.process));
  }

  return {
    async dispatch(command) {
      const check = applyCommand(view.processes(), command, isoNow(), settings());
      if (!check.ok) return check;
      const shownBefore = view.has(command.id);
      view.add(command);
      const { id, type, key, payload, createdAt } = command;
      const saved = await outbox.enqueue({ id, type, key, payload, createdAt });
      if (!saved.ok) {
        if (!shownBefore) view.remove(command.id); // not saved: do not pretend it was
        return saved;
      }
      if (saved.value.status === "sent" || saved.value.status === "failed") view.remove(command.id);
      // Already sent by another runtime on this device (the OnMessageSend handler): the document in
      // Microsoft 365 has it, ours is older — read that one document again so the pane shows it.
      if (saved.value.status === "sent" && "processId" in command.payload) {
        void rereadProcess(command.payload.processId);
      }
      emit(saved.value);
      pump();
      return ok(saved.value);
    },

    async refresh() {
      const all = await ports.processes.listAll();
      if (!all.ok) {
        const cached = options.cache ? await options.cache.load() : null;
        if (!cached?.ok || cached.value.length === 0) return all;
        adopt(cached.value);
        return ok({ unreadable: [], offline: all.error });
      }
      adopt(all.value.processes);
      for (const stored of all.value.processes) void options.cache?.put(stored);
      return ok({ unreadable: all.value.unreadable, offline: null });
    },

    async replay() {
      // Sent commands are kept a while (later ones may need their sentResult), not for ever.
      await outbox.removeSent(new Date(now() - SENT_KEPT_MS).toISOString());
      const recovered = await outbox.recoverInterrupted();
      if (!recovered.ok) return recovered;
      const pending = await outbox.listPending();
      if (!pending.ok) return pending;
      for (const envelope of pending.value) {
        view.add(envelope as unknown as Command);
        emit(envelope);
      }
      for (const status of ["failed", "paused"] as const) {
        const listed = await outbox.listByStatus(status);
        if (listed.ok) listed.value.forEach((e) => emit(e));
      }
      pump();
      return ok(pending.value.length);
    },

    async retry(commandId) {
      const again = await outbox.retry(commandId);
      if (!again.ok) return again;
      notBefore.delete(commandId);
      view.add(again.value as unknown as Command);
      emit(again.value);
      pump();
      return ok(undefined);
    },

    resume() {
      if (!queue.paused) return;
      queue = { paused: false };
      listener.queue?.(queue);
      pump();
    },

    async sweepFollowUps() {
      ctx.followUps.forget(); // a sweep is the moment to look at what is really there
      const stored = [...documents.values()].map((s) => s.process);
      return sweepFollowUps(stored, ctx);
    },

    kick() {
      notBefore.clear();
      pump();
    },

    drain: () => pump(),

    queueState: () => queue,
    processes: () => view.processes(),

    idle() {
      return new Promise<void>((resolve) => {
        idleWaiters.push(resolve);
        settleIdle();
      });
    },

    stop() {
      stopped = true;
    },
  };
}
