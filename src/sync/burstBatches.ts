// Which ready commands the drain sends as one burst: the next command of every candidate of one
// process, when it only logs or links (a run of detected mails). Their document changes go out in
// one write (executors/documentFold.ts); each command is still sent, marked and failed on its own.
// Only heads: a candidate's second command waits for the first to be done, as ever.

import { FOLDABLE } from "./executors/documentFold";
import type { OutboxEnvelope } from "./outboxEnvelope";

/** Enough to fold a busy process's burst in a few writes, few enough that one write stays small. */
const MAX_BURST = 250;

export function burstsByProcess(
  ready: ReadonlyMap<string, readonly OutboxEnvelope[]>,
  startable: (key: string, head: OutboxEnvelope) => boolean,
): Map<string, OutboxEnvelope[]> {
  const byProcess = new Map<string, OutboxEnvelope[]>();
  for (const [key, commands] of ready) {
    const head = commands[0];
    if (!head || !FOLDABLE.has(head.type) || !startable(key, head)) continue;
    const processId = (head.payload as { processId?: unknown } | null)?.processId;
    if (typeof processId !== "string") continue;
    const burst = byProcess.get(processId) ?? [];
    if (burst.length < MAX_BURST) burst.push(head);
    byProcess.set(processId, burst);
  }
  // One command alone is sent the ordinary way.
  for (const [processId, burst] of byProcess) if (burst.length < 2) byProcess.delete(processId);
  return byProcess;
}

/** Runs `work` over the items, at most `width` at once, each started in the items' order. */
export async function inPool<T>(
  items: readonly T[],
  width: number,
  work: (item: T) => Promise<unknown>,
): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const item = items[next] as T;
      next += 1;
      await work(item);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(width, items.length)) }, lane));
}
