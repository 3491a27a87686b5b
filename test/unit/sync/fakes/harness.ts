// One recruiter's setup for the engine tests: Maja Lind's Nordbank process with Åsa Öberg in it,
// an outbox in fake-indexeddb, Microsoft 365 in memory and a clock the test moves.

import "fake-indexeddb/auto";
import { IDBFactory } from "fake-indexeddb";
import { candidate, process } from "../../domain/fixtures";
import { createSyncEngine, type EngineOptions, type SyncEngine } from "../../../../src/sync/engine";
import { openOutboxStore, type OutboxStore } from "../../../../src/sync/outboxStore";
import type { CommandStatus, QueueState } from "../../../../src/sync/syncEvents";
import { FakeClock } from "./fakeClock";
import { fakeMicrosoft365, type FakeMicrosoft365 } from "./fakePorts";

export const PROCESS_ID = "p-nordbank-backend";
export const ASA = "c-asa-oberg";
export const ERIK = "c-erik-nilsson";

const erik = () =>
  candidate({ id: ERIK, name: "Erik Nilsson", emails: ["erik.nilsson@example.se"], phone: null });

export interface Harness {
  readonly clock: FakeClock;
  readonly m365: FakeMicrosoft365;
  readonly idb: IDBFactory;
  outbox: OutboxStore;
  engine: SyncEngine;
  readonly statuses: Map<string, CommandStatus>;
  readonly queue: QueueState[];
  /** The pane closes and opens again: a new engine over the same IndexedDB and Microsoft 365. */
  reopen(options?: Partial<EngineOptions>): Promise<void>;
}

export async function openOutbox(idb: IDBFactory): Promise<OutboxStore> {
  const opened = await openOutboxStore({ indexedDB: idb, name: "svara-outbox-test", storage: null });
  if (!opened.ok) throw new Error(opened.error.code);
  return opened.value;
}

export async function harness(options: Partial<EngineOptions> = {}): Promise<Harness> {
  return harnessWith(options, (o) => o);
}

/** `wrap` lets a test break the outbox, e.g. a pane that closes before it can mark a command done. */
export async function harnessWith(
  options: Partial<EngineOptions>,
  breakOutbox: (outbox: OutboxStore) => OutboxStore,
): Promise<Harness> {
  let wrap = breakOutbox;
  const clock = new FakeClock();
  const m365 = fakeMicrosoft365();
  m365.processes.seed(process({ candidates: [candidate(), erik()] }));
  const idb = new IDBFactory();
  const statuses = new Map<string, CommandStatus>();
  const queue: QueueState[] = [];
  const make = async (outbox: OutboxStore, extra: Partial<EngineOptions>) => {
    const engine = createSyncEngine({
      outbox: wrap(outbox),
      ports: m365,
      now: clock.now,
      sleep: clock.sleep,
      random: () => 0.5,
      listener: { command: (s) => void statuses.set(s.id, s), queue: (q) => void queue.push(q) },
      ...options,
      ...extra,
    });
    const loaded = await engine.refresh();
    if (!loaded.ok) throw new Error(loaded.error.code);
    return engine;
  };
  const outbox = await openOutbox(idb);
  const h: Harness = {
    clock,
    m365,
    idb,
    outbox,
    engine: await make(outbox, {}),
    statuses,
    queue,
    async reopen(extra = {}) {
      wrap = (o) => o; // the new pane's outbox works
      h.engine.stop();
      h.outbox.close();
      h.outbox = await openOutbox(idb);
      h.engine = await make(h.outbox, extra);
    },
  };
  return h;
}
