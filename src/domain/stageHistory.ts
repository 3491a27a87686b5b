// The stage history (issue 13): each move appends when the candidate entered the stage, so time in
// stage can be reported and the subject-access export can show the way they went. Entries are only
// ever appended — a move back to an earlier stage is a new entry, not an edit of the old one.

import type { Candidate, IsoInstant, StageEntry } from "./model";

/**
 * The candidate with `stageId` entered at `at` appended to their history. `at` is when the
 * recruiter decided (the command's time), so a re-sent command finds its own entry and appends
 * nothing: exactly once, however often the outbox replays it.
 */
export function withStageEntered<C extends Candidate>(candidate: C, stageId: string, at: IsoInstant): C {
  const history = candidate.stageHistory ?? [];
  if (history.some((e) => e.stageId === stageId && e.at === at)) return candidate;
  const entry: StageEntry = { stageId, at };
  return { ...candidate, stageHistory: [...history, entry] };
}

/**
 * A move already in the history, or decided before the last one it holds, is a replay or a late
 * arrival: the later decision stands. Without that, a replayed sequence of moves would walk the stages again and
 * append a second path to a history that is never rewritten. A candidate without history (written
 * before it existed) has nothing to compare with: every move applies, as before.
 */
export function isStaleMove(candidate: Candidate, stageId: string, at: IsoInstant): boolean {
  const last = candidate.stageHistory?.at(-1);
  if (!last) return false;
  if (candidate.stageHistory!.some((e) => e.stageId === stageId && e.at === at)) return true;
  return Date.parse(at) < Date.parse(last.at);
}
