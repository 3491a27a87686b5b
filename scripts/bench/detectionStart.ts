// Contact detection's first start against the emulator's scale seed (5,000 candidates, 50,000
// mails), with the production delta adapter: the bounded window of issue 13, in Graph requests and
// bytes downloaded (its share of the pane start's 5 MB).
import { ok } from "../../src/domain/result";
import { createProcesses } from "../../src/graph/processes";
import { createMailDelta } from "../../src/graph/mailDelta";
import { detectContacts } from "../../src/sync/contactDetection";
import { memoryDeltaLinks } from "../../src/sync/deltaLinkStore";
import { startEmulator } from "../../test/graph-emulator";
import type { Figure } from "./figure";
import { benchGraph } from "./graphHttp";
import { describe, mark, since } from "./requestLog";

const REQUESTS_BUDGET = 100;
const BYTES_BUDGET = 5 * 1024 * 1024;

/** Bytes of every response body fetch hands the Graph client while `work` runs. */
async function downloaded<T>(work: () => Promise<T>): Promise<{ result: T; bytes: number }> {
  const real = globalThis.fetch;
  let bytes = 0;
  globalThis.fetch = async (...args: Parameters<typeof fetch>) => {
    const response = await real(...args);
    bytes += (await response.clone().arrayBuffer()).byteLength;
    return response;
  };
  try {
    return { result: await work(), bytes };
  } finally {
    globalThis.fetch = real;
  }
}

const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export async function detectionFirstStart(): Promise<Figure[]> {
  const emu = await startEmulator({ port: 0, seed: "scale" });
  try {
    const http = benchGraph(emu.url);
    const listed = await createProcesses(http).listAll();
    if (!listed.ok) throw new Error(`bench: ${listed.error.code}`);
    const processes = listed.value.processes.map((s) => s.process);
    const from = mark(emu);
    let commands = 0;
    const { result, bytes } = await downloaded(() =>
      detectContacts({
        delta: createMailDelta(http),
        links: memoryDeltaLinks(),
        processes: () => processes,
        dispatch: async () => ok(void (commands += 1)),
        now: () => new Date().toISOString(),
      }),
    );
    if (!result.ok) throw new Error(`bench: ${result.error.code}`);
    const log = since(emu, from);
    return [
      {
        name: "Contact detection's first start, scale seed (5,000 candidates, 50,000 mails)",
        measured: `${log.length} requests, ${mb(bytes)} down`,
        budget: `≤ ${REQUESTS_BUDGET} requests, ≤ ${mb(BYTES_BUDGET)}`,
        pass: log.length <= REQUESTS_BUDGET && bytes <= BYTES_BUDGET,
        detail:
          `the bounded window (the whole mailbox, with these fields: 500 requests, 27.7 MB), ${commands} contacts to log; ` +
          `${describe(log)}`,
      },
    ];
  } finally {
    await emu.close();
  }
}
