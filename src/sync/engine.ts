// The sync engine (ARCHITECTURE.md §4): a command is saved in the outbox before anything else,
// shown at once, then sent (drain.ts: in order per candidate, a few candidates in parallel).
// Failures keep the command: retryable ones wait and go again, a sign-in problem pauses the whole
// queue, anything else is shown as failed with a retry — and holds back that candidate's later
// commands, so none overtakes it. Nothing is dropped. This file is the API the stores use.

import {
  DEFAULT_FIRM_SETTINGS,
  DEFAULT_SETTINGS,
  err,
  ok,
  type AppError,
  type FirmSettings,
  type Language,
  type Result,
  type Settings,
  type Template,
} from "../domain";
import { applyCommand, type Processes } from "./applyCommand";
import type { Command } from "./commands";
import { Documents } from "./documents";
import { Drain } from "./drain";
import { FOLDABLE } from "./executors/documentFold";
import type { ExecutionContext, SyncPorts } from "./executors";
import { sweepFollowUps } from "./executors/followUpSync";
import { RemoteFollowUps } from "./executors/remoteFollowUps";
import { classify, DEFAULT_BACKOFF, type BackoffPolicy } from "./failurePolicy";
import type { OutboxEnvelope } from "./outboxEnvelope";
import type { OutboxStore } from "./outboxStore";
import { OptimisticView } from "./optimisticView";
import type { ProcessCache } from "./processCache";
import type { StoredProcess } from "../graph/ports";
import { statusOf, type QueueState, type SyncListener } from "./syncEvents";
import { newRuntimeId } from "./runtimeId";
import { holdRuntimeLock } from "./runtimeLiveness";
import { SWEPT_ELSEWHERE, underSweepLease, type SweepOutcome } from "./sweepLease";
import { isTemplateCommand, TemplatesView } from "./templatesView";

export interface EngineOptions {
  readonly outbox: OutboxStore;
  readonly ports: SyncPorts;
  readonly listener?: SyncListener;
  /** This device's copy of the documents, shown when Graph cannot be reached. */
  readonly cache?: ProcessCache;
  /** That copy when the page has read it already (the pane's warm start): not read twice. */
  readonly held?: Promise<readonly StoredProcess[] | null>;
  readonly settings?: () => Settings;
  readonly language?: () => Language;
  /** Epoch ms; injectable so tests can move time. */
  readonly now?: () => number;
  readonly sleep?: (ms: number) => Promise<void>;
  readonly random?: () => number;
  /** How long a detected mail waits for the rest of its detection pass, so the pass goes out as
   * one burst (Drain.pumpSoon); 0 (the default): every command starts at once. */
  readonly gatherMs?: number;
  /** Candidates sent in parallel. Outlook allows 4 concurrent requests per mailbox, OneNote 5. */
  readonly concurrency?: number;
  readonly backoff?: BackoffPolicy;
  /** This runtime's id, the owner of its leases; a fresh one by default (runtimeId.ts). */
  readonly runtimeId?: string;
}

interface Refreshed {
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
  /** The recruiter gives up on a failed change: it leaves the outbox and the screen, and the
   * candidate's later changes go on. Only failed changes; never without the recruiter's click. */
  discard(commandId: string): Promise<Result<void>>;
  /** The recruiter stops a change that has not gone yet (pending, waiting or failed): it leaves
   * the outbox and the screen. One already sending is not stopped, and the error says so. */
  cancel(commandId: string): Promise<Result<void>>;
  /** After the recruiter signed in again. */
  resume(): void;
  /** Background work outside the queue (contact detection) failed: when only a sign-in can cure
   * it, the queue waits too, and the pane shows "Logga in". True when it paused. */
  pauseIfSignInNeeded(error: AppError): boolean;
  /** The network is back (the browser's "online" event): waiting retries go now. */
  kick(): void;
  /** Another runtime put commands in the outbox (outboxSignal.ts): send what is ready. */
  drain(): void;
  /** Brings every candidate's follow-ups in line with the plan at `now` (a few times a day, and
   * after refresh): time alone moves plans. Reads the documents as Microsoft 365 has them. */
  sweepFollowUps(): Promise<Result<SweepOutcome>>;
  queueState(): QueueState;
  processes(): Processes;
  /** Her own templates as she should see them (the document with her unsent changes on top). */
  templates(): readonly Template[];
  /** Reads her templates document from Microsoft 365 (one document, approot:/templates.json). */
  refreshTemplates(): Promise<Result<readonly Template[]>>;
  /** Reads the firm's retention rule (approot:/settings.json); the defaults while none is saved. */
  readFirmSettings(): Promise<Result<FirmSettings>>;
  /** Settles when nothing is being sent and nothing is ready to send (waiting retries excluded). */
  idle(): Promise<void>;
  stop(): void;
}

const SENT_KEPT_MS = 7 * 24 * 60 * 60_000;

