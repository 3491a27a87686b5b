// The sync engine over the REAL Graph adapters, over real HTTP, against the Graph emulator: an
// outbox in fake-indexeddb, a clock the test moves, and a network the test can cut.
import "fake-indexeddb/auto";
import { IDBFactory } from "fake-indexeddb";
import { createDevTokenProvider } from "../../../src/auth/tokenProvider";
import { createGraphAdapters } from "../../../src/graph/adapters";
import { createGraphClient } from "../../../src/graph/client";
import { createGraphHttp, type GraphHttp } from "../../../src/graph/graphHttp";
import { createSyncEngine, type SyncEngine } from "../../../src/sync/engine";
import type { SyncPorts } from "../../../src/sync/executors";
import { openOutboxStore, type OutboxStore } from "../../../src/sync/outboxStore";
import type { CommandStatus } from "../../../src/sync/syncEvents";
import { startEmulator, type RunningEmulator } from "../../graph-emulator";
import { FakeClock } from "../../unit/sync/fakes/fakeClock";

export const NOW = "2026-11-24T15:00:00.000Z";

/** The network between the pane and Graph: cut it, bring it back, see how many requests overlap. */
export class Network {
  online = true;
  inFlight = 0;
  maxInFlight = new Map<string, number>();
  private perArea = new Map<string, number>();

  readonly fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    if (!this.online) throw new TypeError("Failed to fetch");
    const area = String(input instanceof Request ? input.url : input).includes("/onenote/")
      ? "onenote"
      : "other";
    const now = (this.perArea.get(area) ?? 0) + 1;
    this.perArea.set(area, now);
    this.maxInFlight.set(area, Math.max(this.maxInFlight.get(area) ?? 0, now));
    try {
      return await fetch(input, init);
    } finally {
      this.perArea.set(area, (this.perArea.get(area) ?? 1) - 1);
    }
  };
}

/** The real adapters. Graph-client retries are off: in these tests every retry is the engine's,
 * timed by the test's clock (ARCHITECTURE.md §9: the retry must be ours, not the SDK's). */
export function graphHttp(emu: RunningEmulator, network: Network): GraphHttp {
  const client = createGraphClient({
    baseUrl: emu.url,
    tokens: createDevTokenProvider(),
    fetch: network.fetch,
    retry: { maxAttempts: 1 },
    clock: { sleep: async () => undefined },
  });
  if (!client.ok) throw new Error(client.error.code);
  return createGraphHttp(client.value);
}

function realPorts(emu: RunningEmulator, network: Network): SyncPorts {
  const http = graphHttp(emu, network);
  return createGraphAdapters(http);
}

interface Pane {
  engine: SyncEngine;
  outbox: OutboxStore;
  ports: SyncPorts;
}

export interface World {
  readonly emu: RunningEmulator;
  readonly clock: FakeClock;
  readonly network: Network;
  readonly idb: IDBFactory;
  readonly statuses: Map<string, CommandStatus>;
  pane: Pane;
  /** Closes the pane (the old engine just stops, whatever it was doing) and opens a new one. */
  reopen(): Promise<void>;
  close(): Promise<void>;
}

export async function world(breakOutbox: (o: OutboxStore) => OutboxStore = (o) => o): Promise<World> {
  const emu = await startEmulator({ port: 0, seed: "demo", now: NOW });
  const clock = new FakeClock(Date.parse(NOW));
  const network = new Network();
  const idb = new IDBFactory();
  const statuses = new Map<string, CommandStatus>();
  const open = async (wrap: (o: OutboxStore) => OutboxStore): Promise<Pane> => {
    const opened = await openOutboxStore({ indexedDB: idb, storage: null });
    if (!opened.ok) throw new Error(opened.error.code);
    const ports = realPorts(emu, network);
    const engine = createSyncEngine({
      outbox: wrap(opened.value),
      ports,
      now: clock.now,
      sleep: clock.sleep,
      random: () => 0.5,
      listener: { command: (s) => void statuses.set(s.id, s) },
    });
    await engine.refresh(); // may fail while offline: the engine reads documents itself later
    return { engine, outbox: opened.value, ports };
  };
  const w: World = {
    emu,
    clock,
    network,
    idb,
    statuses,
    pane: await open(breakOutbox),
    async reopen() {
      w.pane.engine.stop();
      w.pane.outbox.close();
      w.pane = await open((o) => o);
      await w.pane.engine.replay();
    },
    async close() {
      w.pane.engine.stop();
      w.pane.outbox.close();
      await emu.close();
    },
  };
  return w;
}

/** Moves the clock on in steps until every listed command is sent (or the steps run out). */
export async function untilSent(
  w: World,
  ids: readonly string[],
  stepMs = 60_000,
  steps = 20,
): Promise<void> {
  await w.pane.engine.idle();
  for (let i = 0; i < steps && !ids.every((id) => w.statuses.get(id)?.state === "sent"); i += 1) {
    await w.clock.advance(stepMs);
    await w.pane.engine.idle();
  }
}

export const requestsTo = (emu: RunningEmulator, method: string, path: RegExp) =>
  emu.requests.all().filter((r) => r.method === method && path.test(r.path));

export const pageBodies = (emu: RunningEmulator): string =>
  [...emu.state.pages.values()].map((p) => String(p["_body"] ?? "")).join("\n");

export const occurrences = (haystack: string, needle: string): number => haystack.split(needle).length - 1;

/** The recruiter has written her processes with this version before: the demo's version 1
 * documents are split into an index and log shards (decision 0009) once, before what is measured. */
export async function inVersion2(w: World): Promise<void> {
  const listed = await w.pane.ports.processes.listAll();
  if (!listed.ok) throw new Error(listed.error.code);
  for (const stored of listed.value.processes) {
    const written = await w.pane.ports.processes.write(stored.process, stored.etag);
    if (!written.ok) throw new Error(written.error.code);
  }
  const refreshed = await w.pane.engine.refresh();
  if (!refreshed.ok) throw new Error(refreshed.error.code);
}
