// What the recruiter can do to processes, and to a candidate across processes, each made into a
// command with a fresh id at the click and dispatched (like candidateActions.ts). A removal waits a
// few seconds behind an undo bar before it becomes a command (removalSlice below): nothing is
// removed until the bar is gone, so "undo" is exact — no mail relinked back, no reminder remade.

import { newProcessId, ok, type CandidateRef, type ProcessFields, type Result } from "../domain";
import { makeCommand, type Command, type Stamp } from "../sync/commands";

export interface ProcessActions {
  /** A new process (`processId` null) or an edit; resolves with the process's id once saved. */
  saveProcess(processId: string | null, fields: ProcessFields): Promise<Result<string>>;
  closeProcess(processId: string, closed: boolean): Promise<Result<unknown>>;
  moveCandidate(ref: CandidateRef, toProcessId: string): Promise<Result<unknown>>;
}

/** A candidate moved to another process (same id): where the screens showing them go next. */
export interface CandidateMove {
  readonly from: CandidateRef;
  readonly to: CandidateRef;
}

/** `moved` hears of each move once it is saved, so the card showing the candidate can follow. */
export function processActions(
  dispatch: (command: Command) => Promise<Result<unknown>>,
  stamp: () => Stamp,
  moved: (move: CandidateMove) => void = () => undefined,
): ProcessActions {
  return {
    saveProcess: async (processId, fields) => {
      const s = stamp();
      const id = processId ?? newProcessId(fields.title, s.id);
      const saved = await dispatch(
        makeCommand("SaveProcess", { processId: id, create: processId === null, fields }, s),
      );
      return saved.ok ? ok(id) : saved;
    },
    closeProcess: (processId, closed) =>
      dispatch(makeCommand("CloseProcess", { processId, closed }, stamp())),
    moveCandidate: async (ref, toProcessId) => {
      const saved = await dispatch(makeCommand("MoveCandidate", { ...ref, toProcessId }, stamp()));
      if (saved.ok) moved({ from: ref, to: { processId: toProcessId, candidateId: ref.candidateId } });
      return saved;
    },
  };
}

/** A removal waiting behind its undo bar. */
interface PendingRemoval extends CandidateRef {
  readonly name: string;
  /** Epoch ms when it becomes a command. */
  readonly at: number;
}

export interface RemovalSlice {
  readonly pendingRemovals: readonly PendingRemoval[];
  /** Starts the undo window; the removal is queued when it ends (unless undone). */
  removeCandidate(ref: CandidateRef, name: string): void;
  undoRemoval(ref: CandidateRef): void;
  /** The undo window cut short ("remove now"): queued at once. */
  removeNow(ref: CandidateRef): Promise<Result<unknown>>;
}

export const UNDO_MS = 8_000;

export interface RemovalDeps {
  readonly dispatch: (command: Command) => Promise<Result<unknown>>;
  readonly stamp: () => Stamp;
  /** The outcome of a removal queued when its window ended ("saved" or why not). */
  readonly removed: (result: Result<unknown>, removal: PendingRemoval) => void;
  readonly now?: () => number;
  readonly setTimer?: (run: () => void, ms: number) => unknown;
  readonly clearTimer?: (timer: unknown) => void;
}

const same = (a: CandidateRef, b: CandidateRef) =>
  a.processId === b.processId && a.candidateId === b.candidateId;

/** The undo bar's state and timers, for a zustand store's `set`/`get`. */
export function removalSlice(
  set: (partial: Pick<RemovalSlice, "pendingRemovals">) => void,
  get: () => RemovalSlice,
  deps: RemovalDeps,
): RemovalSlice {
  const now = deps.now ?? (() => Date.now());
  const setTimer = deps.setTimer ?? ((run, ms) => setTimeout(run, ms));
  const clearTimer = deps.clearTimer ?? ((t) => clearTimeout(t as ReturnType<typeof setTimeout>));
  const timers = new Map<string, unknown>();
  const key = (ref: CandidateRef) => `${ref.processId}/${ref.candidateId}`;
  const drop = (ref: CandidateRef) => {
    const timer = timers.get(key(ref));
    if (timer !== undefined) clearTimer(timer);
    timers.delete(key(ref));
    set({ pendingRemovals: get().pendingRemovals.filter((p) => !same(p, ref)) });
  };
  const commit = async (ref: CandidateRef): Promise<Result<unknown>> => {
    const pending = get().pendingRemovals.find((p) => same(p, ref));
    if (!pending) return ok(null); // undone meanwhile
    drop(ref);
    const saved = await deps.dispatch(
      makeCommand(
        "RemoveCandidate",
        { processId: ref.processId, candidateId: ref.candidateId },
        deps.stamp(),
      ),
    );
    deps.removed(saved, pending);
    return saved;
  };
  return {
    pendingRemovals: [],
    removeCandidate: (ref, name) => {
      if (get().pendingRemovals.some((p) => same(p, ref))) return;
      const pending: PendingRemoval = {
        processId: ref.processId,
        candidateId: ref.candidateId,
        name,
        at: now() + UNDO_MS,
      };
      set({ pendingRemovals: [...get().pendingRemovals, pending] });
      timers.set(
        key(ref),
        setTimer(() => void commit(ref), UNDO_MS),
      );
    },
    undoRemoval: (ref) => drop(ref),
    removeNow: (ref) => commit(ref),
  };
}

/** The removal waiting for this candidate, if any. */
export function pendingRemovalOf(state: Pick<RemovalSlice, "pendingRemovals">, ref: CandidateRef) {
  return state.pendingRemovals.find((p) => same(p, ref)) ?? null;
}
