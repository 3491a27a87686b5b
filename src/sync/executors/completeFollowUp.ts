// The recruiter ticked a follow-up off: the process document records it on the candidate, and the
// follow-up reconcile then completes its To Do task or event, because the plan no longer holds it.
// A command stored by an older version names the remote item itself: that one is completed too
// (already closed or deleted in Microsoft 365 counts as done — the adapters' completeFollowUps).

import { err, ok } from "../../domain";
import type { CompleteFollowUp } from "../commands";
import { documentExecutor } from "./documentCommand";

export const executeCompleteFollowUp = documentExecutor<CompleteFollowUp>(async (command, _process, ctx) => {
  const { followUpId, target, remoteId } = command.payload;
  if (!target || !remoteId) return ok({});
  const port = target === "todo" ? ctx.ports.todo : ctx.ports.calendar;
  const done = await port.completeFollowUps([remoteId]);
  if (!done.ok) return done;
  const failed = done.value.failed[0];
  if (failed) return err(failed.error);
  ctx.followUps.completed(followUpId); // the reconcile next must not complete it a second time
  return ok({ completed: remoteId });
});
