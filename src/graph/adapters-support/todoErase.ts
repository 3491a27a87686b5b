// An erased candidate's To Do tasks (decision 0010): every task of the Svara list whose follow-up
// is theirs — open or completed, the copy kept and its twins alike — deleted. Its own listing, of
// every status: a completed task still holds their name.
import type { TodoTask } from "@microsoft/microsoft-graph-types";
import { ok, type Result } from "../../domain/result";
import type { GraphHttp } from "../graphHttp";
import { deleteEach } from "./deleteEach";
import { SHAPES } from "./listingShapes";
import { allPages } from "./paging";
import { seg, withQuery } from "./query";
import { followUpFromExtension, followUpFromLegacyNotes, svaraExtension } from "./taskBody";
import { APPLICATION } from "./taskFields";
import type { CandidateRef } from "../../domain";

/** Whether a task of the Svara list is one of this candidate's follow-ups. */
function isCandidateTask(task: TodoTask, ref: CandidateRef): boolean {
  const linked = (task.linkedResources ?? []).find((r) => r.applicationName === APPLICATION && r.externalId);
  if (!linked) return false;
  const f =
    followUpFromExtension(svaraExtension((task as { extensions?: unknown[] }).extensions)) ??
    followUpFromLegacyNotes(task.body?.content);
  if (f) return f.processId === ref.processId && f.candidateId === ref.candidateId;
  // A damaged follow-up: its id still starts with whom it is about (domain/followUp.ts followUpId).
  return linked.externalId!.startsWith(`${ref.processId}:${ref.candidateId}:`);
}

/** Deletes the candidate's tasks in the list at `tasksPath`; how many went now. */
export async function deleteCandidateTasksIn(
  http: GraphHttp,
  tasksPath: string,
  ref: CandidateRef,
): Promise<Result<number>> {
  const tasks = await allPages<TodoTask>(
    http,
    withQuery(tasksPath, { $expand: "linkedResources,extensions", $top: 100 }),
    { what: "todo tasks", shape: SHAPES.todoTasks },
  );
  if (!tasks.ok) return tasks;
  const theirs = tasks.value.items.filter((t) => t.id && isCandidateTask(t, ref));
  const deleted = await deleteEach(
    http,
    theirs.map((t) => `${tasksPath}/${seg(t.id!)}`),
  );
  return deleted.ok ? ok(deleted.value) : deleted;
}
