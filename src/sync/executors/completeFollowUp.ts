// The recruiter ticked a follow-up off. Already closed or deleted in Microsoft 365 counts as done.

import { ok } from "../../domain";
import type { CompleteFollowUp } from "../commands";
import type { Executor } from "./context";

export const executeCompleteFollowUp: Executor<CompleteFollowUp> = async (command, ctx) => {
  const { target, remoteId } = command.payload;
  const done = await (target === "todo"
    ? ctx.ports.todo.complete(remoteId)
    : ctx.ports.calendar.complete(remoteId));
  if (!done.ok && done.error.code !== "graph-not-found") return done;
  return ok({ completed: remoteId });
};
