// A candidate added from their mail: the mail gets Svara's link and the process category, so
// Outlook shows whose it is and the candidate card finds it again.

import { ok } from "../../domain";
import type { AddCandidate } from "../commands";
import { documentExecutor } from "./documentCommand";
import { linkSkipped, processCategory } from "./context";
import { isNotFound } from "../../graph/graphError";

export const executeAddCandidate = documentExecutor<AddCandidate>(async (command, process, ctx) => {
  const mail = command.payload.sourceMail;
  if (!mail) return ok({});
  const ref = { processId: process.id, candidateId: command.payload.candidateId };
  const linked = await ctx.ports.mailLinks.link(mail.messageId, ref, processCategory(process));
  // The application moved or archived before we got to it: the candidate is in, the link skipped.
  if (!linked.ok) return isNotFound(linked.error) ? ok(linkSkipped(mail.messageId)) : linked;
  return ok({ linked: mail.messageId });
});
