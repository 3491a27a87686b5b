// Moving a candidate along the process: to the next stage, back again, or out of it — hired,
// withdrawn, or rejected with the reason they will be told.

import type { Candidate, IsoInstant, Process, Rejection, Settings } from "../model";
import { sameRejection, validateRejection } from "../rejection";
import { appError, err, ok, type Result } from "../result";
import { withRetentionDate } from "../retention";
import { isStaleMove, withStageEntered } from "../stageHistory";

export interface StageMove {
  readonly stageId: string;
  /** Required when the stage's kind is "rejected": the candidate must be told why. */
  readonly rejection: Rejection | null;
}

/**
 * The candidate in the new stage, or the same candidate when they are there already with the same
 * rejection. `decidedAt` is when the recruiter decided: a candidate who leaves left then, not when
 * the outbox got through, and their erasure date counts from it.
 */
export function moveStage(
  candidate: Candidate,
  process: Process,
  move: StageMove,
  decidedAt: IsoInstant,
  settings: Settings,
): Result<Candidate> {
  const stage = process.stages.find((s) => s.id === move.stageId);
  if (!stage) {
    return err(
      appError(
        "unknown-stage",
        `Steget ”${move.stageId}” finns inte i processen.`,
        `The stage "${move.stageId}" is not part of the process.`,
        { field: "stageId", retryable: false },
      ),
    );
  }
  let rejection: Rejection | null = null;
  if (stage.kind === "rejected") {
    const r = validateRejection(move.rejection);
    if (!r.ok) return r;
    rejection = r.value;
  }
  if (candidate.stageId === stage.id && sameRejection(candidate.rejection, rejection)) return ok(candidate);
  if (candidate.stageId !== stage.id && isStaleMove(candidate, stage.id, decidedAt)) return ok(candidate);
  const leaving = stage.kind === "rejected" || stage.kind === "withdrawn" || stage.kind === "hired";
  const leftAt = leaving ? (candidate.leftAt ?? decidedAt) : null;
  // A new rejection reason in the same stage is no new stage: the history records entries only.
  const moved = candidate.stageId === stage.id ? candidate : withStageEntered(candidate, stage.id, decidedAt);
  return ok(withRetentionDate({ ...moved, stageId: stage.id, rejection, leftAt }, process, settings));
}
