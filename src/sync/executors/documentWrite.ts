// Read-modify-write of a process document with If-Match. On a 412 the command is applied again to
// the fresh document — the command carries only what the recruiter changed, so re-applying it is a
// field-by-field merge. A command already in the document writes nothing (a replay after a closed
// pane). Only what cannot merge — the candidate or process gone remotely — fails, with both versions.
// On this device the loop runs under the document's lock (Documents.exclusive): 412s are for other
// devices' writes, not our own parallel candidates'.

import { err, ok, type ErrorCode, type Process, type Result } from "../../domain";
import { isConflict } from "../../graph/graphError";
import type { StoredProcess } from "../../graph/ports";
import { applyCommand } from "../applyCommand";
import type { Command, DocumentCommand, ProcessCommand } from "../commands";
import { conflictRetriesExhausted, unmergeableConflict, waitingForEarlierChange } from "../failurePolicy";
import type { ExecutionContext } from "./context";

const MAX_CONFLICT_ROUNDS = 5;
const GONE: ReadonlySet<ErrorCode> = new Set(["candidate-not-found", "process-not-found"]);

export interface WrittenDocument {
  readonly stored: StoredProcess;
  /** False when the command was already in the document. */
  readonly wrote: boolean;
}

/** A command as applyCommand applies it to one document (or a move's half, in moveCandidate.ts). */
export type DocumentChange = (process: Process) => Result<Process>;

export async function writeDocument(
  command: DocumentCommand | ProcessCommand,
  ctx: ExecutionContext,
): Promise<Result<WrittenDocument>> {
  const change: DocumentChange = (process) => {
    const applied = applyCommand([process], command, ctx.now(), ctx.settings());
    return applied.ok ? ok(applied.value[0] ?? process) : applied;
  };
  return changeDocument(command.payload.processId, command, change, ctx);
}

/** One read-modify-write of the process document with If-Match; `command` is what a conflict
 * shows as "your change". */
export async function changeDocument(
  processId: string,
  command: Command,
  change: DocumentChange,
  ctx: ExecutionContext,
): Promise<Result<WrittenDocument>> {
  // "Your version" as the recruiter saw it, before a fresh read replaces the view's base.
  const local = ctx.localProcess(processId);
  // One read-modify-write of a document at a time on this device: our own candidates sent in
  // parallel would otherwise all write on the same ETag and all but one get a 412.
  return ctx.documents.exclusive(processId, () => readModifyWrite(processId, command, change, local, ctx));
}

async function readModifyWrite(
  processId: string,
  command: Command,
  change: DocumentChange,
  local: Process | undefined,
  ctx: ExecutionContext,
): Promise<Result<WrittenDocument>> {
  // Read inside the lock: the one before us may just have written a newer copy.
  let stored = ctx.documents.get(processId);
  let fresh = false;
  for (let round = 0; round < MAX_CONFLICT_ROUNDS; round += 1) {
    if (!stored) {
      const read = await ctx.ports.processes.read(processId);
      if (!read.ok) return read;
      fresh = true;
      if (read.value === null) {
        // Never read here, yet shown: a new process of ours whose create has not gone out yet.
        if (!ctx.documents.get(processId) && ctx.localProcess(processId))
          return err(waitingForEarlierChange(processId));
        return err(gone(command, local, null, "process-not-found"));
      }
      stored = read.value;
      ctx.documents.put(stored);
    }
    const applied = change(stored.process);
    if (!applied.ok) {
      if (!GONE.has(applied.error.code)) {
        // The recruiter made it valid on top of an earlier change of hers to this process that is
        // still on its way (another candidate's new address freeing the old one): it goes after
        // that one, in the order she acted, instead of failing for a race of her own queue.
        if (ctx.earlierChangeUnsent(processId, command.id)) return err(waitingForEarlierChange(processId));
        return applied; // invalid: no fresher copy will fix that
      }
      if (!fresh) {
        stored = undefined; // our copy may be old: look at the latest before calling it a conflict
        continue;
      }
      // Microsoft 365 lacks it, but this device still shows it: a change of ours not yet sent (a
      // new process, a candidate moved here) brings it. Wait for that, do not call it gone.
      if (stillShownHere(ctx, processId, command)) return err(waitingForEarlierChange(processId));
      return err(gone(command, local, stored, applied.error.code));
    }
    const next = applied.value;
    if (next === stored.process) return ok({ stored, wrote: false });
    const written = await ctx.ports.processes.write(next, stored.etag);
    if (written.ok) {
      ctx.documents.put(written.value);
      return ok({ stored: written.value, wrote: true });
    }
    if (!isConflict(written.error)) return written;
    stored = undefined;
  }
  return err(conflictRetriesExhausted(processId));
}

function stillShownHere(ctx: ExecutionContext, processId: string, command: Command): boolean {
  const shown = ctx.localProcess(processId);
  if (!shown) return false;
  const candidateId = candidateOf(command);
  return candidateId === null || shown.candidates.some((c) => c.id === candidateId);
}

const candidateOf = (command: Command): string | null =>
  "candidateId" in command.payload ? command.payload.candidateId : null;

function gone(
  command: Command,
  localProcess: Process | undefined,
  remote: StoredProcess | null,
  code: ErrorCode,
) {
  const candidateId = candidateOf(command);
  const local = localProcess?.candidates.find((c) => c.id === candidateId) ?? null;
  const theirs = remote?.process.candidates.find((c) => c.id === candidateId) ?? null;
  const message =
    code === "process-not-found"
      ? {
          sv: "processen har tagits bort i Microsoft 365.",
          en: "the process has been deleted in Microsoft 365.",
        }
      : {
          sv: "kandidaten har tagits bort i Microsoft 365.",
          en: "the candidate has been removed in Microsoft 365.",
        };
  return unmergeableConflict(
    { code, message },
    { candidate: local, command },
    { candidate: theirs, etag: remote?.etag ?? null },
  );
}
