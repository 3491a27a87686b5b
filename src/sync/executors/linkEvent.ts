// Linking an interview: Svara's property on the calendar event, nothing in the process document.
// An event no longer there is skipped, not failed.

import { ok } from "../../domain";
import type { LinkEvent } from "../commands";
import { linkSkipped, type Executor } from "./context";
import { isNotFound } from "../../graph/graphError";

export const executeLinkEvent: Executor<LinkEvent> = async (command, ctx) => {
  const { processId, candidateId, eventId } = command.payload;
  const linked = await ctx.ports.calendar.linkEvent(eventId, { processId, candidateId });
  if (!linked.ok) return isNotFound(linked.error) ? ok(linkSkipped(eventId)) : linked;
  return ok({ linked: eventId });
};
