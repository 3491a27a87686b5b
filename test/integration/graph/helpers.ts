// The adapters over real HTTP against the Graph emulator: a GraphHttp on our own middleware chain
// with the dev token, retries that do not sleep, and request counting from the emulator's log.
import { createDevTokenProvider } from "../../../src/auth/tokenProvider";
import { createGraphClient } from "../../../src/graph/client";
import { createGraphHttp, type GraphHttp } from "../../../src/graph/graphHttp";
import { startEmulator, type RunningEmulator } from "../../graph-emulator";

export const NOW = "2026-11-24T15:00:00Z";

export function graphFor(emu: RunningEmulator): GraphHttp {
  const client = createGraphClient({
    baseUrl: emu.url,
    tokens: createDevTokenProvider(),
    clock: { sleep: async () => undefined },
  });
  if (!client.ok) throw new Error(client.error.code);
  return createGraphHttp(client.value);
}

export async function emulator(seed: "demo" | "empty"): Promise<RunningEmulator> {
  return startEmulator({ port: 0, seed, now: NOW });
}

/** HTTP requests the emulator answered while `action` ran (a $batch counts once). */
export async function counted<T>(
  emu: RunningEmulator,
  action: () => Promise<T>,
): Promise<{ result: T; requests: number; log: ReturnType<RunningEmulator["requests"]["all"]> }> {
  const before = emu.requests.all().at(-1)?.seq ?? 0;
  const result = await action();
  const log = emu.requests.all().filter((e) => e.seq > before);
  return { result, requests: log.length, log };
}

export function unwrap<T>(r: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.error)}`);
  return r.value;
}
