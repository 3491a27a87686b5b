// Where the To Do adapter keeps its index between starts (graph/adapters-support/todoDelta.ts,
// decision 0012): the Svara list's open tasks as last known and the task delta link they are
// current to, one record per list in the sync-state database. The key is the list's id, which is
// the signed-in mailbox's own: another account on this device has another list, so another record.
// A cache like the process copy: Microsoft To Do has the truth, and a record this version cannot
// read is simply not there (the adapter lists every open task again and starts a new round).

import { ok } from "../domain";
import type { HeldTodoIndex, HeldTodoTask, TodoIndexStore } from "../graph/ports";
import { DELTA_LINKS, readKey, writeKey, type SyncStateDb } from "./syncStateDb";

/** Bumped when HeldTodoTask changes: an older record is not used. */
const SHAPE = 1;

interface Record {
  readonly shape: number;
  readonly deltaLink: string;
  readonly tasks: readonly HeldTodoTask[];
}

// Beside the mail folders' delta links (keys "inbox", "sentitems"), under a key of its own.
const keyOf = (listId: string): string => `todo:${listId}`;

function fromRecord(value: unknown): HeldTodoIndex | null {
  const r = value as Partial<Record> | undefined;
  if (!r || r.shape !== SHAPE || typeof r.deltaLink !== "string" || !Array.isArray(r.tasks)) return null;
  return { deltaLink: r.deltaLink, tasks: r.tasks };
}

export function todoIndexIn(db: SyncStateDb): TodoIndexStore {
  return {
    async load(listId) {
      const value = await readKey<unknown>(db, DELTA_LINKS, keyOf(listId));
      return value.ok ? ok(fromRecord(value.value)) : value;
    },
    save: (listId, held) =>
      writeKey(db, DELTA_LINKS, keyOf(listId), {
        shape: SHAPE,
        deltaLink: held.deltaLink,
        tasks: held.tasks,
      } satisfies Record),
  };
}

/** For tests and for a device without IndexedDB: held for as long as the runtime lives. */
export function memoryTodoIndex(): TodoIndexStore & { readonly saves: () => number } {
  const held = new Map<string, HeldTodoIndex>();
  let saves = 0;
  return {
    load: async (listId) => ok(held.get(listId) ?? null),
    save: async (listId, index) => {
      saves++;
      // A copy, as IndexedDB's structured clone makes one: the adapter's later changes stay its own.
      return ok(void held.set(listId, structuredClone(index)));
    },
    saves: () => saves,
  };
}
