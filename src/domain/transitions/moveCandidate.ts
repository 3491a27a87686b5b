// A candidate in the wrong process: moved to another one (their stage mapped by its kind, their log
// kept), or removed when they were added by mistake. Both sides of a move are separate documents in
// OneDrive, so each half is its own idempotent step — received by the target first, then removed
// from the source — and a move cut off between the two finishes when it runs again.

import type { CandidateRef, Candidate, IsoInstant, Process, Settings } from "../model";
import { appError, err, ok, type Result } from "../result";
import { withStageEntered } from "../stageHistory";
import { withRetentionDate } from "../retention";
import { candidateNotFound, changeProcess, processNotFound, type Processes } from "./inProcesses";

/** The target process with the candidate in it (same id), in the stage of the same kind; the same
 * process when they are already there. */
export function receiveCandidate(
  target: Process,
  candidate: Candidate,
  from: Process,
  settings: Settings,
  now: IsoInstant,
): Result<Process> {
  if (target.candidates.some((c) => c.id === candidate.id)) return ok(target);
  if (target.closedAt) {
    return err(
      appError(
        "process-closed",
        `Processen ”${target.title}” är stängd. Öppna den igen först.`,
        `The process "${target.title}" is closed. Reopen it first.`,
        { field: "toProcessId", retryable: false },
      ),
    );
  }
  const twin = target.candidates.find((c) => c.emails.some((e) => candidate.emails.includes(e)));
  if (twin) {
    return err(
      appError(
        "duplicate-candidate",
        `${twin.name} finns redan i ”${target.title}”.`,
        `${twin.name} is already in "${target.title}".`,
        { field: "toProcessId", cause: { candidateId: twin.id }, retryable: false },
      ),
    );
  }
  const kind = from.stages.find((s) => s.id === candidate.stageId)?.kind ?? "applied";
  const stage = target.stages.find((s) => s.kind === kind) ?? target.stages.find((s) => s.kind === "applied");
  const stageId = stage?.id ?? candidate.stageId;
  // Their log page lives in the old process's OneNote section: the new process starts its own.
  const { oneNotePageId: _oldPage, ...rest } = candidate;
  // The history keeps the source's entries (their stage ids are the source's) and adds the arrival.
  const moved = withRetentionDate(
    { ...withStageEntered(rest, stageId, now), stageId, updatedAt: now },
    target,
    settings,
  );
  return ok({ ...target, candidates: [...target.candidates, moved] });
}

/** The process without the candidate; the same process when they are not in it. */
export function withoutCandidate(process: Process, candidateId: string): Process {
  return process.candidates.some((c) => c.id === candidateId)
    ? { ...process, candidates: process.candidates.filter((c) => c.id !== candidateId) }
    : process;
}

/** Both halves at once, for the screen: in the target, out of the source. A move already done
 * (in the target, not in the source) changes nothing. */
export function moveCandidate(
  processes: Processes,
  ref: CandidateRef,
  toProcessId: string,
  settings: Settings,
  now: IsoInstant,
): Result<Processes> {
  if (ref.processId === toProcessId) {
    return err(
      appError(
        "same-process",
        "Kandidaten är redan i den processen.",
        "The candidate is already in that process.",
        { field: "toProcessId", retryable: false },
      ),
    );
  }
  const source = processes.find((p) => p.id === ref.processId);
  const target = processes.find((p) => p.id === toProcessId);
  if (!target) return err(processNotFound(toProcessId));
  const candidate = source?.candidates.find((c) => c.id === ref.candidateId);
  if (!source || !candidate) {
    return target.candidates.some((c) => c.id === ref.candidateId)
      ? ok(processes)
      : err(candidateNotFound(ref.processId, ref.candidateId));
  }
  const received = changeProcess(processes, toProcessId, now, (t) =>
    receiveCandidate(t, candidate, source, settings, now),
  );
  if (!received.ok) return received;
  return changeProcess(received.value, ref.processId, now, (s) => ok(withoutCandidate(s, ref.candidateId)));
}
