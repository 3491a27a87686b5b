// The engine's copy of each process document with its ETag: what executors read-modify-write, what
// the optimistic view stands on, and what this device keeps for an offline start.

import type { Process } from "../domain";
import type { StoredProcess } from "../graph/ports";
import type { DocumentCache } from "./executors";
import type { OptimisticView } from "./optimisticView";
import type { ProcessCache } from "./processCache";

export class Documents implements DocumentCache {
  private readonly byId = new Map<string, StoredProcess>();
  private readonly locks = new Map<string, Promise<unknown>>();
  /** The version of each process this device's cache holds: an unchanged one is not written again. */
  private readonly cached = new Map<string, string>();

  constructor(
    private readonly view: OptimisticView,
    private readonly cache: ProcessCache | undefined,
  ) {}

  get(processId: string): StoredProcess | undefined {
    return this.byId.get(processId);
  }

  /** One document as Microsoft 365 now has it (after a write or a fresh read). */
  put(stored: StoredProcess): void {
    this.byId.set(stored.process.id, stored);
    this.view.upsertBase(stored.process);
    this.keep(stored);
  }

  /** This device's copies as read at start (the cache): what the first listing compares against.
   * A copy without the adapter's notes on its files (an older version's) is written again. */
  held(copies: readonly StoredProcess[]): void {
    for (const c of copies) if (c.files) this.cached.set(c.process.id, c.etag);
  }

  /** Every document with its version, as the adapter hands them back for a listing. */
  stored(): readonly StoredProcess[] {
    return [...this.byId.values()];
  }

  private keep(stored: StoredProcess): void {
    // The copy is a convenience for offline starts; a failed cache write loses nothing. The same
    // version again (a listing that found nothing new) is not rewritten: at 5,000 candidates that
    // write is most of a start's main-thread time.
    if (!this.cache || this.cached.get(stored.process.id) === stored.etag) return;
    this.cached.set(stored.process.id, stored.etag);
    void this.cache.put(stored);
  }

  /**
   * Every document at once: Microsoft 365's listing ("complete": every listed document was read, so
   * a process missing from it was deleted there or on another device and leaves this copy and the
   * device's cache too; "partial": some could not be read now, so none is forgotten), or this
   * device's own copy when offline ("offline": kept as it is).
   */
  adopt(stored: readonly StoredProcess[], from: "complete" | "partial" | "offline"): void {
    const ids = new Set(stored.map((s) => s.process.id));
    if (from === "complete") for (const id of [...this.byId.keys()]) if (!ids.has(id)) this.byId.delete(id);
    for (const s of stored) {
      this.byId.set(s.process.id, s);
      if (from !== "offline") this.keep(s);
    }
    if (from === "complete") {
      for (const id of [...this.cached.keys()]) if (!ids.has(id)) this.cached.delete(id);
      void this.cache?.keepOnly(ids);
    }
    this.view.setBase(stored.map((s) => s.process));
  }

  all(): readonly Process[] {
    return [...this.byId.values()].map((s) => s.process);
  }

  exclusive<T>(processId: string, work: () => Promise<T>): Promise<T> {
    const run = (this.locks.get(processId) ?? Promise.resolve()).then(work, work);
    const tail = run.catch(() => undefined);
    this.locks.set(processId, tail);
    void tail.then(() => this.locks.get(processId) === tail && this.locks.delete(processId));
    return run;
  }
}
