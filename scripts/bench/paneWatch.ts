// What the task pane does from its navigation on, seen from inside it: its Graph requests and
// document downloads (every fetch to the emulator: a `$batch` counts once, a downloadUrl fetch is a
// round trip but no Graph request), the bytes they brought, whether one is still in flight, the
// main thread's long tasks, and when a candidate card was first painted. Times are ms since the
// pane frame's own navigation (performance.now()).
import type { Frame, Page } from "playwright-core";

export interface PaneWatch {
  readonly graph: number;
  readonly batches: number;
  readonly downloads: number;
  readonly bytes: number;
  readonly inFlight: number;
  /** When the last request settled (0: none yet). */
  readonly lastSettled: number;
  /** The longest main-thread task seen ('longtask' entries, 50 ms and longer). */
  readonly longestTask: number;
  readonly longTasks: readonly number[];
  /** When a candidate card was first on screen (null: not yet). */
  readonly cardAt: number | null;
  readonly now: number;
}

declare global {
  interface Window {
    __benchWatch?: Omit<PaneWatch, "now">;
  }
}

/**
 * For every frame, before its own scripts (an init script): in the task pane only. A string, not
 * a function: tsx would wrap named helpers in a `__name` the page does not have.
 */
export const PANE_WATCH_SCRIPT = `(() => {
  if (!location.pathname.endsWith("taskpane.html")) return;
  const w = { graph: 0, batches: 0, downloads: 0, bytes: 0, inFlight: 0, lastSettled: 0, longestTask: 0, longTasks: [], cardAt: null };
  window.__benchWatch = w;
  const realFetch = window.fetch.bind(window);
  window.fetch = async (input, init) => {
    const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
    const graph = url.includes("/v1.0/");
    const download = !graph && url.includes("/_emulator/content/");
    if (!graph && !download) return realFetch(input, init);
    if (graph) {
      w.graph += 1;
      if (/\\/\\$batch/i.test(url)) w.batches += 1;
    } else w.downloads += 1;
    w.inFlight += 1;
    try {
      const res = await realFetch(input, init);
      const length = Number(res.headers.get("content-length"));
      if (length > 0) w.bytes += length;
      else
        res
          .clone()
          .arrayBuffer()
          .then((b) => { w.bytes += b.byteLength; }, () => undefined);
      return res;
    } finally {
      w.inFlight -= 1;
      w.lastSettled = performance.now();
    }
  };
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        // The pane's own tasks (and its frames'): the workbench around it stands in for Outlook,
        // whose work runs in another process there, not on the pane's thread.
        if (e.name !== "self" && e.name !== "same-origin-descendant") continue;
        w.longTasks.push(Math.round(e.duration));
        w.longestTask = Math.max(w.longestTask, e.duration);
      }
    }).observe({ type: "longtask", buffered: true });
  } catch (e) {}
  const painted = () =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => { if (w.cardAt === null) w.cardAt = performance.now(); };
      channel.port2.postMessage(null);
    });
  const observer = new MutationObserver(() => {
    if (!document.querySelector('[data-testid="candidate-name"]')) return;
    observer.disconnect();
    painted();
  });
  observer.observe(document, { subtree: true, childList: true, characterData: true });
})()`;

/** The task pane's frame as it is now (the workbench may remount it while it starts). */
export const paneFrameOf = (page: Page): Frame | undefined =>
  page.frames().find((f) => new URL(f.url(), "http://x").pathname.endsWith("taskpane.html"));

export async function readWatch(page: Page): Promise<PaneWatch | null> {
  const pane = paneFrameOf(page);
  if (!pane) return null;
  return pane
    .evaluate(() => (window.__benchWatch ? { ...window.__benchWatch, now: performance.now() } : null))
    .catch(() => null); // the frame went away meanwhile: read again
}

async function until(page: Page, what: string, done: (w: PaneWatch) => boolean, maxMs: number) {
  const started = Date.now();
  for (;;) {
    const w = await readWatch(page);
    if (w && done(w)) return w;
    if (Date.now() - started > maxMs) {
      const frames = await Promise.all(
        page
          .frames()
          .map(
            async (f) =>
              `${f.url().slice(0, 60)} ${await f.evaluate(() => typeof window.__benchWatch + " " + document.readyState + " " + location.pathname).catch((e: unknown) => String(e).slice(0, 80))}`,
          ),
      );
      throw new Error(`bench: ${what} after ${maxMs} ms (${JSON.stringify(w)}) ${frames.join(" | ")}`);
    }
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** Resolves when the card is painted and no request has been in flight for `quietMs` — the pane
 * idle — with the watch as it stood then. */
export const untilIdle = (page: Page, quietMs = 1_000, maxMs = 120_000): Promise<PaneWatch> =>
  until(
    page,
    "the pane was not idle",
    // A start with this device's copy paints the card before its first request: idle is after them.
    (w) => w.cardAt !== null && w.graph > 0 && w.inFlight === 0 && w.now - w.lastSettled >= quietMs,
    maxMs,
  );

/** Resolves as soon as the first candidate card is painted. */
export const untilCard = (page: Page, maxMs = 60_000): Promise<PaneWatch> =>
  until(page, "no card", (w) => w.cardAt !== null, maxMs);
