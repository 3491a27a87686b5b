// The pipeline every process-document command goes through: write the document, do the command's
// own extra step in Microsoft 365 (link the mail, append to OneNote), then bring the candidate's
// follow-ups in line. Each step is idempotent, so a command re-sent after any step that did not get
// marked done repeats nothing.

import { ok, type Process, type Result } from "../../domain";
import type { DocumentCommand } from "../commands";
import { writeDocument } from "./documentWrite";
import type { ExecutionContext, Executor, SentResult } from "./context";
import { syncFollowUps } from "./followUpSync";

export type ExtraStep<C extends DocumentCommand> = (
  command: C,
  process: Process,
  ctx: ExecutionContext,
) => Promise<Result<SentResult>>;

const noExtra = async (): Promise<Result<SentResult>> => ok({});

export function documentExecutor<C extends DocumentCommand>(extra: ExtraStep<C> = noExtra): Executor<C> {
  return async (command, ctx) => {
    const written = await writeDocument(command, ctx);
    if (!written.ok) return written;
    const process = written.value.stored.process;
    const done = await extra(command, process, ctx);
    if (!done.ok) return done;
    const followUps = await syncFollowUps(process, command.payload.candidateId, ctx);
    if (!followUps.ok) return followUps;
    return ok({
      etag: written.value.stored.etag,
      wrote: written.value.wrote,
      ...done.value,
      followUps: followUps.value,
    });
  };
}
