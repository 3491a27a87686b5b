// The follow-up sweep over the adapters' bulk methods — what sync's sweepFollowUps should do (see
// the bench's report): one listing of To Do and of the calendar, the domain's reconcile over every
// candidate at once, then one bulk write and one bulk completion per target.
import { appError } from "../../src/domain/result";
import {
  DEFAULT_SETTINGS,
  err,
  ok,
  plan,
  reconcile,
  type FollowUp,
  type Process,
  type Result,
} from "../../src/domain";
import type { CalendarPort, ExistingFollowUp, FollowUpWrite, TodoPort } from "../../src/graph/ports";

type Remote = ExistingFollowUp & { readonly target: FollowUp["target"] };

export interface SweepOutcome {
  readonly created: number;
  readonly updated: number;
  readonly completed: number;
  readonly failed: number;
}

export async function bulkSweep(
  ports: { readonly todo: TodoPort; readonly calendar: CalendarPort },
  processes: readonly Process[],
  nowIso: string,
): Promise<Result<SweepOutcome>> {
  const { todo, calendar } = ports;
  if (!todo.upsertFollowUps || !todo.completeFollowUps) return err(missing("To Do"));
  if (!calendar.upsertFollowUps || !calendar.completeFollowUps) return err(missing("calendar"));
  const [tasks, events] = await Promise.all([todo.listFollowUps(), calendar.listFollowUps()]);
  if (!tasks.ok) return tasks;
  if (!events.ok) return events;
  // Follow-ups of a process not among these are left alone (its document may be unreadable).
  const ours = new Set(processes.map((p) => p.id));
  const remote: Remote[] = [
    ...tasks.value.map((e) => ({ ...e, target: "todo" as const })),
    ...events.value.map((e) => ({ ...e, target: "calendar" as const })),
  ].filter((r) => ours.has(r.followUp.processId));
  const where = new Map(remote.map((r) => [r.followUp.id, r]));
  const desired = processes.flatMap((p) => p.candidates.flatMap((c) => plan(c, p, DEFAULT_SETTINGS, nowIso)));
  const ops = reconcile(
    desired,
    remote.map((r) => r.followUp),
  );

  const writes = (target: FollowUp["target"]): FollowUpWrite[] =>
    ops.flatMap((op) =>
      op.type !== "complete" && op.followUp.target === target
        ? [
            {
              followUp: op.followUp,
              existingId: op.type === "update" ? (where.get(op.followUp.id)?.remoteId ?? null) : null,
            },
          ]
        : [],
    );
  const completions = (target: FollowUp["target"]): string[] =>
    ops.flatMap((op) =>
      op.type === "complete" && where.get(op.id)?.target === target ? [where.get(op.id)!.remoteId] : [],
    );

  // One after the other: Outlook allows 4 requests in flight per mailbox, and each call fills them.
  const results = [
    await todo.upsertFollowUps(writes("todo"), "sv"),
    await calendar.upsertFollowUps(writes("calendar"), "sv"),
  ];
  const completed = [
    await todo.completeFollowUps(completions("todo")),
    await calendar.completeFollowUps(completions("calendar")),
  ];
  let outcome: SweepOutcome = { created: 0, updated: 0, completed: 0, failed: 0 };
  for (const r of results) {
    if (!r.ok) return r;
    outcome = {
      ...outcome,
      created: outcome.created + r.value.saved.filter((s) => s.change === "created").length,
      updated: outcome.updated + r.value.saved.filter((s) => s.change === "updated").length,
      failed: outcome.failed + r.value.failed.length,
    };
  }
  for (const r of completed) {
    if (!r.ok) return r;
    outcome = {
      ...outcome,
      completed: outcome.completed + r.value.done.length,
      failed: outcome.failed + r.value.failed.length,
    };
  }
  return ok(outcome);
}

const missing = (what: string) =>
  appError("bench-no-bulk", `${what} saknar bulkmetoder.`, `${what} has no bulk methods.`, {
    retryable: false,
  });
