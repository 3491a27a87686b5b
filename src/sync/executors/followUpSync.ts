// Makes the candidate's follow-ups in To Do and the calendar match what the planner wants now:
// create what is missing, update what moved, complete what is no longer wanted. Built on the
// domain's reconcile, so running it again right after makes no calls at all.

import { err, ok, plan, reconcile, type FollowUp, type Process, type Result } from "../../domain";
import type { ExistingFollowUp } from "../../graph/ports";
import type { ExecutionContext } from "./context";

type Target = FollowUp["target"];

export interface FollowUpChanges {
  readonly created: number;
  readonly updated: number;
  readonly completed: number;
}

export async function syncFollowUps(
  process: Process,
  candidateId: string,
  ctx: ExecutionContext,
): Promise<Result<FollowUpChanges>> {
  const candidate = process.candidates.find((c) => c.id === candidateId);
  const desired = candidate ? plan(candidate, process, ctx.settings(), ctx.now()) : [];
  const [todo, calendar] = await Promise.all([
    ctx.ports.todo.listFollowUps(),
    ctx.ports.calendar.listFollowUps(),
  ]);
  if (!todo.ok) return todo;
  if (!calendar.ok) return calendar;
  const mine = (e: ExistingFollowUp) =>
    e.followUp.processId === process.id && e.followUp.candidateId === candidateId;
  const where = new Map<string, { remoteId: string; target: Target }>();
  for (const e of todo.value.filter(mine)) where.set(e.followUp.id, { remoteId: e.remoteId, target: "todo" });
  for (const e of calendar.value.filter(mine))
    where.set(e.followUp.id, { remoteId: e.remoteId, target: "calendar" });
  const existing = [...todo.value, ...calendar.value].filter(mine).map((e) => e.followUp);

  const changes = { created: 0, updated: 0, completed: 0 };
  // One at a time: a handful of operations per candidate, and To Do / Outlook limit concurrency.
  for (const op of reconcile(desired, existing)) {
    const language = ctx.language();
    if (op.type === "complete") {
      const remote = where.get(op.id);
      if (!remote) continue;
      const done = await (remote.target === "todo"
        ? ctx.ports.todo.complete(remote.remoteId)
        : ctx.ports.calendar.complete(remote.remoteId));
      if (!done.ok && done.error.code !== "graph-not-found") return err(done.error);
      changes.completed += 1;
      continue;
    }
    const existingId = op.type === "update" ? (where.get(op.followUp.id)?.remoteId ?? null) : null;
    const saved = await (op.followUp.target === "todo"
      ? ctx.ports.todo.upsertFollowUp(op.followUp, language, existingId)
      : ctx.ports.calendar.upsertFollowUp(op.followUp, language, existingId));
    if (!saved.ok) return saved;
    if (op.type === "create") changes.created += 1;
    else changes.updated += 1;
  }
  return ok(changes);
}
