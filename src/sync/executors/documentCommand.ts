// The pipeline every process-document command goes through: write the document, do the command's
// own extra step in Microsoft 365 (link the mail, append to OneNote), then bring the candidate's
// follow-ups in line. Each step is idempotent, so a command re-sent after any step that did not get
// marked done repeats nothing.

import { ok, rememberOneNotePage, type Process, type Result } from "../../domain";
import type { DocumentCommand } from "../commands";
import { writeDocument } from "./documentWrite";
import type { ExecutionContext, Executor, SentResult } from "./context";
import { syncFollowUps } from "./followUpSync";
import { pageBeforeWrite } from "./oneNotePage";

export type ExtraStep<C extends DocumentCommand> = (
  command: C,
  process: Process,
  ctx: ExecutionContext,
) => Promise<Result<SentResult>>;

const noExtra = async (): Promise<Result<SentResult>> => ok({});

export interface ExecutorOptions {
  /** The extra step writes to the candidate's OneNote page: find it first, so its id rides along
   * in the document write (and a rename finds it under the name it had). */
  readonly oneNotePage?: boolean;
}

export function documentExecutor<C extends DocumentCommand>(
  extra: ExtraStep<C> = noExtra,
  options: ExecutorOptions = {},
): Executor<C> {
  return async (command, ctx) => {
    const page = options.oneNotePage ? await pageBeforeWrite(command, ctx) : ok(null);
    const pageId = page.ok ? page.value : null;
    const { candidateId } = command.payload;
    const written = await writeDocument(command, ctx, (p) =>
      pageId ? rememberOneNotePage(p, candidateId, pageId) : p,
    );
    if (!written.ok) return written;
    // OneNote could not answer: the document has the change, and the command is sent again later
    // (asking OneNote twice in one try would only spend its 120 requests a minute).
    if (!page.ok) return page;
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
