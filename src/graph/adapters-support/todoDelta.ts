// The To Do index kept between starts (decision 0012): the Svara list's open tasks as this device
// last knew them, and the task delta link they are current to, held on the device through a store
// port (sync/todoIndexStore.ts). A later listing asks the link what changed and applies it
// (todoDeltaApply.ts); nothing changed costs one request and no task.
//
// The first start (nothing held), or a link the service no longer knows (410 Gone), starts again:
// FIRST a new delta round to its end, THEN the full listing of open tasks. A change made after the
// round's link was cut is in the listing or in the next round (or both: applying an entry twice is
// harmless, a re-read gives the task as it is now); listing first would lose a change made between
// the listing and the link. The new round pages every task, completed ones too, but as `id,status`
// (and createdDateTime) only: its entries are dropped, the link is what it is for.
//
// Our own writes: after a write pass this device asks the link once more (`settle`). The round
// answers with the tasks just written; a task written here keeps the copy written (no re-read),
// while a completion or deletion shows in the entry itself. So the next start finds no own write to
// read again. What this misses: another device rewriting the same task's extension in the moment
// between the write and the settle — the two plans converge on the next sweep either way.
import type { TodoTask } from "@microsoft/microsoft-graph-types";
import { appError, err, ok, type Result } from "../../domain/result";
import type { GraphAppError } from "../graphError";
import type { GraphHttp } from "../graphHttp";
import type { HeldTodoTask, TodoIndexStore } from "../ports";
import { SHAPES } from "./listingShapes";
import { allPages } from "./paging";
import { inPool } from "./pool";
import { seg, withQuery } from "./query";
import { applyDelta, toReread, type DeltaEntry } from "./todoDeltaApply";
import { heldTaskOf } from "./todoIndex";

/** What a task is read with: the listing's fields (todoTasks.ts). */
export const TASK_QUERY = {
  $select: "id,status,createdDateTime",
  $expand: "linkedResources,extensions",
} as const;
/** A round tells which task changed and whether it is open; the rest is read again when needed. */
const DELTA_QUERY = { $select: "id,status,createdDateTime", $top: 100 } as const;
const REREADS_IN_FLIGHT = 4;

type DeltaTask = {
  id: string;
  status?: string | null;
  createdDateTime?: string | null;
  "@removed"?: unknown;
};

const isExpired = (e: GraphAppError): boolean =>
  e.status === 410 || (e.cause as { graphCode?: unknown } | undefined)?.graphCode === "SyncStateNotFound";

export interface TodoDeltaDeps {
  readonly http: GraphHttp;
  readonly store: TodoIndexStore;
  /** Every open task of the list, as todoTasks.ts lists them (older-format notes read in). */
  readonly listOpen: (listId: string) => Promise<Result<TodoTask[]>>;
  /** Tasks read one by one get the same treatment (the older format's notes). */
  readonly complete: (listId: string, tasks: readonly TodoTask[]) => Promise<Result<TodoTask[]>>;
}

export interface HeldTodo {
  /** The held tasks brought up to date with Microsoft To Do. */
  refresh(listId: string): Promise<Result<ReadonlyMap<string, HeldTodoTask>>>;
  /** This device wrote a task: the copy held is what it wrote (`make`, from the copy held before). */
  wrote(listId: string, remoteId: string, make: (before: HeldTodoTask | undefined) => HeldTodoTask): void;
  /** This device completed these tasks: they leave the open index. */
  completed(remoteIds: ReadonlySet<string>): void;
  /** After a write pass: move the link past our own writes, so no later start reads them again. */
  settle(): Promise<void>;
  /** The index must be brought up to date before its next use (an erasure deleted tasks). */
  stale(): void;
}

interface State {
  readonly listId: string;
  deltaLink: string;
  tasks: Map<string, HeldTodoTask>;
  /** Tasks written or completed here since the link was cut. */
  readonly own: Set<string>;
}

