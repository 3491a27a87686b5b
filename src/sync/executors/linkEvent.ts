// Linking an interview: Svara's property on the calendar event, nothing in the process document.

import { ok } from "../../domain";
import type { LinkEvent } from "../commands";
import type { Executor } from "./context";

export const executeLinkEvent: Executor<LinkEvent> = async (command, ctx) => {
  const { processId, candidateId, eventId } = command.payload;
  const linked = await ctx.ports.calendar.linkEvent(eventId, { processId, candidateId });
  return linked.ok ? ok({ linked: eventId }) : linked;
};
