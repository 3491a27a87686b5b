// Reminders as Microsoft To Do tasks (TodoPort) in the recruiter's "Svara" list. The task's one
// linkedResource carries externalId = follow-up id (and the web link to the candidate's latest
// mail), which is how a task is found again: before every create, so a create whose answer was lost
// never makes a twin. The task's notes are her text only; the follow-up itself is in an open
// extension (adapters-support/taskBody.ts). A task of the older format is rewritten once.
// Writes go through the shared follow-up writer (adapters-support/followUpWriter.ts); this file
// says how To Do lists, writes and completes a task.
import type { LinkedResource, TodoTask, TodoTaskList } from "@microsoft/microsoft-graph-types";
import { DEFAULT_TIME_ZONE, sameFollowUp, type FollowUp, type CandidateRef } from "../domain";
import { isRetryable, ok, type Result } from "../domain/result";
import type { BatchItem, BatchOptions } from "./batch";
import { isNotFound, type GraphAppError } from "./graphError";
import type { GraphHttp } from "./graphHttp";
import type {
  ExistingFollowUp,
  FollowUpTwin,
  FollowUpWrite,
  HeldTodoTask,
  TodoIndexStore,
  TodoPort,
} from "./ports";
import { countingHttp, wasThrottled } from "./adapters-support/bulkWrites";
import { foundOrMade } from "./adapters-support/findOrMake";
import { followUpWriter } from "./adapters-support/followUpWriter";
import { SHAPES } from "./adapters-support/listingShapes";
import { allPages } from "./adapters-support/paging";
import { seg, withQuery } from "./adapters-support/query";
import { FOLLOW_UP_EXTENSION, followUpExtension } from "./adapters-support/taskBody";
import { linkedResource, taskFields } from "./adapters-support/taskFields";
import { createHeldTodo, TASK_QUERY } from "./adapters-support/todoDelta";
import { deleteCandidateTasksIn } from "./adapters-support/todoErase";
import {
  indexHeld,
  indexTasks,
  olderFormat,
  withoutTwins,
  type Known,
  type TaskIndex,
} from "./adapters-support/todoIndex";

const LIST_NAME = "Svara";
/** How long a listing counts as knowing every task: long enough for one sync run. */
const INDEX_TTL_MS = 60_000;
/** To Do's open tasks: every status but completed (notStarted, inProgress, waitingOnOthers, deferred). */
const OPEN = "status ne 'completed'";
/** Writes: the first try and two more for what was throttled or cut off. */
const PASSES = 3;

export interface TodoOptions {
  readonly now?: () => number;
  /** The recruiter's zone (IANA), for the day a task is due. */
  readonly timeZone?: string;
  /** The writes' $batch requests (concurrency, retries, and the clock it waits on). */
  readonly batch?: BatchOptions;
  /** Where the index is kept between starts (the device's IndexedDB): with it, a later listing
   * reads only the tasks that changed (task delta, adapters-support/todoDelta.ts; decision 0012). */
  readonly store?: TodoIndexStore;
}

/** The copy held of a task this device just wrote: a create's answer tells its date and its
 * linkedResource's id (a later relink needs it); an update keeps what was held. */
function heldAfterWrite(
  remoteId: string,
  f: FollowUp,
  linked: LinkedResource,
  created: unknown,
): (before: HeldTodoTask | undefined) => HeldTodoTask {
  const made = created as TodoTask | undefined;
  const madeLink = made?.linkedResources?.find((r) => r.externalId === f.id);
  return (before) => {
    const id = madeLink?.id ?? linked.id ?? before?.linked.id;
    return {
      remoteId,
      createdAt: made?.createdDateTime ?? before?.createdAt ?? null,
      externalId: f.id,
      linked: { ...(id ? { id } : {}), webUrl: linked.webUrl ?? null },
      followUp: f,
      extension: true,
    };
  };
}