export function createHeldTodo(deps: TodoDeltaDeps): HeldTodo {
  const { http, store } = deps;
  let state: State | null = null;
  const tasksPath = (list: string): string => `/me/todo/lists/${seg(list)}/tasks`;

  async function round(
    first: string,
  ): Promise<Result<{ entries: DeltaEntry[]; deltaLink: string }, GraphAppError>> {
    const pages = await allPages<DeltaTask>(http, first, { what: "todo delta", shape: SHAPES.todoDelta });
    if (!pages.ok) return pages;
    if (pages.value.deltaLink === null) return err(incomplete());
    const entries = pages.value.items.map((t) => ({
      id: t.id,
      removed: t["@removed"] !== undefined,
      completed: t.status === "completed",
      createdAt: t.createdDateTime ?? null,
    }));
    return ok({ entries, deltaLink: pages.value.deltaLink });
  }

  async function startOver(listId: string): Promise<Result<State>> {
    // The link first, then the listing: see the head of this file.
    const fresh = await round(withQuery(`${tasksPath(listId)}/delta`, DELTA_QUERY));
    if (!fresh.ok) return fresh;
    const open = await deps.listOpen(listId);
    if (!open.ok) return open;
    const tasks = new Map(open.value.flatMap((t) => heldTaskOf(t) ?? []).map((h) => [h.remoteId, h]));
    return ok({ listId, deltaLink: fresh.value.deltaLink, tasks, own: new Set() });
  }

  async function reread(
    listId: string,
    ids: readonly string[],
  ): Promise<Result<Map<string, HeldTodoTask | null>>> {
    const got = await inPool(ids, REREADS_IN_FLIGHT, async (id) => {
      const one = await http.get<TodoTask>(withQuery(`${tasksPath(listId)}/${seg(id)}`, TASK_QUERY));
      if (one.ok) return ok(one.value.body);
      // Deleted since the round: its removal comes in the next one; it is not open now.
      return one.error.status === 404 ? ok(null) : one;
    });
    if (!got.ok) return got;
    const found = got.value.filter((t): t is TodoTask => t !== null);
    const full = await deps.complete(listId, found);
    if (!full.ok) return full;
    const byId = new Map(full.value.map((t) => [t.id!, heldTaskOf(t)]));
    return ok(new Map(ids.map((id) => [id, byId.get(id) ?? null])));
  }

  /** Applies what changed since the held link; false when the link has expired. */
  async function catchUp(s: State): Promise<Result<boolean>> {
    const changes = await round(s.deltaLink);
    if (!changes.ok) return isExpired(changes.error) ? ok(false) : changes;
    const again = await reread(s.listId, toReread(s.tasks, changes.value.entries, s.own));
    if (!again.ok) return again;
    s.tasks = applyDelta(s.tasks, changes.value.entries, again.value);
    s.deltaLink = changes.value.deltaLink;
    s.own.clear();
    if (changes.value.entries.length > 0) await save(s);
    return ok(true);
  }

  async function save(s: State): Promise<void> {
    // A lost save costs the next start a longer catch-up, never a change: the link and the tasks
    // are written together, so the link is never ahead of the tasks held.
    await store.save(s.listId, { deltaLink: s.deltaLink, tasks: [...s.tasks.values()] });
  }

  async function held(listId: string): Promise<Result<State | null>> {
    if (state?.listId === listId) return ok(state);
    const loaded = await store.load(listId);
    if (!loaded.ok || loaded.value === null) return ok(null);
    const tasks = new Map(loaded.value.tasks.map((t) => [t.remoteId, t]));
    return ok({ listId, deltaLink: loaded.value.deltaLink, tasks, own: new Set() });
  }

  return {
    async refresh(listId) {
      const known = await held(listId);
      if (!known.ok) return known;
      if (known.value) {
        const caught = await catchUp(known.value);
        if (!caught.ok) return caught;
        if (caught.value) {
          state = known.value;
          return ok(state.tasks);
        }
      }
      const begun = await startOver(listId);
      if (!begun.ok) return begun;
      state = begun.value;
      await save(state);
      return ok(state.tasks);
    },
    wrote(listId, remoteId, make) {
      if (state?.listId !== listId) return;
      state.tasks.set(remoteId, make(state.tasks.get(remoteId)));
      state.own.add(remoteId);
    },
    completed(remoteIds) {
      if (!state) return;
      for (const id of remoteIds) {
        state.tasks.delete(id);
        state.own.add(id);
      }
    },
    async settle() {
      if (!state || state.own.size === 0) return;
      // Not caught up (offline, throttled): the next refresh asks again, re-reading at worst.
      const caught = await catchUp(state);
      if (caught.ok && !caught.value) state = null;
    },
    stale() {
      state = null;
    },
  };
}

const incomplete = (): GraphAppError =>
  appError(
    "graph-delta-incomplete",
    "Microsoft 365 avslutade inte ändringslistan. Svara försöker igen.",
    "Microsoft 365 did not finish the list of changes. Svara will try again.",
    { retryable: true },
  );
