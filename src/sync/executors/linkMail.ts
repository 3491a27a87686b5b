// Linking a mail writes nothing in the process document: the link lives on the message itself.
// A mail no longer there (moved, archived) is skipped, not failed.

import { candidateNotFound, err, ok, processNotFound } from "../../domain";
import type { LinkMail } from "../commands";
import type { Executor } from "./context";
import { isNotFound } from "../../graph/graphError";
import { linkSkipped, processCategory } from "./context";

export const executeLinkMail: Executor<LinkMail> = async (command, ctx) => {
  const { processId, candidateId, messageId } = command.payload;
  let process = ctx.documents.get(processId)?.process ?? ctx.localProcess(processId);
  if (!process) {
    const read = await ctx.ports.processes.read(processId);
    if (!read.ok) return read;
    if (!read.value) return err(processNotFound(processId));
    ctx.documents.put(read.value);
    process = read.value.process;
  }
  if (!process.candidates.some((c) => c.id === candidateId))
    return err(candidateNotFound(processId, candidateId));
  const linked = await ctx.ports.mailLinks.link(
    messageId,
    { processId, candidateId },
    processCategory(process),
  );
  if (!linked.ok) return isNotFound(linked.error) ? ok(linkSkipped(messageId)) : linked;
  return ok({ linked: messageId });
};
