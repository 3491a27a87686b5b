// What a round of To Do's task delta does to the index held on the device (pure). The round is
// asked with `$select=id,status` only: an entry says that a task changed, and whether it is open,
// not what it now holds. So an entry is settled by what it says when that is enough — deleted or
// completed: the task leaves the open index — and otherwise by reading the task again, unless it is
// a task this device itself wrote since the last round (its copy here is what it wrote).
import type { HeldTodoTask } from "../ports";

/** One entry of a delta round, as far as the index cares. */
export interface DeltaEntry {
  readonly id: string;
  /** "@removed": deleted, or moved out of the list. */
  readonly removed: boolean;
  readonly completed: boolean;
  readonly createdAt: string | null;
}

/** The round's last word per task (a task may come twice in one round). */
function lastPerTask(entries: readonly DeltaEntry[]): Map<string, DeltaEntry> {
  return new Map(entries.map((e) => [e.id, e]));
}

/** The open tasks whose content the round does not tell: read again, unless this device wrote them. */
export function toReread(
  held: ReadonlyMap<string, HeldTodoTask>,
  entries: readonly DeltaEntry[],
  ownWrites: ReadonlySet<string>,
): string[] {
  return [...lastPerTask(entries).values()]
    .filter((e) => !e.removed && !e.completed && !(ownWrites.has(e.id) && held.has(e.id)))
    .map((e) => e.id);
}

/** The held tasks after the round: `reread` holds each task read again (null: gone since, or not
 * Svara's, or completed by now). A task neither held nor re-read is not one of Svara's open ones. */
export function applyDelta(
  held: ReadonlyMap<string, HeldTodoTask>,
  entries: readonly DeltaEntry[],
  reread: ReadonlyMap<string, HeldTodoTask | null>,
): Map<string, HeldTodoTask> {
  const out = new Map(held);
  for (const e of lastPerTask(entries).values()) {
    if (e.removed || e.completed) {
      out.delete(e.id);
      continue;
    }
    if (!reread.has(e.id)) {
      // This device's own write: its copy stands, dated as Graph dated it (a create's answer is
      // not kept, and twins are told apart by that date).
      const own = out.get(e.id);
      if (own && e.createdAt !== null && own.createdAt !== e.createdAt)
        out.set(e.id, { ...own, createdAt: e.createdAt });
      continue;
    }
    const now = reread.get(e.id);
    if (now) out.set(e.id, now);
    else out.delete(e.id);
  }
  return out;
}
