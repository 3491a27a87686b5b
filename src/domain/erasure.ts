// Erasing one candidate everywhere Svara wrote (docs/decisions/0010). The process carries the
// erasure from its first step to its last: while it runs, the entry names the candidate (so the
// pointers to their page, tasks, events and mails stay readable until the end, and the planner and
// the weekly list plan nothing for them); once done, the candidate is out and the entry is a
// receipt with no personal data — where, how many, when, by whom.

import { candidateHash } from "./followUp";
import type { ErasedPlace, Erasure, IsoInstant, Process } from "./model";

export interface ErasureStart {
  readonly id: string;
  readonly candidateId: string;
  readonly by: string;
  readonly deleteMails: boolean;
  readonly at: IsoInstant;
}

const erasuresOf = (process: Process): readonly Erasure[] => process.erasures ?? [];

/** The erasure a command started, if the process has it (running or done). */
export const erasureById = (process: Process, id: string): Erasure | undefined =>
  erasuresOf(process).find((e) => e.id === id);

/** Whether an erasure is running for this candidate: they are planned for and shown no more. */
export const isBeingErased = (process: Process, candidateId: string): boolean =>
  erasuresOf(process).some((e) => e.candidateId === candidateId && e.erasedAt === undefined);

/** The candidates of the process no one is erasing: what the pane and the lists show. */
export const withoutErasing = (process: Process): Process =>
  process.erasures?.some((e) => e.erasedAt === undefined)
    ? { ...process, candidates: process.candidates.filter((c) => !isBeingErased(process, c.id)) }
    : process;

/** The first step: the process remembers that the candidate is being erased. The same process when
 * this erasure is already there, or the candidate is gone (an erasure finished, or someone else
 * removed them: nothing of theirs is left to point at). */
export function beginErasure(process: Process, start: ErasureStart): Process {
  if (erasureById(process, start.id)) return process;
  if (!process.candidates.some((c) => c.id === start.candidateId)) return process;
  const erasure: Erasure = {
    id: start.id,
    candidateRef: candidateHash(process.id, start.candidateId),
    startedAt: start.at,
    by: start.by,
    deleteMails: start.deleteMails,
    candidateId: start.candidateId,
  };
  return { ...process, erasures: [...erasuresOf(process), erasure], updatedAt: start.at };
}

/** The last step: the candidate (and their log) out of the process, the entry a receipt. The same
 * process when the receipt is already there. */
export function finishErasure(
  process: Process,
  id: string,
  places: readonly ErasedPlace[],
  at: IsoInstant,
): Process {
  const erasure = erasureById(process, id);
  if (!erasure || erasure.erasedAt !== undefined) return process;
  const { candidateId, ...rest } = erasure;
  const receipt: Erasure = { ...rest, erasedAt: at, places };
  return {
    ...process,
    candidates: process.candidates.filter((c) => c.id !== candidateId),
    erasures: erasuresOf(process).map((e) => (e.id === id ? receipt : e)),
    updatedAt: at,
  };
}
