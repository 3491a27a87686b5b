import { createStore } from "zustand/vanilla";
import {
  answerClock,
  type AnswerClock,
  type AppError,
  type Candidate,
  type IsoInstant,
  type Process,
  type Result,
  type Settings,
} from "../domain";
import { stampNow, type Command, type Stamp } from "../sync/commands";
import { candidateActions, type CandidateActions } from "./candidateActions";
import type { SyncEngine } from "../sync/engine";

/** The processes and their candidates as the recruiter should see them (the engine's optimistic
 * view). Changes go out as commands through the engine; this store never talks to Graph. */
export interface ProcessesStore extends CandidateActions {
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
  /** Saves a change; an error means it was not saved (the form keeps the recruiter's input). */
  dispatch(command: Command): Promise<Result<unknown>>;
}

export type ProcessesGateway = Pick<SyncEngine, "dispatch" | "refresh">;

/** `stamp` makes each command's id and time at the click; tests pass a predictable one. */
export const createProcessesStore = (sync: ProcessesGateway, stamp: () => Stamp = () => stampNow()) =>
  createStore<ProcessesStore>()((set) => ({
    ...candidateActions((command) => sync.dispatch(command), stamp),
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
    dispatch: (command) => sync.dispatch(command),
  }));

export type ProcessesStoreApi = ReturnType<typeof createProcessesStore>;

export interface CandidateMatch {
  readonly process: Process;
  readonly candidate: Candidate;
}

type ProcessesSlice = Pick<ProcessesStore, "processes">;

// Indexed once per processes array: the card looks a sender up on every mail the recruiter opens,
// and a pipeline may hold 10,000 candidates.
const byEmailIndex = new WeakMap<readonly Process[], Map<string, CandidateMatch>>();

/** The candidate a mail address belongs to (the first process they are in), or null. */
export function candidateByEmail(state: ProcessesSlice, email: string): CandidateMatch | null {
  let index = byEmailIndex.get(state.processes);
  if (!index) {
    index = new Map();
    for (const process of state.processes) {
      for (const candidate of process.candidates) {
        for (const e of candidate.emails) if (!index.has(e)) index.set(e, { process, candidate });
      }
    }
    byEmailIndex.set(state.processes, index);
  }
  return index.get(email.trim().toLowerCase()) ?? null;
}

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
