// Reminders as Microsoft To Do tasks (TodoPort) in the recruiter's "Svara" list. The task's one
// linkedResource carries externalId = follow-up id (and the mail's web link), which is how a task
// is found again: before every create, so a create whose answer was lost never makes a twin.
import type { LinkedResource, TodoTask, TodoTaskList } from "@microsoft/microsoft-graph-types";
import { DEFAULT_TIME_ZONE, sameFollowUp, type FollowUp, type Language } from "../domain";
import { err, ok, type Result } from "../domain/result";
import { sendBatch, type BatchItem, type BatchOptions } from "./batch";
import type { GraphAppError } from "./graphError";
import type { GraphHttp } from "./graphHttp";
import type {
  BulkCompleteOutcome,
  BulkFollowUpOutcome,
  ExistingFollowUp,
  FollowUpWrite,
  TodoPort,
} from "./ports";
import {
  BulkResults,
  completeOutcome,
  countingHttp,
  passDelay,
  uniqueWrites,
  wasThrottled,
} from "./adapters-support/bulkWrites";
import { allPages } from "./adapters-support/paging";
import { seg, withQuery } from "./adapters-support/query";
import { followUpFromNotes, taskNotes } from "./adapters-support/taskBody";
import { dueDate, utcDateTime } from "./adapters-support/graphTime";
import { missingIdError } from "./adapters-support/missingId";

const LIST_NAME = "Svara";
const APPLICATION = "Svara";
/** How long a listing counts as knowing every task: long enough for one sync run. */
const INDEX_TTL_MS = 60_000;
/** Bulk writes: the first try and two more for what was throttled or cut off. */
const BULK_PASSES = 3;

export interface TodoOptions {
  readonly now?: () => number;
  /** The recruiter's zone (IANA), for the day a task is due. */
  readonly timeZone?: string;
  /** upsertFollowUps' $batch requests (concurrency, retries, and the clock it waits on). */
  readonly batch?: BatchOptions;
}

interface Known {
  readonly taskId: string;
  readonly completed: boolean;
  readonly linked: LinkedResource;
  readonly followUp: FollowUp | null;
}

