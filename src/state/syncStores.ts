import type { Language, Settings } from "../domain";
import type { SyncEngine } from "../sync/engine";
import type { SyncListener } from "../sync/syncEvents";
import { onOutboxChange } from "../sync/outboxSignal";
import type { RoamingSettings } from "../host/host";
import { createOutboxStatusStore, type OutboxStatusStoreApi, type SignInGateway } from "./outboxStatusStore";
import { createProcessesStore, type ProcessesStoreApi } from "./processesStore";
import { createSettingsStore, type SettingsStoreApi } from "./settingsStore";
import { createFirmSettingsStore, type FirmSettingsStoreApi } from "./firmSettingsStore";
import { eraseDueAutomatically } from "./automaticErasure";
import { createTemplatesStore, type TemplatesStoreApi } from "./templatesStore";
import { syncListenerFor } from "./syncListener";
import { whenPageIdle } from "../sync/yieldToMain";

export interface SyncStores {
  readonly engine: SyncEngine;
  readonly processes: ProcessesStoreApi;
  readonly outbox: OutboxStatusStoreApi;
  readonly settings: SettingsStoreApi;
  readonly templates: TemplatesStoreApi;
  /** The firm's retention rule (approot:/settings.json): read at start, edited on the Gallring tab. */
  readonly firm: FirmSettingsStoreApi;
}

/** What the engine needs from the stores; the composition root adds the outbox and the ports. */
export interface EngineWiring {
  readonly listener: SyncListener;
  readonly settings: () => Settings;
  readonly language: () => Language;
}

/**
 * The stores and the engine, wired both ways: the engine reports into the stores, the stores'
 * actions call the engine. `makeEngine` comes from the composition root, which alone knows the
 * Graph adapters (state/ may not import graph/). `signIn` opens the sign-in window for the
 * "Logga in" button (auth's, through the composition root); without it the button only resumes.
 */
export function createSyncStores(
  makeEngine: (wiring: EngineWiring) => SyncEngine,
  roaming: RoamingSettings,
  hostLanguage: string,
  signIn?: SignInGateway,
): SyncStores {
  const settings = createSettingsStore(roaming, hostLanguage);
  settings.getState().load();
  let engine: SyncEngine | null = null;
  const sync = (): SyncEngine => {
    if (!engine) throw new Error("createSyncStores: the engine is used before it exists");
    return engine;
  };
  const processes = createProcessesStore({
    dispatch: (c) => sync().dispatch(c),
    refresh: () => sync().refresh(),
  });
  const outbox = createOutboxStatusStore(
    {
      retry: (id) => sync().retry(id),
      discard: (id) => sync().discard(id),
      cancel: (id) => sync().cancel(id),
      resume: () => {
        sync().resume();
        void catchUp();
      },
    },
    signIn,
  );
  // What waited for the sign-in beside the queue: the first read (or this device's copy shown in
  // its place) and the reminders' sweep go again once she is signed in.
  // The sweep plans from the processes read, so it goes after them, never on an empty view.
  const catchUp = async () => {
    const shown = processes.getState();
    if (shown.status === "error" || shown.offline) await shown.load();
    if (outbox.getState().followUpProblem) await sweepAndShow({ engine: sync(), outbox });
  };
  const templates = createTemplatesStore({
    dispatch: (c) => sync().dispatch(c),
    refreshTemplates: () => sync().refreshTemplates(),
  });
  const firm = createFirmSettingsStore(
    { dispatch: (c) => sync().dispatch(c), readFirmSettings: () => sync().readFirmSettings() },
    settings,
  );
  engine = makeEngine({
    listener: syncListenerFor(processes, outbox, templates),
    settings: () => settings.getState().settings,
    language: () => settings.getState().language,
  });
  return { engine, processes, outbox, settings, templates, firm };
}

/** Brings the reminders in line and shows why not, when they could not be. */
async function sweepAndShow(stores: Pick<SyncStores, "engine" | "outbox">): Promise<void> {
  const swept = await stores.engine.sweepFollowUps();
  stores.outbox.getState().followUpsSwept(swept.ok ? null : swept.error);
}

/** The firm's automatic erasure, on a rule read from Microsoft 365 (never on the defaults shown
 * while it could not be read) and on processes read, never on an empty view. */
async function eraseWhenDue(stores: SyncStores, now: () => string): Promise<void> {
  if (stores.firm.getState().status !== "ready" || stores.processes.getState().status !== "ready") return;
  const { settings, firm } = stores.settings.getState();
  await eraseDueAutomatically(
    { processes: stores.engine.processes(), settings, firm, now: now() },
    {
      dispatch: (c) => stores.engine.dispatch(c),
      commands: () => stores.outbox.getState().commands,
      cancel: (id) => stores.engine.cancel(id),
      forgetNoteDraft: () => undefined, // the pane's note drafts are not in reach here (decision 0011)
    },
  );
}

/** How often the pane drains the outbox anyway: the backstop for a signal that never came (no
 * BroadcastChannel, a send handler that went away mid-send and left its command `sending`). */
const DRAIN_BACKSTOP_MS = 60_000;

export interface StartOptions {
  readonly drainEveryMs?: number;
  /** Runs `work` once the page is idle; requestIdleCallback where there is one, else at once. */
  readonly whenIdle?: (work: () => void) => void;
  /** Runs `work` every `ms` until the returned stop is called; setInterval by default. */
  readonly every?: (work: () => void, ms: number) => () => void;
  /** The clock of the automatic erasure; the system's by default. */
  readonly now?: () => string;
}

const everyInterval = (work: () => void, ms: number): (() => void) => {
  const timer = setInterval(work, ms);
  return () => clearInterval(timer);
};

/**
 * What the pane does on start with the stores in hand: load, re-send what a closed pane left,
 * bring the reminders in line once the page is idle, and listen for the network and for other runtimes' commands (and
 * drain every DRAIN_BACKSTOP_MS in case one went unannounced). Returns the unsubscribe for when
 * the pane goes away.
 */
export async function startSync(
  stores: SyncStores,
  online: EventTarget | null = globalThis as unknown as EventTarget,
  options: StartOptions = {},
): Promise<() => void> {
  await stores.processes.getState().load();
  // Her own templates: one small document, read beside the processes (a failure leaves the built-ins).
  void stores.templates.getState().load();
  // The firm's retention rule: one small document, read beside them (its months date every retention).
  const firmRead = stores.firm.getState().load();
  await stores.engine.replay();
  // The sweep lists To Do and the calendar and plans every candidate: at start-up it competed with
  // the first card for the thread and the network (issue 13), so it waits until the page is idle;
  // the automatic erasure follows it.
  const now = options.now ?? (() => new Date().toISOString());
  (options.whenIdle ?? whenPageIdle)(
    () => void firmRead.then(() => sweepAndShow(stores)).then(() => eraseWhenDue(stores, now)),
  );
  const kick = () => stores.engine.kick();
  online?.addEventListener?.("online", kick);
  const stopSignal = onOutboxChange(() => stores.engine.drain());
  const stopBackstop = (options.every ?? everyInterval)(
    () => stores.engine.drain(),
    options.drainEveryMs ?? DRAIN_BACKSTOP_MS,
  );
  return () => {
    online?.removeEventListener?.("online", kick);
    stopSignal();
    stopBackstop();
    stores.engine.stop();
  };
}
