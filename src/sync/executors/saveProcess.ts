// A process made or edited in the pane, or closed and opened again. A new process is written with
// "create" semantics (If-None-Match: *): its id is new, so a document already there under it is
// this very command's, written before its answer was lost — done, not a conflict, and never twice.

import { createProcess, err, ok, processNotFound, type Result } from "../../domain";
import { isConflict } from "../../graph/graphError";
import type { CloseProcess, SaveProcess } from "../commands";
import type { ExecutionContext, Executor, SentResult } from "./context";
import { writeDocument } from "./documentWrite";
import { sweepFollowUps } from "./followUpSync";

async function create(command: SaveProcess, ctx: ExecutionContext): Promise<Result<SentResult>> {
  const { processId, fields } = command.payload;
  const made = createProcess([], processId, fields, command.createdAt);
  if (!made.ok) return made;
  const process = made.value[0]!;
  const written = await ctx.ports.processes.write(process, null);
  if (written.ok) {
    ctx.documents.put(written.value);
    return ok({ etag: written.value.etag, created: true });
  }
  if (!isConflict(written.error)) return written;
  const there = await ctx.ports.processes.read(processId);
  if (!there.ok) return there;
  if (!there.value) return err(processNotFound(processId));
  ctx.documents.put(there.value);
  return ok({ etag: there.value.etag, created: false });
}

export const executeSaveProcess: Executor<SaveProcess> = async (command, ctx) => {
  if (command.payload.create) return create(command, ctx);
  const written = await writeDocument(command, ctx);
  if (!written.ok) return written;
  return ok({ etag: written.value.stored.etag, wrote: written.value.wrote });
};

/** Closed, the process plans nothing (the recruitment is over): its candidates' To Do tasks are
 * completed and the calls still ahead deleted. Opened again, they are planned anew. */
export const executeCloseProcess: Executor<CloseProcess> = async (command, ctx) => {
  const written = await writeDocument(command, ctx);
  if (!written.ok) return written;
  const followUps = await sweepFollowUps([written.value.stored.process], ctx);
  if (!followUps.ok) return followUps;
  return ok({ etag: written.value.stored.etag, wrote: written.value.wrote, followUps: followUps.value });
};
