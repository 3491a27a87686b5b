// startEmulator(): the Graph emulator in-process, for tests and for the CLI.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { Faults } from "./faults";
import { RequestLog } from "./requestLog";
import { createEmulatorServer, listeningUrl } from "./server";
import { emptyStore } from "./seeds/base";
import { seedDemo } from "./seeds/demo";
import { seedScale } from "./seeds/scale";
import { Store, type StoreData } from "./store";

export type SeedName = "demo" | "empty" | "scale";

export interface StartOptions {
  /** 0 picks a free port. */
  port?: number;
  /** A seed name, or a store built beforehand (e.g. the scale seed built once per test file). */
  seed?: SeedName | Store;
  /** The clock of the demo seed (ISO string or Date); the real time when absent. */
  now?: string | Date;
  /** Keeps state across restarts: loaded when the file exists, written after every change. */
  dataFile?: string;
}

export interface RunningEmulator {
  /** "http://127.0.0.1:PORT/v1.0" */
  url: string;
  /** "http://127.0.0.1:PORT" (the /_emulator control API lives here). */
  origin: string;
  faults: Faults;
  state: Store;
  requests: RequestLog;
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
  }
}

export async function startEmulator(options: StartOptions = {}): Promise<RunningEmulator> {
  let state: Store;
  if (options.seed instanceof Store) state = options.seed;
  else if (options.dataFile && existsSync(options.dataFile)) {
    state = new Store(JSON.parse(readFileSync(options.dataFile, "utf8")) as StoreData);
  } else state = buildStore(options.seed ?? "empty", options.now);

  let timer: NodeJS.Timeout | null = null;
  const save = (): void => {
    timer = null;
    if (options.dataFile) writeFileSync(options.dataFile, JSON.stringify(state.toData()));
  };
  if (options.dataFile) {
    save();
    state.onChange(() => {
      timer ??= setTimeout(save, 50);
    });
  }

  const faults = new Faults();
  const requests = new RequestLog();
  const { server } = createEmulatorServer({ store: state, faults, log: requests });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  const url = listeningUrl(server);
  return {
    url,
    origin: url.replace(/\/v1\.0$/, ""),
    faults,
    state,
    requests,
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
export { seedScale } from "./seeds/scale";
