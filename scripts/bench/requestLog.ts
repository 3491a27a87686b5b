import type { RequestEntry, RunningEmulator } from "../../test/graph-emulator";

/** Where the emulator's request log stands now: count what comes after it. */
export const mark = (emu: RunningEmulator): number => emu.requests.all().at(-1)?.seq ?? 0;

export const since = (emu: RunningEmulator, seq: number): RequestEntry[] =>
  emu.requests.all().filter((e) => e.seq > seq);

const FOLLOW_UPS = /^\/me\/(todo|events|calendar)/i;

/** A request for a follow-up (To Do or the calendar): the reconcile a change triggers. */
export function isReconcile(e: RequestEntry): boolean {
  if (e.batch?.length) return e.batch.every((s) => FOLLOW_UPS.test(s.url));
  return FOLLOW_UPS.test(e.path);
}

export const batchCount = (entries: readonly RequestEntry[]): number =>
  entries.filter((e) => e.path.toLowerCase() === "/$batch").length;

/** "GET /me/todo/lists, POST /$batch[20], …" — what the requests were, for the table's reader. */
export function describe(entries: readonly RequestEntry[]): string {
  const counts = new Map<string, number>();
  for (const e of entries) {
    const path = e.path.replace(/:\/[^:]*:/, ":/…:").replace(/\/[^/:]{20,}(?=\/|$)/g, "/{id}");
    const key = e.batch ? `${e.method} $batch[${e.batch.length}]` : `${e.method} ${path}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([k, n]) => (n > 1 ? `${n}× ${k}` : k)).join(", ");
}

/** Resolves once the emulator has answered nothing new for `quietMs` (background work done). */
export async function quiet(emu: RunningEmulator, quietMs = 250, maxMs = 10_000): Promise<void> {
  const started = Date.now();
  let last = mark(emu);
  let stableSince = Date.now();
  while (Date.now() - started < maxMs) {
    await new Promise((r) => setTimeout(r, 25));
    const now = mark(emu);
    if (now !== last) {
      last = now;
      stableSince = Date.now();
    } else if (Date.now() - stableSince >= quietMs) return;
  }
}
