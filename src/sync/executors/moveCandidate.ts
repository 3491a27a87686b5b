// A candidate moved to another process. Two documents, so the order makes it exactly once: the
// target receives the candidate (same id) first, then the source lets go. Each half is idempotent
// — a target that has them receives nothing, a source without them loses nothing — so a move cut
// off between the writes finishes when it is sent again, and the candidate ends in exactly one
// process. Then their mails carry the new link and category, and the reminders are planned anew
// (the old process's completed, the new one's made).

import { candidateNotFound, err, ok, receiveCandidate, withoutCandidate } from "../../domain";
import type { MoveCandidate } from "../commands";
import { processCategory, type ExecutionContext, type Executor, type SentResult } from "./context";
import { changeDocument } from "./documentWrite";
import { syncFollowUps } from "./followUpSync";
import { relinkMails } from "./relinkMails";

async function readProcess(processId: string, ctx: ExecutionContext) {
  const read = await ctx.ports.processes.read(processId);
  if (read.ok && read.value) ctx.documents.put(read.value);
  return read;
}

export const executeMoveCandidate: Executor<MoveCandidate> = async (command, ctx) => {
  const { processId, candidateId, toProcessId } = command.payload;
  const source = await readProcess(processId, ctx);
  if (!source.ok) return source;
  const candidate = source.value?.process.candidates.find((c) => c.id === candidateId);
  if (source.value && candidate) {
    const from = source.value.process;
    const received = await changeDocument(
      toProcessId,
      command,
      (target) => receiveCandidate(target, candidate, from, ctx.settings(), ctx.now()),
      ctx,
    );
    if (!received.ok) return received;
  }
  // Second half: the source lets go (nothing to do when an earlier try got this far).
  const released = await changeDocument(processId, command, (p) => ok(withoutCandidate(p, candidateId)), ctx);
  if (!released.ok) return released;
  const target = ctx.documents.get(toProcessId) ?? (await readTarget(toProcessId, ctx));
  if (!target) return err(candidateNotFound(toProcessId, candidateId));
  if (!target.process.candidates.some((c) => c.id === candidateId))
    return err(candidateNotFound(processId, candidateId));
  const relinked = await relinkMails(
    { processId, candidateId },
    { ref: { processId: toProcessId, candidateId }, category: processCategory(target.process) },
    processCategory(released.value.stored.process),
    ctx,
  );
  if (!relinked.ok) return relinked;
  const closed = await syncFollowUps(released.value.stored.process, candidateId, ctx);
  if (!closed.ok) return closed;
  const planned = await syncFollowUps(target.process, candidateId, ctx);
  if (!planned.ok) return planned;
  const sent: SentResult = {
    etag: target.etag,
    relinked: relinked.value,
    followUps: {
      created: planned.value.created,
      updated: planned.value.updated,
      completed: closed.value.completed + planned.value.completed,
    },
  };
  return ok(sent);
};

async function readTarget(processId: string, ctx: ExecutionContext) {
  const read = await readProcess(processId, ctx);
  return read.ok ? read.value : null;
}
