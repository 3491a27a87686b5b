// Where a transition lands: one process in the recruiter's list, one candidate in a process. A
// change that changes nothing hands back the very same object, all the way up, so the engine can
// tell "nothing to write" by identity and a replay does no harm; a change that does stamps
// `updatedAt` on what it changed.

import type { CandidateRef, Candidate, IsoInstant, Process } from "../model";
import { appError, err, ok, type AppError, type Result } from "../result";

export type Processes = readonly Process[];

/** Replace one process; the same array back when the process did not change. */
export function changeProcess(
  processes: Processes,
  processId: string,
  now: IsoInstant,
  change: (p: Process) => Result<Process>,
): Result<Processes> {
  const index = processes.findIndex((p) => p.id === processId);
  const process = processes[index];
  if (!process) return err(processNotFound(processId));
  const next = change(process);
  if (!next.ok) return next;
  if (next.value === process) return ok(processes);
  const copy = [...processes];
  copy[index] = { ...next.value, updatedAt: now };
  return ok(copy);
}

/** Replace one candidate of one process; the same array back when the candidate did not change. */
export function changeCandidate(
  processes: Processes,
  ref: CandidateRef,
  now: IsoInstant,
  change: (c: Candidate, p: Process) => Result<Candidate>,
): Result<Processes> {
  return changeProcess(processes, ref.processId, now, (process) => {
    const index = process.candidates.findIndex((c) => c.id === ref.candidateId);
    const candidate = process.candidates[index];
    if (!candidate) return err(candidateNotFound(ref.processId, ref.candidateId));
    const next = change(candidate, process);
    if (!next.ok) return next;
    if (next.value === candidate) return ok(process);
    const candidates = [...process.candidates];
    candidates[index] = { ...next.value, updatedAt: now };
    return ok({ ...process, candidates });
  });
}

export function processNotFound(processId: string): AppError {
  return appError(
    "process-not-found",
    "Processen finns inte längre (kanske raderad på en annan enhet).",
    "The process no longer exists (perhaps deleted on another device).",
    { cause: { processId }, retryable: false },
  );
}

export function candidateNotFound(processId: string, candidateId: string): AppError {
  return appError(
    "candidate-not-found",
    "Kandidaten finns inte längre i processen (kanske borttagen på en annan enhet).",
    "The candidate is no longer in the process (perhaps removed on another device).",
    { cause: { processId, candidateId }, retryable: false },
  );
}

/** Linking a mail or an event, or closing a follow-up, changes nothing in the document, but the
 * candidate must still be there to link to: the same array back, or why not. */
export function requireCandidate(processes: Processes, ref: CandidateRef): Result<Processes> {
  const process = processes.find((p) => p.id === ref.processId);
  if (!process) return err(processNotFound(ref.processId));
  if (!process.candidates.some((c) => c.id === ref.candidateId))
    return err(candidateNotFound(ref.processId, ref.candidateId));
  return ok(processes);
}
