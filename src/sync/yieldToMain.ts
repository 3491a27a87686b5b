// Long work on the pane's thread gives the browser a turn now and then, so a click or a paint is
// never stuck behind it (ARCHITECTURE §6: no main-thread task over 200 ms).

type Scheduler = { yield?: () => Promise<void> };

/** Resolves after the browser has had a turn: scheduler.yield where there is one, else a timer. */
function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === "function") return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * `work` for each item, in slices of `size`, each slice a task of its own: a turn for the browser
 * before every slice and after the last, so the work that led here (a listing just parsed) and the
 * work that follows (its caller's next step) are never added to a slice's task.
 */
export async function inSlices<T, R>(
  items: readonly T[],
  size: number,
  work: (item: T) => readonly R[],
): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += size) {
    await yieldToMain();
    for (const item of items.slice(i, i + size)) out.push(...work(item));
  }
  await yieldToMain();
  return out;
}

/** However busy the page, work put off until it is idle starts within this long. */
const IDLE_TIMEOUT_MS = 10_000;

type IdleWindow = { requestIdleCallback?: (work: () => void, options: { timeout: number }) => number };

/** `work` once the page has nothing better to do (the first card painted, its requests answered). */
export function whenPageIdle(work: () => void): void {
  const idle = (globalThis as IdleWindow).requestIdleCallback;
  if (typeof idle === "function") idle(work, { timeout: IDLE_TIMEOUT_MS });
  else work();
}
