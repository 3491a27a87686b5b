// Runs contact detection every so often while the pane is open. One pass at a time; a failed pass
// (offline, throttled) just waits for the next, since the delta link only moves after success.
// Passes asked for by item changes are coalesced: a recruiter clicking through ten mails made ten
// passes over both folders (issue 13); now a run of clicks makes at most one pass per gap.

import { ok, type AppError, type Result } from "../domain";
import { detectContacts, type DetectionDeps } from "./contactDetection";

/** Why a pass runs; `onPass` reports it with each pass. */
export type DetectionReason = "start" | "timer" | "item-changed" | "opened";

type PassResult = Result<{ readonly logged: number }>;

export interface PollerOptions {
  readonly everyMs?: number;
  /** Passes asked for by item changes start at least this long after the last pass started. */
  readonly itemGapMs?: number;
  readonly sleep?: (ms: number) => Promise<void>;
  /** Milliseconds, for the gap; Date.now by default. */
  readonly clock?: () => number;
  readonly onError?: (error: AppError) => void;
  /** Each pass as it starts, with the reasons it answers. */
  readonly onPass?: (reasons: readonly DetectionReason[]) => void;
}

interface ContactPoller {
  stop(): void;
  /** A pass for this reason: at once, or — for an item change soon after the last one — folded
   * into one pass when the gap is over. */
  request(reason: DetectionReason): Promise<PassResult>;
}

/** Short enough that the mail she just sent and opens shows as answered within seconds (the pass
 * finds it in Sent Items), long enough that clicking through a list makes one pass, not ten. */
const ITEM_GAP_MS = 5_000;

export function startContactDetection(deps: DetectionDeps, options: PollerOptions = {}): ContactPoller {
  const everyMs = options.everyMs ?? 60_000;
  const itemGapMs = options.itemGapMs ?? ITEM_GAP_MS;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const clock = options.clock ?? Date.now;
  let stopped = false;
  let running: Promise<PassResult> | null = null;
  let lastStart = Number.NEGATIVE_INFINITY;
  let deferred: Promise<PassResult> | null = null;
  const deferredReasons = new Set<DetectionReason>();

  const pass = (reasons: readonly DetectionReason[]): Promise<PassResult> => {
    if (running) return running;
    lastStart = clock();
    options.onPass?.(reasons);
    running = detectContacts(deps).finally(() => (running = null));
    return running;
  };

  const request = (reason: DetectionReason): Promise<PassResult> => {
    if (running) return running;
    const wait = lastStart + itemGapMs - clock();
    if (reason !== "item-changed" || wait <= 0) return pass([reason]);
    deferredReasons.add(reason);
    deferred ??= sleep(wait).then(() => {
      const reasons = [...deferredReasons];
      deferredReasons.clear();
      deferred = null;
      return stopped ? ok({ logged: 0 }) : pass(reasons);
    });
    return deferred;
  };

  void (async () => {
    let reason: DetectionReason = "start";
    while (!stopped) {
      const result = await pass([reason]);
      if (!result.ok) options.onError?.(result.error);
      await sleep(everyMs);
      reason = "timer";
    }
  })();
  return {
    stop: () => void (stopped = true),
    request,
  };
}