/** A listing with an unreadable document cannot say which processes are gone: forget none then. */
const listingCompleteness = (listed: { readonly unreadable: readonly unknown[] }) =>
  listed.unreadable.length === 0 ? ("complete" as const) : ("partial" as const);

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function createSyncEngine(options: EngineOptions): SyncEngine {
  const { outbox, ports, listener = {} } = options;
  const now = options.now ?? (() => Date.now());
  const settings = options.settings ?? (() => DEFAULT_SETTINGS);
  const isoNow = () => new Date(now()).toISOString();

  const view = new OptimisticView(isoNow, settings, (p) => listener.processes?.(p));
  const documents = new Documents(view, options.cache);
  const templates = new TemplatesView((list) => listener.templates?.(list));
  /** A command on screen: her templates have their own view, everything else is the processes'. */
  const show = (command: Command) => (isTemplateCommand(command) ? templates : view).add(command);
  const unshow = (commandId: string) => {
    view.remove(commandId);
    templates.remove(commandId);
  };
  const ctx: ExecutionContext = {
    ports,
    now: isoNow,
    settings,
    language: options.language ?? (() => "sv"),
    documents,
    localProcess: (id) => view.processes().find((p) => p.id === id),
    earlierUnsent: (command) => view.hasEarlierUnsent(command),
    followUps: new RemoteFollowUps(ports, now),
    templates,
  };
  const emit = (envelope: OutboxEnvelope, retryAt?: number) =>
    listener.command?.(statusOf(envelope, retryAt));
  const owner = options.runtimeId ?? newRuntimeId();
  // Its leases are taken over the moment this runtime is gone, not 45 s later (runtimeLiveness.ts).
  holdRuntimeLock(owner);
  const sleep = options.sleep ?? realSleep;
  const drain = new Drain({
    outbox,
    ctx,
    view: { remove: unshow },
    now,
    sleep,
    random: options.random ?? Math.random,
    concurrency: Math.max(1, options.concurrency ?? 4),
    backoff: options.backoff ?? DEFAULT_BACKOFF,
    emit,
    queueChanged: (queue) => listener.queue?.(queue),
    owner,
    settledElsewhere: (envelope) => {
      emit(envelope);
      unshow(envelope.id);
      // Microsoft 365's document has it now, ours is older: read that one document again.
      const payload = envelope.payload as { processId?: unknown };
      if (envelope.status === "sent" && typeof payload.processId === "string")
        void rereadProcess(payload.processId);
    },
  });

  /** The sweep running now, if any (sweepFollowUps). */
  let sweeping: Promise<void> | null = null;

  // The first read, a sweep and detection are as much background work as the drain: a sign-in
  // they need pauses everything behind one "Logga in" instead of failing quietly on its own.
  function pauseIfSignInNeeded(error: AppError): boolean {
    if (classify(error) !== "pause-queue") return false;
    drain.pause(error);
    return true;
  }

  /** What this device holds: the engine's documents, or before the first listing the device's copy. */
  async function heldCopies(): Promise<{ copies: readonly StoredProcess[]; fromDevice: boolean }> {
    const mine = documents.stored();
    if (mine.length > 0) return { copies: mine, fromDevice: false };
    const copies = await deviceCopy();
    documents.held(copies);
    return { copies, fromDevice: true };
  }

  /** The device's copy: as the page read it already (the pane's warm start), else from the cache. */
  async function deviceCopy(): Promise<readonly StoredProcess[]> {
    const early = options.held ? await options.held.catch(() => null) : null;
    if (early) return early;
    const loaded = options.cache ? await options.cache.load() : null;
    return loaded?.ok ? loaded.value : [];
  }

  async function rereadProcess(processId: string): Promise<void> {
    const fresh = await ports.processes.read(processId);
    if (fresh.ok && fresh.value) documents.put(fresh.value);
  }

  return {
    async dispatch(command) {
      const check = isTemplateCommand(command)
        ? templates.check(command)
        : applyCommand(view.processes(), command, isoNow(), settings());
      if (!check.ok) return check;
      const shownBefore = view.has(command.id);
      show(command);
      const { id, type, key, payload, createdAt } = command;
      const saved = await outbox.enqueue({ id, type, key, payload, createdAt });
      if (!saved.ok) {
        if (!shownBefore) unshow(command.id); // not saved: do not pretend it was
        return saved;
      }
      if (saved.value.status === "sent" || saved.value.status === "failed") unshow(command.id);
      // Already sent by another runtime on this device (the OnMessageSend handler): the document in
      // Microsoft 365 has it, ours is older — read that one document again so the pane shows it.
      if (saved.value.status === "sent" && "processId" in command.payload) {
        void rereadProcess(command.payload.processId);
      }
      emit(saved.value);
      if (FOLDABLE.has(type) && (options.gatherMs ?? 0) > 0) drain.pumpSoon(options.gatherMs!);
      else drain.pump();
      return ok(saved.value);
    },

    async refresh() {
      const held = await heldCopies();
      // A process listed unchanged since this copy is not downloaded again (issue 13: 18 MB at start).
      const all = await ports.processes.listAll(held.copies);
      if (!all.ok) {
        pauseIfSignInNeeded(all.error);
        // Offline, this device's own copy is shown (what this page held in memory is not a copy).
        const copy = held.fromDevice ? held.copies : await deviceCopy();
        if (copy.length === 0) return all;
        documents.adopt(copy, "offline");
        return ok({ unreadable: [], offline: all.error });
      }
      documents.adopt(all.value.processes, listingCompleteness(all.value));
      return ok({ unreadable: all.value.unreadable, offline: null });
    },

    async replay() {
      // Sent commands are kept a while (later ones may need their sentResult), not for ever.
      await outbox.removeSent(new Date(now() - SENT_KEPT_MS).toISOString());
      // Only what a runtime that is gone left mid-send: a live one's commands stay its own.
      const recovered = await outbox.recoverInterrupted(now());
      if (!recovered.ok) return recovered;
      const pending = await outbox.listPending();
      if (!pending.ok) return pending;
      for (const envelope of pending.value) {
        show(envelope as unknown as Command);
        emit(envelope);
      }
      const elsewhere = await outbox.listByStatus("sending");
      for (const envelope of elsewhere.ok ? elsewhere.value : []) {
        show(envelope as unknown as Command);
        emit(envelope);
        drain.watch(envelope.id);
      }
      for (const status of ["failed", "paused"] as const) {
        const listed = await outbox.listByStatus(status);
        if (listed.ok) listed.value.forEach((e) => emit(e));
      }
      drain.pump();
      return ok(pending.value.length);
    },

    async retry(commandId) {
      const again = await outbox.retry(commandId);
      if (!again.ok) return again;
      drain.forgetWait(commandId);
      show(again.value as unknown as Command);
      emit(again.value);
      drain.pump();
      return ok(undefined);
    },

    async discard(commandId) {
      const gone = await outbox.discard(commandId);
      if (!gone.ok) return gone;
      drain.forgetWait(commandId);
      unshow(commandId);
      drain.pump(); // what waited behind it for this candidate can go now
      return ok(undefined);
    },

    async cancel(commandId) {
      const gone = await outbox.cancel(commandId);
      if (!gone.ok) return gone;
      drain.forgetWait(commandId);
      unshow(commandId);
      drain.pump();
      return ok(undefined);
    },

    resume: () => drain.resume(),
    pauseIfSignInNeeded,
    kick: () => drain.kick(),
    drain: () => drain.pump(),

    sweepFollowUps() {
      // One at a time, and never beside the drain's per-command reconcile: both would list To Do,
      // see no task and create one each (To Do has no idempotency key). The drain starts nothing
      // new and finishes what it has in flight; then the sweep lists what is really there.
      const run = (sweeping ?? Promise.resolve()).then(async () => {
        drain.hold();
        try {
          await drain.idle();
          const swept = await underSweepLease({ outbox, owner, now, sleep }, async (waitedForOthers) => {
            // Another runtime's commands (the send handler's logged mail) just changed documents
            // read here before: planning from the old copies would reopen answered reminders.
            if (waitedForOthers) {
              const fresh = await ports.processes.listAll(documents.stored());
              if (!fresh.ok) return err(fresh.error);
              documents.adopt(fresh.value.processes, listingCompleteness(fresh.value));
            }
            ctx.followUps.forget(); // a sweep is the moment to look at what is really there
            return sweepFollowUps(documents.all(), ctx);
          });
          if (!swept.ok) pauseIfSignInNeeded(swept.error);
          return swept.ok ? ok(swept.value ?? SWEPT_ELSEWHERE) : swept;
        } finally {
          drain.release();
        }
      });
      const tail = run.then(
        () => undefined,
        () => undefined,
      );
      sweeping = tail;
      void tail.then(() => {
        if (sweeping === tail) sweeping = null;
      });
      return run;
    },

    queueState: () => drain.queueState(),
    processes: () => view.processes(),
    templates: () => templates.templates(),
    async refreshTemplates() {
      const read = await ports.templates.read();
      if (!read.ok) return read;
      templates.put(read.value);
      return ok(templates.templates());
    },
    async readFirmSettings() {
      const read = await ports.firmSettings.read();
      return read.ok ? ok(read.value?.firm ?? DEFAULT_FIRM_SETTINGS) : read;
    },
    async idle() {
      await drain.idle();
      // A sweep holds the drain: idle means after it, with what it held back sent too.
      while (sweeping) {
        await sweeping;
        await drain.idle();
      }
    },
    stop: () => drain.stop(),
  };
}
