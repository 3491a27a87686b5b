// Makes the follow-ups in To Do and the calendar match what the planner wants now: create what is
// missing, update what moved, complete what is no longer wanted. Built on the domain's reconcile,
// so running it again right after makes no calls but the two lists. After a change, one candidate
// (syncFollowUps); now and then, everyone (sweepFollowUps: time alone moves plans — overdue, a
// status update owed after quiet days — and another device may have changed a candidate).

import {
  err,
  latestMail,
  ok,
  plan,
  reconcileInParts,
  type FollowUp,
  type FollowUpOperation,
  type Process,
  type Result,
} from "../../domain";
import type { MailLink } from "../../graph/ports";
import type { Processes } from "../applyCommand";
import type { ExecutionContext } from "./context";
import type { Remote } from "./remoteFollowUps";
import { inSlices } from "../yieldToMain";

export interface FollowUpChanges {
  readonly created: number;
  readonly updated: number;
  readonly completed: number;
}

/** The listing (kept briefly by ctx.followUps), forgotten when an operation fails midway. */
async function listRemote(ctx: ExecutionContext): Promise<Result<readonly Remote[]>> {
  return ctx.followUps.list();
}

/** Candidates planned, or follow-ups compared, between two turns for the browser (a sweep's
 * tests make it smaller, to cut a small pipeline into many slices). */
const SWEEP_SLICE = 200;

const NONE: FollowUpChanges = { created: 0, updated: 0, completed: 0 };
const add = (a: FollowUpChanges, b: FollowUpChanges): FollowUpChanges => ({
  created: a.created + b.created,
  updated: a.updated + b.updated,
  completed: a.completed + b.completed,
});

const ofCandidate = (processId: string, candidateId: string) => (r: Remote) =>
  r.followUp.processId === processId && r.followUp.candidateId === candidateId;

export async function syncFollowUps(
  process: Process,
  candidateId: string,
  ctx: ExecutionContext,
): Promise<Result<FollowUpChanges>> {
  const candidate = process.candidates.find((c) => c.id === candidateId);
  const desired = candidate ? plan(candidate, process, ctx.settings(), ctx.now()) : [];
  const remote = await listRemote(ctx);
  if (!remote.ok) return remote;
  const theirs = remote.value.filter(ofCandidate(process.id, candidateId));
  // Completing a follow-up completes its twins too: those of this candidate's follow-ups go now.
  const ids = new Set([...desired.map((f) => f.id), ...theirs.map((r) => r.followUp.id)]);
  return applyPlan(desired, theirs, ctx, [process], (id) => ids.has(id));
}

/**
 * Every candidate of every process, with one listing of To Do and one of the calendar. Follow-ups
 * of candidates no longer in their process are completed; those of a process not among
 * `processes` are left alone (its document may just have been unreadable). The whole sweep goes
 * out as $batches of 20 (ARCHITECTURE.md §6: 200 candidates in about ceil(n/20) requests).
 */
export async function sweepFollowUps(
  processes: Processes,
  ctx: ExecutionContext,
  slice = SWEEP_SLICE,
): Promise<Result<FollowUpChanges>> {
  const remote = await listRemote(ctx);
  if (!remote.ok) return remote;
  const ours = new Set(processes.map((p) => p.id));
  const swept = remote.value.filter((r) => ours.has(r.followUp.processId));
  // Planning 5,000 candidates at once held the pane's thread for seconds (issue 13): slices of
  // SWEEP_SLICE with a turn for the browser between them.
  const everyone = processes.flatMap((p) => p.candidates.map((c) => [p, c] as const));
  const [settings, now] = [ctx.settings(), ctx.now()];
  const desired = await inSlices(everyone, slice, ([p, c]) => plan(c, p, settings, now));
  // Every twin goes, whoever's process: the copy kept is untouched, so this is safe even for a
  // process whose document could not be read.
  return applyPlan(desired, swept, ctx, processes, () => true, slice);
}

/** Each To Do task links to its candidate's latest mail ("opens in Outlook"): worked out when
 * first asked for, once per candidate. */
function mailLinks(processes: Processes): (f: FollowUp) => MailLink | undefined {
  const candidates = new Map<string, readonly [Process, Process["candidates"][number]]>();
  for (const p of processes) for (const c of p.candidates) candidates.set(`${p.id}/${c.id}`, [p, c]);
  const links = new Map<string, MailLink | undefined>();
  return (f) => {
    const key = `${f.processId}/${f.candidateId}`;
    if (links.has(key)) return links.get(key);
    const [p, c] = candidates.get(key) ?? [];
    const mail = c ? latestMail(c) : undefined;
    const link =
      mail && p ? { webUrl: mail.webLink, displayName: mail.subject.trim() || p.title } : undefined;
    links.set(key, link);
    return link;
  };
}

