// Two devices of one recruiter (a laptop and a phone) against one Microsoft 365: each with its own
// outbox, its own adapters and caches, and its own network, over real HTTP to the same emulator.
// A gate can hold every write until both have listed To Do: the race that makes twins.
import "fake-indexeddb/auto";
import { IDBFactory } from "fake-indexeddb";
import { createGraphAdapters } from "../../../src/graph/adapters";
import { createSyncEngine, type SyncEngine } from "../../../src/sync/engine";
import type { SyncPorts } from "../../../src/sync/executors";
import { openOutboxStore, type OutboxStore } from "../../../src/sync/outboxStore";
import type { CommandStatus } from "../../../src/sync/syncEvents";
import type { RunningEmulator } from "../../graph-emulator";
import { FakeClock } from "../../unit/sync/fakes/fakeClock";
import { graphHttp, Network, NOW } from "./syncOverEmulator";

export interface Device {
  readonly name: string;
  readonly engine: SyncEngine;
  readonly outbox: OutboxStore;
  readonly ports: SyncPorts;
  readonly statuses: Map<string, CommandStatus>;
  /** HTTP requests this device made ($batch counts once). */
  requests(): number;
  close(): void;
}

const TASK_LISTING = /\/me\/todo\/lists\/[^/?]+\/tasks\?/;

/** Holds every write until `listers` devices have each listed the Svara list's tasks once. */
export class ListingGate {
  private listed = 0;
  private open!: () => void;
  private readonly opened = new Promise<void>((r) => (this.open = r));
  constructor(private readonly listers: number) {}
  closed = true;

  wrap(inner: Network["fetch"]): Network["fetch"] {
    return async (input, init) => {
      const url = String(input instanceof Request ? input.url : input);
      const method = (init?.method ?? (input instanceof Request ? input.method : "GET")).toUpperCase();
      if (this.closed && method !== "GET") await this.opened;
      const answer = await inner(input, init);
      if (method === "GET" && TASK_LISTING.test(url) && (this.listed += 1) >= this.listers) {
        this.closed = false;
        this.open();
      }
      return answer;
    };
  }
}

/** Anything that holds a device's requests back until a race is set up. */
export interface Gate {
  wrap(inner: Network["fetch"]): Network["fetch"];
}

export async function device(
  name: string,
  emu: RunningEmulator,
  clock: FakeClock,
  gate?: Gate,
): Promise<Device> {
  const network = new Network();
  let requests = 0;
  const counted: Network["fetch"] = (input, init) => ((requests += 1), network.fetch(input, init));
  const fetch = gate ? gate.wrap(counted) : counted;
  const ports = createGraphAdapters(graphHttp(emu, { fetch } as Network));
  const opened = await openOutboxStore({ indexedDB: new IDBFactory(), storage: null });
  if (!opened.ok) throw new Error(opened.error.code);
  const statuses = new Map<string, CommandStatus>();
  const engine = createSyncEngine({
    outbox: opened.value,
    ports,
    now: clock.now,
    sleep: clock.sleep,
    random: () => 0.5,
    listener: { command: (s) => void statuses.set(s.id, s) },
  });
  await engine.refresh();
  return {
    name,
    engine,
    outbox: opened.value,
    ports,
    statuses,
    requests: () => requests,
    close() {
      engine.stop();
      opened.value.close();
    },
  };
}

export const sameNow = (): FakeClock => new FakeClock(Date.parse(NOW));