export function createTodoTasks(graph: GraphHttp, options: TodoOptions = {}): TodoPort {
  const counter = countingHttp(graph);
  const http = counter.http;
  const now = options.now ?? (() => Date.now());
  const timeZone = options.timeZone ?? DEFAULT_TIME_ZONE;
  let listId: string | null = null;
  let index: { readonly at: number; readonly byExternalId: Map<string, Known> } | null = null;

  async function findList(): Promise<Result<string | null, GraphAppError>> {
    const lists = await allPages<TodoTaskList>(http, "/me/todo/lists");
    if (!lists.ok) return lists;
    const mine = lists.value.items.find(
      (l) => l.displayName === LIST_NAME && l.wellknownListName !== "defaultList",
    );
    return ok(mine?.id ?? null);
  }

  async function svaraList(): Promise<Result<string>> {
    if (listId) return ok(listId);
    const found = await findList();
    if (!found.ok) return found;
    if (found.value) return ok((listId = found.value));
    const made = await http.post<TodoTaskList>("/me/todo/lists", { displayName: LIST_NAME });
    if (made.ok && made.value.body?.id) return ok((listId = made.value.body.id));
    // The answer may be lost after To Do made the list: look before anyone makes a second one.
    const again = await findList();
    if (again.ok && again.value) return ok((listId = again.value));
    return made.ok ? err(missingIdError("todo list")) : made;
  }

  const tasksPath = (list: string): string => `/me/todo/lists/${seg(list)}/tasks`;

  /** Every task of the Svara list by externalId, completed ones too (a ticked-off task is reopened
   * rather than duplicated). One listing serves a whole sync run. */
  async function known(fresh: boolean): Promise<Result<Map<string, Known>>> {
    if (!fresh && index && now() - index.at < INDEX_TTL_MS) return ok(index.byExternalId);
    const list = await svaraList();
    if (!list.ok) return list;
    const tasks = await allPages<TodoTask>(
      http,
      withQuery(tasksPath(list.value), { $expand: "linkedResources", $top: 100 }),
    );
    if (!tasks.ok) return tasks;
    const byExternalId = new Map<string, Known>();
    for (const t of tasks.value.items) {
      const linked = (t.linkedResources ?? []).find((r) => r.applicationName === APPLICATION && r.externalId);
      if (!linked || !t.id || byExternalId.has(linked.externalId!)) continue;
      byExternalId.set(linked.externalId!, {
        taskId: t.id,
        completed: t.status === "completed",
        linked,
        followUp: followUpFromNotes(t.body?.content),
      });
    }
    index = { at: now(), byExternalId };
    return ok(byExternalId);
  }

  function taskFields(f: FollowUp, language: Language): Record<string, unknown> {
    return {
      title: f.title[language],
      body: { contentType: "text", content: taskNotes(f, language) },
      dueDateTime: dueDate(f.dueAt, timeZone),
      reminderDateTime: utcDateTime(f.remindAt),
      isReminderOn: true,
      importance: f.overdue ? "high" : "normal",
      status: "notStarted",
      categories: [APPLICATION],
    };
  }

  type MailLink = { readonly webUrl: string; readonly displayName: string } | undefined;

  const linkedResource = (f: FollowUp, language: Language, mailLink: MailLink) => ({
    applicationName: APPLICATION,
    displayName: mailLink?.displayName ?? f.title[language],
    externalId: f.id,
    ...(mailLink ? { webUrl: mailLink.webUrl } : {}),
  });

  async function update(
    list: string,
    taskId: string,
    f: FollowUp,
    language: Language,
    mailLink: MailLink,
    linked: LinkedResource | null,
  ): Promise<Result<string>> {
    const path = `${tasksPath(list)}/${seg(taskId)}`;
    const patched = await http.patch(path, taskFields(f, language), { idempotent: true });
    if (!patched.ok) return patched;
    if (mailLink && linked?.id && linked.webUrl !== mailLink.webUrl) {
      const relinked = await http.patch(
        `${path}/linkedResources/${seg(linked.id)}`,
        { webUrl: mailLink.webUrl, displayName: mailLink.displayName },
        { idempotent: true },
      );
      if (!relinked.ok) return relinked;
    }
    return ok(taskId);
  }

  async function create(
    list: string,
    f: FollowUp,
    language: Language,
    mailLink: MailLink,
  ): Promise<Result<string>> {
    const linked = linkedResource(f, language, mailLink);
    const made = await http.post<TodoTask>(tasksPath(list), {
      ...taskFields(f, language),
      linkedResources: [linked],
    });
    if (made.ok && made.value.body?.id) {
      index?.byExternalId.set(f.id, { taskId: made.value.body.id, completed: false, linked, followUp: f });
      return ok(made.value.body.id);
    }
    // No answer does not mean no task: look it up before the outbox tries again.
    index = null;
    if (!made.ok && !made.error.retryable) return made;
    const after = await known(true);
    const found = after.ok ? after.value.get(f.id) : undefined;
    if (found) return ok(found.taskId);
    return made.ok ? err(missingIdError("todo task")) : made;
  }

  async function upsertFollowUp(
    followUp: FollowUp,
    language: Language,
    existingId: string | null,
    mailLink?: { readonly webUrl: string; readonly displayName: string },
  ): Promise<Result<string>> {
    const list = await svaraList();
    if (!list.ok) return list;
    if (existingId !== null) {
      const updated = await update(list.value, existingId, followUp, language, mailLink, null);
      if (updated.ok || updated.error.code !== "graph-not-found") return updated;
      index = null;
    }
    const tasks = await known(false);
    if (!tasks.ok) return tasks;
    const existing = tasks.value.get(followUp.id);
    if (existing) return update(list.value, existing.taskId, followUp, language, mailLink, existing.linked);
    return create(list.value, followUp, language, mailLink);
  }

  async function listFollowUps(): Promise<Result<readonly ExistingFollowUp[]>> {
    const tasks = await known(true);
    if (!tasks.ok) return tasks;
    // A task whose stored follow-up was damaged is left out: reconcile asks to create it, and the
    // create finds the task by externalId and rewrites it.
    return ok(
      [...tasks.value.values()]
        .filter((k) => !k.completed && k.followUp !== null)
        .map((k) => ({ followUp: k.followUp!, remoteId: k.taskId })),
    );
  }

  async function complete(taskId: string): Promise<Result<void>> {
    const list = await svaraList();
    if (!list.ok) return list;
    const done = await http.patch(
      `${tasksPath(list.value)}/${seg(taskId)}`,
      { status: "completed" },
      { idempotent: true },
    );
    if (done.ok || done.error.code === "graph-not-found") {
      for (const k of index?.byExternalId.values() ?? []) {
        if (k.taskId === taskId) index!.byExternalId.set(k.linked.externalId!, { ...k, completed: true });
      }
      return ok(undefined);
    }
    return done;
  }

  /** One pass of a bulk write: a request for each follow-up missing or different, in $batches. */
  async function bulkPass(
    list: string,
    writes: readonly FollowUpWrite[],
    tasks: ReadonlyMap<string, Known>,
    language: Language,
    results: BulkResults,
    trustCaller: boolean,
  ): Promise<Result<{ readonly relist: boolean; readonly delayMs: number }>> {
    const items: BatchItem[] = [];
    const sent: { item: BatchItem; write: FollowUpWrite; existing: Known | undefined }[] = [];
    for (const [i, write] of writes.entries()) {
      const f = write.followUp;
      // The caller's id when this listing lacks it (a PATCH of a task since deleted is made again).
      // Only on the first pass: a task the recruiter deleted answers 404 there, and must then be made again.
      const given: Known | undefined =
        trustCaller && write.existingId
          ? { taskId: write.existingId, completed: false, linked: {}, followUp: null }
          : undefined;
      const existing = tasks.get(f.id) ?? given;
      const relink = Boolean(
        write.mailLink && existing?.linked.id && existing.linked.webUrl !== write.mailLink.webUrl,
      );
      if (
        existing &&
        !existing.completed &&
        existing.followUp &&
        sameFollowUp(existing.followUp, f) &&
        !relink
      ) {
        results.save(f.id, existing.taskId, "unchanged");
        continue;
      }
      const item: BatchItem = existing
        ? {
            id: `t${i}`,
            method: "PATCH",
            url: `${tasksPath(list)}/${seg(existing.taskId)}`,
            body: taskFields(f, language),
            idempotent: true,
          }
        : {
            // Not idempotent: To Do has no transactionId, so only a listing can tell whether a
            // create that got no answer happened. sendBatch never re-sends it on its own.
            id: `t${i}`,
            method: "POST",
            url: tasksPath(list),
            body: {
              ...taskFields(f, language),
              linkedResources: [linkedResource(f, language, write.mailLink)],
            },
          };
      items.push(item);
      sent.push({ item, write, existing });
      if (existing && relink) {
        items.push({
          id: `t${i}-link`,
          method: "PATCH",
          url: `${tasksPath(list)}/${seg(existing.taskId)}/linkedResources/${seg(existing.linked.id!)}`,
          body: { webUrl: write.mailLink!.webUrl, displayName: write.mailLink!.displayName },
          dependsOn: [`t${i}`],
          idempotent: true,
        });
      }
    }
    if (items.length === 0) return ok({ relist: false, delayMs: 0 });
    const answered = await sendBatch(http, items, options.batch);
    if (!answered.ok) return answered;
    const byId = new Map(items.map((item, i) => [item.id, answered.value.results[i]!]));
    let relist = false;
    const waits: GraphAppError[] = [];
    for (const { item, write, existing } of sent) {
      const f = write.followUp;
      const answer = byId.get(item.id)!;
      const link = byId.get(`${item.id}-link`);
      const outcome = answer.ok && link && !link.ok ? link : answer;
      if (outcome.ok) {
        const taskId = (answer.ok && (answer.value.body as TodoTask | undefined)?.id) || existing?.taskId;
        if (!taskId) {
          results.fail(f.id, missingIdError("todo task"));
          relist = true;
          continue;
        }
        results.save(f.id, taskId, existing ? "updated" : "created");
        // Keep the listing current, so the next single upsert needs no listing of its own.
        const linked = existing?.linked ?? linkedResource(f, language, write.mailLink);
        index?.byExternalId.set(f.id, { taskId, completed: false, linked, followUp: f });
        continue;
      }
      const error = outcome.error;
      // Deleted in To Do since the listing: make it again, after looking once more.
      const gone = error.code === "graph-not-found" && existing !== undefined;
      results.fail(f.id, gone ? { ...error, retryable: true } : error);
      if (!error.retryable && !gone) continue;
      waits.push(error);
      // A throttled sub-request did not run; anything else (a cut connection) may have.
      if (gone || !wasThrottled(outcome)) relist = true;
    }
    return ok({ relist, delayMs: passDelay(waits, options.batch?.retry?.maxWaitMs ?? 60_000) });
  }

  async function upsertFollowUps(
    writes: readonly FollowUpWrite[],
    language: Language,
  ): Promise<Result<BulkFollowUpOutcome>> {
    const started = counter.total();
    const wanted = uniqueWrites(writes);
    const results = new BulkResults();
    if (wanted.length === 0) return ok(results.outcome(wanted, 0, () => missingIdError("todo task")));
    const list = await svaraList();
    if (!list.ok) return list;
    let todo = wanted;
    let fresh = false;
    for (let pass = 1; pass <= BULK_PASSES && todo.length > 0; pass++) {
      const tasks = await known(fresh);
      if (!tasks.ok) return tasks;
      const done = await bulkPass(list.value, todo, tasks.value, language, results, pass === 1);
      if (!done.ok) return done;
      todo = todo.filter((w) => results.retryable(w.followUp.id));
      if (todo.length === 0) break;
      fresh = done.value.relist;
      if (fresh) index = null;
      if (done.value.delayMs > 0) await bulkSleep(done.value.delayMs);
    }
    return ok(results.outcome(wanted, counter.total() - started, () => missingIdError("todo task")));
  }

  async function completeFollowUps(taskIds: readonly string[]): Promise<Result<BulkCompleteOutcome>> {
    const started = counter.total();
    const ids = [...new Set(taskIds)];
    if (ids.length === 0) return ok({ done: [], failed: [], requests: 0 });
    const list = await svaraList();
    if (!list.ok) return list;
    const items: BatchItem[] = ids.map((taskId, i) => ({
      id: `c${i}`,
      method: "PATCH",
      url: `${tasksPath(list.value)}/${seg(taskId)}`,
      body: { status: "completed" },
      idempotent: true,
    }));
    const sent = ids.length
      ? await sendBatch(http, items, options.batch)
      : ok({ results: [], roundTrips: 0 });
    if (!sent.ok) return sent;
    const answers = new Map(ids.map((id, i) => [id, sent.value.results[i]!]));
    const outcome = completeOutcome(ids, answers, counter.total() - started);
    const done = new Set(outcome.done);
    for (const k of index?.byExternalId.values() ?? []) {
      if (done.has(k.taskId)) index!.byExternalId.set(k.linked.externalId!, { ...k, completed: true });
    }
    return ok(outcome);
  }

  const bulkSleep = (ms: number): Promise<void> =>
    options.batch?.clock?.sleep?.(ms) ?? new Promise((resolve) => setTimeout(resolve, ms));

  return { upsertFollowUp, upsertFollowUps, listFollowUps, complete, completeFollowUps };
}
