// Automatic erasure (issue 14, docs/decisions/0011-retention.md): when the firm turned it on, the
// candidates whose retention date came a grace period ago are erased by the existing EraseCandidate
// command. Every device that is open runs this once its page is idle; they all make the SAME command
// for a candidate — its id from the candidate, `by` the rule, not the recruiter — so a second
// device's dispatch is "already sent" in its own outbox, and in the process document it resumes the
// first device's erasure (its entry has that id) instead of starting another: one erasure, one receipt.

import {
  dueForAutomaticErasure,
  type CandidateRef,
  type FirmSettings,
  type IsoInstant,
  type Process,
  type Result,
  type Settings,
} from "../domain";
import { eraseCandidate, type EraseDeps } from "./eraseCandidate";

/** Who the receipt says erased them: the firm's rule, not whichever recruiter's device was open. */
export const RETENTION_ERASER = "svara-retention";

/** The erase command's id for an automatic erasure of this candidate, the same on every device. */
export const retentionErasureId = (ref: CandidateRef): string =>
  `retention:${ref.processId}/${ref.candidateId}`;

export interface AutomaticErasureInput {
  readonly processes: readonly Process[];
  /** With the firm's months in place (settingsStore.ts). */
  readonly settings: Settings;
  readonly firm: FirmSettings;
  readonly now: IsoInstant;
}

/** Queues the erasure of everyone due; resolves to whom it queued (and why one could not be). */
export async function eraseDueAutomatically(
  input: AutomaticErasureInput,
  deps: Omit<EraseDeps, "stamp">,
): Promise<readonly { readonly ref: CandidateRef; readonly saved: Result<unknown> }[]> {
  const due = dueForAutomaticErasure(input.processes, input.settings, input.firm, input.now);
  const done = [];
  const queued = deps.commands();
  for (const ref of due) {
    // Already in this device's outbox (queued at an earlier start, or sent this week): nothing to add.
    if (queued[retentionErasureId(ref)]) continue;
    const saved = await eraseCandidate(
      ref,
      { deleteMails: false, by: RETENTION_ERASER },
      { ...deps, stamp: () => ({ id: retentionErasureId(ref), createdAt: input.now }) },
    );
    done.push({ ref, saved });
  }
  return done;
}
