import { createStore } from "zustand/vanilla";
import {
  answerClock,
  type AnswerClock,
  type AppError,
  type Candidate,
  type IsoInstant,
  type Process,
  type Settings,
  withoutErasing,
} from "../domain";
import { stampNow, type Stamp } from "../sync/commands";
import { candidateActions, type CandidateActions } from "./candidateActions";
import { retentionActions, type RetentionActions } from "./retentionActions";
import {
  processActions,
  removalSlice,
  type CandidateMove,
  type ProcessActions,
  type RemovalDeps,
  type RemovalSlice,
} from "./processActions";
import type { SyncEngine } from "../sync/engine";

/** The processes and their candidates as the recruiter should see them (the engine's optimistic
 * view). Changes go out as commands through the engine; this store never talks to Graph. */
export interface ProcessesStore extends CandidateActions, ProcessActions, RemovalSlice, RetentionActions {
  readonly status: "loading" | "ready" | "error";
  readonly processes: readonly Process[];
  readonly error: AppError | null;
  /** Process documents that could not be read: shown, never silently left out. */
  readonly unreadable: readonly AppError[];
  /** Set while the processes shown are this device's copy (Microsoft 365 out of reach). */
  readonly offline: AppError | null;
  /** The engine's view changed. */
  showProcesses(processes: readonly Process[]): void;
  /** Reads every process from Microsoft 365 (through the engine). */
  load(): Promise<void>;
  /** Why the last removal, queued when its undo bar ended, was not saved; null when it was. */
  readonly removalError: AppError | null;
  /** The last move saved: the pane's and the dashboard's card follow the candidate to their new
   * process (paneNavigationStore.ts, refAfterMove). */
  readonly moved: CandidateMove | null;
}

export type ProcessesGateway = Pick<SyncEngine, "dispatch" | "refresh">;

/** `stamp` makes each command's id and time at the click; tests pass a predictable one. The
 * recruiter's actions (candidateActions.ts) each resolve to "saved" or why not: an error means
 * it was not saved, and the form keeps what was typed. */
export const createProcessesStore = (
  sync: ProcessesGateway,
  stamp: () => Stamp = () => stampNow(),
  timers: Pick<RemovalDeps, "now" | "setTimer" | "clearTimer"> = {},
) =>
  createStore<ProcessesStore>()((set, get) => ({
    ...processActions(
      (command) => sync.dispatch(command),
      stamp,
      (moved) => set({ moved }),
    ),
    moved: null,
    ...removalSlice(set, get, {
      ...timers,
      dispatch: (command) => sync.dispatch(command),
      stamp,
      removed: (saved) => set({ removalError: saved.ok ? null : saved.error }),
    }),
    removalError: null,
    ...candidateActions(
      (command) => sync.dispatch(command),
      stamp,
      (id) => get().processes.find((p) => p.id === id) ?? null,
    ),
    ...retentionActions((command) => sync.dispatch(command), stamp),
    status: "loading",
    processes: [],
    error: null,
    unreadable: [],
    offline: null,
    showProcesses: (processes) => set({ processes }),
    load: async () => {
      set({ status: "loading", error: null });
      const loaded = await sync.refresh();
      if (loaded.ok)
        set({ status: "ready", unreadable: loaded.value.unreadable, offline: loaded.value.offline });
      else set({ status: "error", error: loaded.error });
    },
  }));

export type ProcessesStoreApi = ReturnType<typeof createProcessesStore>;

export interface CandidateMatch {
  readonly process: Process;
  readonly candidate: Candidate;
}

type ProcessesSlice = Pick<ProcessesStore, "processes">;

// Indexed once per process: the pane looks a sender up on every mail the recruiter opens, a
// pipeline may hold 10,000 candidates, and each change makes a new processes array while the
// processes it did not touch stay the same objects — indexing them all again was a long task
// after every sync event at 5,000 candidates (issue 13). Each answer is kept per processes array,
// so the same lookup gives the same array.
const byEmailOfProcess = new WeakMap<Process, Map<string, CandidateMatch[]>>();
const answers = new WeakMap<readonly Process[], Map<string, readonly CandidateMatch[]>>();

function indexOf(process: Process): Map<string, CandidateMatch[]> {
  let index = byEmailOfProcess.get(process);
  if (!index) {
    index = new Map();
    for (const candidate of withoutErasing(process).candidates)
      for (const e of new Set(candidate.emails.map((a) => a.toLowerCase()))) {
        const found = index.get(e);
        if (found) found.push({ process, candidate });
        else index.set(e, [{ process, candidate }]);
      }
    byEmailOfProcess.set(process, index);
  }
  return index;
}

/** Every candidate with this address, in process order (one person can apply to two roles),
 * however the address is written. A candidate being erased is no one's any more: their mail opens
 * no card (decision 0010). */
export function candidatesByEmail(state: ProcessesSlice, email: string): readonly CandidateMatch[] {
  const key = email.trim().toLowerCase();
  let known = answers.get(state.processes);
  if (!known) answers.set(state.processes, (known = new Map()));
  let answer = known.get(key);
  if (!answer) {
    const found = state.processes.flatMap((process) => indexOf(process).get(key) ?? []);
    answer = found.length > 0 ? found : NO_MATCH;
    known.set(key, answer);
  }
  return answer;
}

const NO_MATCH: readonly CandidateMatch[] = [];

const NONE: readonly Candidate[] = [];

export function candidatesOfProcess(state: ProcessesSlice, processId: string): readonly Candidate[] {
  return state.processes.find((p) => p.id === processId)?.candidates ?? NONE;
}

export function candidateById(
  state: ProcessesSlice,
  processId: string,
  candidateId: string,
): CandidateMatch | null {
  const process = state.processes.find((p) => p.id === processId);
  const candidate = process?.candidates.find((c) => c.id === candidateId);
  return process && candidate ? { process, candidate } : null;
}

/** Where the candidate's answer clock stands at `now` (time comes in, so the UI can tick). */
export function clockOf(
  state: ProcessesSlice,
  processId: string,
  candidateId: string,
  settings: Settings,
  now: IsoInstant,
): AnswerClock | null {
  const match = candidateById(state, processId, candidateId);
  return match ? answerClock(match.candidate, match.process, settings, now) : null;
}
