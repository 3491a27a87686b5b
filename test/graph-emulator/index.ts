// startEmulator(): the Graph emulator in-process, for tests and for the CLI.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { Faults } from "./faults";
import { RequestLog } from "./requestLog";
import { createEmulatorServer, listeningUrl, type ServerParts } from "./server";
import { emptyStore } from "./seeds/base";
import { seedDemo } from "./seeds/demo";
import { PIPELINE_SCALE, seedScale } from "./seeds/scale";
import { Store, type StoreData } from "./store";

export type SeedName = "demo" | "empty" | "scale" | "pipeline";

export interface StartOptions {
  /** 0 picks a free port. */
  port?: number;
  /** A seed name, or a store built beforehand (e.g. the scale seed built once per test file). */
  seed?: SeedName | Store;
  /** The clock of the demo seed (ISO string or Date); the real time when absent. */
  now?: string | Date;
  /** Keeps state across restarts: loaded when the file exists, written after every change. */
  dataFile?: string;
  /** "graph" writes nextLink/deltaLink/@odata.context with https://graph.microsoft.com/v1.0 (see README). */
  links?: "self" | "graph";
}

export interface RunningEmulator {
  /** "http://127.0.0.1:PORT/v1.0" */
  url: string;
  /** "http://127.0.0.1:PORT" (the /_emulator control API lives here). */
  origin: string;
  faults: Faults;
  readonly state: Store;
  requests: RequestLog;
  /** A fresh mailbox from a seed; faults and the request log are cleared (also POST /_emulator/reset). */
  reset(seed?: SeedName, now?: string | Date): void;
  close(): Promise<void>;
}

export function buildStore(seed: SeedName, now?: string | Date): Store {
  const at = now === undefined ? new Date() : new Date(now);
  if (Number.isNaN(at.getTime())) throw new Error(`--now is not a date: ${String(now)}`);
  switch (seed) {
    case "empty":
      return emptyStore();
    case "demo":
      return seedDemo(at);
    case "scale":
      return seedScale(at);
    case "pipeline":
      return seedScale(at, PIPELINE_SCALE);
  }
}

export async function startEmulator(options: StartOptions = {}): Promise<RunningEmulator> {
  let initial: Store;
  if (options.seed instanceof Store) initial = options.seed;
  else if (options.dataFile && existsSync(options.dataFile)) {
    initial = new Store(JSON.parse(readFileSync(options.dataFile, "utf8")) as StoreData);
  } else initial = buildStore(options.seed ?? "empty", options.now);

  let timer: NodeJS.Timeout | null = null;
  const faults = new Faults();
  const requests = new RequestLog();
  const parts: ServerParts = { store: initial, faults, log: requests, links: options.links ?? "self" };
  const save = (): void => {
    timer = null;
    if (options.dataFile) writeFileSync(options.dataFile, JSON.stringify(parts.store.toData()));
  };
  const adopt = (store: Store): void => {
    parts.store = store;
    if (options.dataFile) {
      save();
      store.onChange(() => {
        timer ??= setTimeout(save, 50);
      });
    }
  };
  adopt(initial);
  parts.reset = (seed, now) => {
    if (!["demo", "empty", "scale", "pipeline"].includes(seed)) throw new Error(`unknown seed ${seed}`);
    adopt(buildStore(seed as SeedName, now ?? options.now));
    faults.clear();
    requests.clear();
  };

  const { server } = createEmulatorServer(parts);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  const url = listeningUrl(server);
  return {
    url,
    origin: url.replace(/\/v1\.0$/, ""),
    faults,
    get state() {
      return parts.store;
    },
    requests,
    reset: (seed: SeedName = "demo", now?: string | Date) =>
      parts.reset!(seed, now === undefined ? undefined : new Date(now).toISOString()),
    close: () =>
      new Promise<void>((resolve) => {
        if (timer) {
          clearTimeout(timer);
          save();
        }
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export { Faults } from "./faults";
export type { FaultSpec, FaultRule, Match } from "./faults";
export type { RequestEntry } from "./requestLog";
export { Store } from "./store";
export { demoDataset, SVARA_PROPERTY_ID } from "./seeds/demo";
export type { DemoDataset } from "./seeds/demo";
export { PIPELINE_SCALE, SCALE, scaleCandidateId, scaleProcessId, seedScale } from "./seeds/scale";
export { categoryOf, STAGES } from "./seeds/demo";
export { DEMO_OWNER } from "./seeds/base";