/** The reconcile's operations, target by target: each target's writes as one bulk call (a
 * candidate's few, or a sweep's many in $batches of 20), then its completions as another. */
async function applyPlan(
  desired: readonly FollowUp[],
  remote: readonly Remote[],
  ctx: ExecutionContext,
  processes: Processes,
  twinsInScope: (followUpId: string) => boolean,
  slice = SWEEP_SLICE,
): Promise<Result<FollowUpChanges>> {
  const twins = await ctx.followUps.twins();
  if (!twins.ok) return twins;
  const where = new Map(remote.map((r) => [r.followUp.id, r]));
  const linkOf = mailLinks(processes);
  // A sweep compares thousands of follow-ups and works out as many mail links: in slices, each a
  // task of its own. A candidate's own sync is a few: at once, as before.
  const big = desired.length > slice || remote.length > slice;
  const each = <T, R>(items: readonly T[], size: number, work: (item: T) => readonly R[]) =>
    big ? inSlices(items, size, work) : Promise.resolve(items.flatMap(work));
  const parts = reconcileInParts(
    desired,
    remote.map((r) => r.followUp),
    slice,
  );
  const planned = await each(parts, 1, (part): readonly FollowUpOperation[] => part());
  // A newer mail moves a task's link although the follow-up itself is the same: update it too.
  const touched = new Set(planned.flatMap((op) => (op.type === "complete" ? [] : [op.followUp.id])));
  const relinked = await each(desired, slice, (f) => {
    const r = where.get(f.id);
    if (f.target !== "todo" || !r || touched.has(f.id)) return [];
    const link = linkOf(f);
    return link && r.mailUrl !== link.webUrl ? [f] : [];
  });
  const ops = [...planned, ...relinked.map((followUp) => ({ type: "update" as const, followUp }))];
  const byId = new Map(desired.map((f) => [f.id, f]));
  let total = NONE;
  let firstError: Result<never> | null = null;
  // One target after the other: each bulk call already keeps Outlook's 4 requests in flight.
  for (const target of ["todo", "calendar"] as const) {
    const port = target === "todo" ? ctx.ports.todo : ctx.ports.calendar;
    const writes = ops.flatMap((op) =>
      op.type !== "complete" && op.followUp.target === target
        ? [
            {
              followUp: op.followUp,
              existingId: op.type === "update" ? (where.get(op.followUp.id)?.remoteId ?? null) : null,
              ...(target === "todo" && linkOf(op.followUp) ? { mailLink: linkOf(op.followUp)! } : {}),
            },
          ]
        : [],
    );
    if (writes.length > 0) {
      const saved = await port.upsertFollowUps(writes, ctx.language());
      if (!saved.ok) {
        ctx.followUps.forget();
        return saved;
      }
      for (const s of saved.value.saved) {
        const followUp = byId.get(s.id);
        if (followUp) ctx.followUps.saved(followUp, s.remoteId, linkOf(followUp)?.webUrl);
        if (s.change === "created") total = add(total, { ...NONE, created: 1 });
        if (s.change === "updated") total = add(total, { ...NONE, updated: 1 });
      }
      if (saved.value.failed.length > 0) {
        // Retryable or not, the next sweep tries them again; the first reason is what the UI shows.
        ctx.followUps.forget();
        firstError ??= err(saved.value.failed[0]!.error);
      }
    }
    const gone = ops.flatMap((op) =>
      op.type === "complete" && where.get(op.id)?.target === target ? [where.get(op.id)!] : [],
    );
    // Twins converge: every device keeps the same copy (domain/twins.ts) and completes the others.
    const extra = twins.value.filter((t) => t.target === target && twinsInScope(t.followUpId));
    if (gone.length > 0 || extra.length > 0) {
      const done = await port.completeFollowUps([...gone, ...extra].map((r) => r.remoteId));
      if (!done.ok) {
        ctx.followUps.forget();
        return done;
      }
      const finished = new Set(done.value.done);
      for (const r of gone) {
        if (!finished.has(r.remoteId)) continue;
        ctx.followUps.completed(r.followUp.id);
        total = add(total, { ...NONE, completed: 1 });
      }
      total = add(total, { ...NONE, completed: extra.filter((t) => finished.has(t.remoteId)).length });
      if (done.value.failed.length > 0) {
        ctx.followUps.forget();
        firstError ??= err(done.value.failed[0]!.error);
      }
    }
  }
  return firstError ?? ok(total);
}