export function createTodoTasks(graph: GraphHttp, options: TodoOptions = {}): TodoPort {
  const counter = countingHttp(graph);
  const http = counter.http;
  const now = options.now ?? (() => Date.now());
  const timeZone = options.timeZone ?? DEFAULT_TIME_ZONE;
  /** The Svara list's tasks, once the list is known: where writes go. */
  let tasksUrl = "";
  /** The Svara list's id, once known. */
  let listId = "";
  let index: (TaskIndex & { readonly at: number }) | null = null;

  async function findList(): Promise<Result<string | null, GraphAppError>> {
    const lists = await allPages<TodoTaskList>(http, "/me/todo/lists", {
      what: "todo lists",
      shape: SHAPES.todoLists,
    });
    if (!lists.ok) return lists;
    const mine = lists.value.items.find(
      (l) => l.displayName === LIST_NAME && l.wellknownListName !== "defaultList",
    );
    return ok(mine?.id ?? null);
  }

  // The answer may be lost after To Do made the list: look before anyone makes a second one.
  const svaraList = foundOrMade(
    findList,
    () => http.post<TodoTaskList>("/me/todo/lists", { displayName: LIST_NAME }),
    "todo list",
  );

  const tasksPath = (list: string): string => `/me/todo/lists/${seg(list)}/tasks`;

  /** The Svara list's open tasks by externalId, and the twins beside the copy kept. One listing
   * serves a whole sync run. Completed tasks are not asked for: they pile up for good (50 pages per
   * start at scale, issue 13), and nothing reads them — a completed task is simply no longer open,
   * so a follow-up wanted again gets a new task, and the keeper rule (domain/twins.ts) picks among
   * the open copies, the same ones on every device. */
  async function known(fresh: boolean): Promise<Result<Map<string, Known>>> {
    if (!fresh && index && now() - index.at < INDEX_TTL_MS) return ok(index.byExternalId);
    const list = await svaraList();
    if (!list.ok) return list;
    if (held) {
      const tasks = await held.refresh(list.value);
      if (!tasks.ok) return tasks;
      index = { at: now(), ...indexHeld(tasks.value.values()) };
      return ok(index.byExternalId);
    }
    const items = await listOpen(list.value);
    if (!items.ok) return items;
    index = { at: now(), ...indexTasks(items.value) };
    return ok(index.byExternalId);
  }

  async function listOpen(list: string): Promise<Result<TodoTask[]>> {
    const tasks = await allPages<TodoTask>(
      http,
      withQuery(tasksPath(list), {
        $filter: OPEN,
        // The follow-up is read from Svara's extension: the title and body it was written with are
        // not needed again (they were half of 9 MB per start at 5,000 candidates, issue 13). A
        // task in the older format (its follow-up in the notes) reads as damaged and is rewritten.
        ...TASK_QUERY,
        $top: 100,
      }),
      { what: "todo tasks", shape: SHAPES.todoTasks },
    );
    if (!tasks.ok) return tasks;
    return withOlderNotes(list, tasks.value.items);
  }

  const held = options.store
    ? createHeldTodo({ http, store: options.store, listOpen, complete: withOlderNotes })
    : null;

  /** A task of Svara's without its extension (the older format, the follow-up in its notes) is
   * read again with its notes: the listing leaves them out. Once rewritten, it never is again. */
  async function withOlderNotes(list: string, items: readonly TodoTask[]): Promise<Result<TodoTask[]>> {
    const out: TodoTask[] = [];
    for (const t of items) {
      if (!t.id || !olderFormat(t)) {
        out.push(t);
        continue;
      }
      const full = await http.get<TodoTask>(
        withQuery(`${tasksPath(list)}/${seg(t.id)}`, { $select: "id,body" }),
      );
      if (!full.ok) return full;
      out.push({ ...t, body: full.value.body.body ?? null });
    }
    return ok(out);
  }

  async function listTwins(): Promise<Result<readonly FollowUpTwin[]>> {
    const tasks = await known(false);
    if (!tasks.ok) return tasks;
    return ok([...(index?.twins.values() ?? [])].flat());
  }

  async function listFollowUps(): Promise<Result<readonly ExistingFollowUp[]>> {
    const tasks = await known(true);
    if (!tasks.ok) return tasks;
    // A task whose stored follow-up was damaged is left out: reconcile asks to create it, and the
    // create finds the task by externalId and rewrites it.
    return ok(
      [...tasks.value.values()]
        .filter((k) => !k.completed && k.followUp !== null)
        .map((k) => ({ followUp: k.followUp!, remoteId: k.remoteId, mailUrl: k.linked.webUrl ?? null })),
    );
  }

  /** The mail link moved: the task's linkedResource is pointed at the new one. */
  const relinks = (existing: Known | undefined, write: FollowUpWrite): boolean =>
    Boolean(write.mailLink && existing?.linked.id && existing.linked.webUrl !== write.mailLink.webUrl);

  const writer = followUpWriter<Known>(counter, options.batch, {
    passes: PASSES,
    what: "todo task",
    // Without an id there is no telling which task it made: the listing tells.
    missingId: "look",

    async existing(writes, { first, fresh }) {
      const list = await svaraList();
      if (!list.ok) return list;
      tasksUrl = tasksPath(list.value);
      listId = list.value;
      if (fresh) index = null;
      const tasks = await known(fresh);
      if (!tasks.ok || !first) return tasks;
      // The caller's id when this listing lacks it (a PATCH of a task since deleted is made again).
      // Only on the first pass: a task the recruiter deleted answers 404 there, and must then be made again.
      const view = new Map(tasks.value);
      for (const { followUp, existingId } of writes) {
        if (!existingId || view.has(followUp.id)) continue;
        view.set(followUp.id, {
          remoteId: existingId,
          completed: false,
          linked: {},
          followUp: null,
          extension: false,
        });
      }
      return ok(view);
    },

    unchanged: (existing, write) =>
      !existing.completed &&
      // A task of the older format carries the follow-up in its notes: rewrite it once.
      existing.extension &&
      existing.followUp !== null &&
      sameFollowUp(existing.followUp, write.followUp) &&
      !relinks(existing, write),

    async writeRequests(id, write, existing, language) {
      const f = write.followUp;
      if (!existing) {
        // Not idempotent: To Do has no transactionId, so only a listing can tell whether a
        // create that got no answer happened. sendBatch never re-sends it on its own.
        const body = {
          ...taskFields(f, language, timeZone),
          linkedResources: [linkedResource(f, language, write.mailLink)],
          extensions: [followUpExtension(f)],
        };
        return [{ id, method: "POST", url: tasksUrl, body }];
      }
      const path = `${tasksUrl}/${seg(existing.remoteId)}`;
      const update: BatchItem = {
        id,
        method: "PATCH",
        url: path,
        body: taskFields(f, language, timeZone),
        idempotent: true,
      };
      // The stored follow-up: replaced in place, or added to a task that lacks it (older format).
      const extension: BatchItem = existing.extension
        ? {
            id: `${id}-ext`,
            method: "PATCH",
            url: `${path}/extensions/${seg(FOLLOW_UP_EXTENSION)}`,
            body: followUpExtension(f),
            dependsOn: [id],
            idempotent: true,
          }
        : {
            id: `${id}-ext`,
            method: "POST",
            url: `${path}/extensions`,
            body: followUpExtension(f),
            dependsOn: [id],
          };
      if (!relinks(existing, write)) return [update, extension];
      const relink: BatchItem = {
        id: `${id}-link`,
        method: "PATCH",
        url: `${path}/linkedResources/${seg(existing.linked.id!)}`,
        body: { webUrl: write.mailLink!.webUrl, displayName: write.mailLink!.displayName },
        dependsOn: [`${id}-ext`],
        idempotent: true,
      };
      return [update, extension, relink];
    },

    saved(write, remoteId, existing, language, answer) {
      // Keep the listing current, so the next write within the run needs no listing of its own.
      const f = write.followUp;
      const linked = existing?.linked ?? linkedResource(f, language, write.mailLink);
      const relinked = write.mailLink ? { ...linked, webUrl: write.mailLink.webUrl } : linked;
      index?.byExternalId.set(f.id, {
        remoteId,
        completed: false,
        linked: relinked,
        followUp: f,
        extension: true,
      });
      held?.wrote(listId, remoteId, heldAfterWrite(remoteId, f, relinked, existing ? undefined : answer));
    },

    verdict(error, existing) {
      // Deleted in To Do since the listing: make it again, after looking once more.
      if (isNotFound(error) && existing !== undefined) return "look";
      if (!isRetryable(error)) return "final";
      // A throttled sub-request did not run; anything else (a cut connection) may have.
      return wasThrottled(error) ? "again" : "look";
    },

    async completeRequests(taskIds) {
      const list = await svaraList();
      if (!list.ok) return list;
      const tick = (taskId: string): Omit<BatchItem, "id"> => ({
        method: "PATCH",
        url: `${tasksPath(list.value)}/${seg(taskId)}`,
        body: { status: "completed" },
        idempotent: true,
      });
      return ok(new Map(taskIds.map((taskId) => [taskId, tick(taskId)])));
    },

    completed(taskIds) {
      const done = new Set(taskIds);
      held?.completed(done);
      if (!index) return;
      for (const [externalId, k] of index.byExternalId) {
        if (done.has(k.remoteId)) index.byExternalId.set(externalId, { ...k, completed: true });
      }
      withoutTwins(index, done);
    },
  });

  /** An erasure (decision 0010): the candidate's tasks, every status and copy, deleted; the
   * listing this runtime keeps is dropped, since it still has them. */
  async function deleteCandidateTasks(ref: CandidateRef): Promise<Result<number>> {
    const list = await svaraList();
    if (!list.ok) return list;
    index = null;
    // Its tasks go as deletions in the next round; until then the held copy must not be used as is.
    held?.stale();
    return deleteCandidateTasksIn(http, tasksPath(list.value), ref);
  }

  /** A write pass is followed by one more round, so the next start reads none of its tasks again. */
  const settled =
    <A extends unknown[], R>(write: (...a: A) => Promise<R>) =>
    async (...a: A): Promise<R> => {
      const out = await write(...a);
      await held?.settle();
      return out;
    };

  return {
    listFollowUps,
    listTwins,
    deleteCandidateTasks,
    upsertFollowUps: settled(writer.upsertFollowUps),
    completeFollowUps: settled(writer.completeFollowUps),
  };
}
