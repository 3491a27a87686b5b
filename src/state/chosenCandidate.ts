import type { IsoInstant, Process, Settings } from "../domain";
import { memoLast } from "./memo";
import { candidateView, type CandidateView } from "./paneView";
import { candidateById } from "./processesStore";

/**
 * The candidate the dashboard's side panel shows, as the pane's card sees them (clock, log, next
 * follow-up); null once they are gone from every process. Memoised: the panel re-renders only when
 * the processes, the choice, the settings or the minute move.
 */
export const selectChosenCandidate = memoLast(
  (
    processes: readonly Process[],
    processId: string,
    candidateId: string,
    settings: Settings,
    now: IsoInstant,
  ): CandidateView | null => {
    const match = candidateById({ processes }, processId, candidateId);
    return match ? candidateView(match.process, match.candidate, settings, now) : null;
  },
);
