// Runs contact detection every so often while the pane is open. One pass at a time; a failed pass
// (offline, throttled) just waits for the next, since the delta link only moves after success.

import type { AppError, Result } from "../domain";
import { detectContacts, type DetectionDeps } from "./contactDetection";

export interface PollerOptions {
  readonly everyMs?: number;
  readonly sleep?: (ms: number) => Promise<void>;
  readonly onError?: (error: AppError) => void;
}

export function startContactDetection(
  deps: DetectionDeps,
  options: PollerOptions = {},
): { stop(): void; runNow(): Promise<Result<{ readonly logged: number }>> } {
  const everyMs = options.everyMs ?? 60_000;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  let stopped = false;
  let running: Promise<Result<{ readonly logged: number }>> | null = null;

  const runNow = () => {
    running ??= detectContacts(deps).finally(() => (running = null));
    return running;
  };
  void (async () => {
    while (!stopped) {
      const result = await runNow();
      if (!result.ok) options.onError?.(result.error);
      await sleep(everyMs);
    }
  })();
  return {
    stop: () => void (stopped = true),
    runNow,
  };
}
