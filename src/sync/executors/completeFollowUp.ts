// The recruiter ticked a follow-up off. Already closed or deleted in Microsoft 365 counts as done
// (the adapters' completeFollowUps says so).

import { err, ok } from "../../domain";
import type { CompleteFollowUp } from "../commands";
import type { Executor } from "./context";

export const executeCompleteFollowUp: Executor<CompleteFollowUp> = async (command, ctx) => {
  const { target, remoteId } = command.payload;
  const port = target === "todo" ? ctx.ports.todo : ctx.ports.calendar;
  const done = await port.completeFollowUps([remoteId]);
  if (!done.ok) return done;
  const failed = done.value.failed[0];
  return failed ? err(failed.error) : ok({ completed: remoteId });
};
