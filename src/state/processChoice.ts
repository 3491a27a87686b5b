// Which process the "add as candidate" form offers and preselects for a new applicant: the open
// processes, and the one their mail is about when the domain's guess finds one clearly — otherwise
// none, and the form asks the recruiter to choose. Never silently the first in the list.

import { guessProcess, openProcesses, type Process, type ProcessGuess } from "../domain";
import { memoLast } from "./memo";

export interface ProcessChoice {
  /** The open processes, in their own order. */
  readonly options: readonly Process[];
  /** The process to preselect: the guess, or null (the recruiter must pick one). */
  readonly preselected: string | null;
  readonly guess: ProcessGuess | null;
}

export const processChoice = memoLast(
  (processes: readonly Process[], subject: string, body?: string): ProcessChoice => {
    const open = openProcesses(processes);
    const guess = guessProcess(open, { subject, ...(body === undefined ? {} : { body }) });
    return { options: open, preselected: guess?.processId ?? null, guess };
  },
);
