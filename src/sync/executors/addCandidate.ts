// A candidate added from their mail: the mail gets Svara's link and the process category, so
// Outlook shows whose it is and the candidate card finds it again.

import { ok } from "../../domain";
import type { AddCandidate } from "../commands";
import { documentExecutor } from "./documentCommand";
import { processCategory } from "./context";

export const executeAddCandidate = documentExecutor<AddCandidate>(async (command, process, ctx) => {
  const mail = command.payload.sourceMail;
  if (!mail) return ok({});
  const ref = { processId: process.id, candidateId: command.payload.candidateId };
  const linked = await ctx.ports.mailLinks.link(mail.messageId, ref, processCategory(process));
  return linked.ok ? ok({ linked: mail.messageId }) : linked;
});
