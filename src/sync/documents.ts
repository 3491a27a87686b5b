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
    // The copy is a convenience for offline starts; a failed cache write loses nothing.
    void this.cache?.put(stored);
  }

  /** Every document at once (a refresh, or this device's copy when offline). */
  adopt(stored: readonly StoredProcess[], keepCopy: boolean): void {
    for (const s of stored) {
      this.byId.set(s.process.id, s);
      if (keepCopy) void this.cache?.put(s);
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
