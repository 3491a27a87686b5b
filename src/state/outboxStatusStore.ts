import { createStore } from "zustand/vanilla";
import { ok, type AppError, type Result } from "../domain";
import type { SyncEngine } from "../sync/engine";
import type { CommandStatus, QueueState } from "../sync/syncEvents";
import { memoLast } from "./memo";

/** Each change's way to Microsoft 365, for the "pending" badge, the failed list with its retry
 * buttons and the "sign in again" bar. */
export interface OutboxStatusStore {
  readonly commands: Readonly<Record<string, CommandStatus>>;
  readonly queue: QueueState;
  /** Why the last sweep of the reminders failed (e.g. To Do permission missing); null when fine. */
  readonly followUpProblem: AppError | null;
  commandChanged(status: CommandStatus): void;
  queueChanged(queue: QueueState): void;
  followUpsSwept(problem: AppError | null): void;
  /** The retry button of a failed change. */
  retry(commandId: string): Promise<Result<void>>;
  /** The recruiter gives up on a failed change ("discard"): gone from the outbox and the list. */
  discard(commandId: string): Promise<Result<void>>;
  /** Stops a change that has not gone yet (the bulk update's cancel); one already sending goes on,
   * and the error says so. */
  cancel(commandId: string): Promise<Result<void>>;
  /** The "Logga in" button: opens the sign-in window (a click's, the only one that may), then the
   * queue goes on. A failed sign-in (window blocked, cancelled) keeps the queue waiting, with why. */
  resume(): Promise<Result<void>>;
  /** Forget the sent ones once the UI has shown them. */
  clearSent(): void;
}

export type OutboxGateway = Pick<SyncEngine, "retry" | "resume" | "discard" | "cancel">;

/** The composition root's sign-in window; absent where nothing needs one (the emulator). */
export type SignInGateway = () => Promise<Result<void>>;

export const createOutboxStatusStore = (sync: OutboxGateway, signIn?: SignInGateway) =>
  createStore<OutboxStatusStore>()((set) => ({
    commands: {},
    queue: { paused: false },
    followUpProblem: null,
    commandChanged: (status) => set((s) => ({ commands: { ...s.commands, [status.id]: status } })),
    queueChanged: (queue) => set({ queue }),
    followUpsSwept: (problem) => set({ followUpProblem: problem }),
    retry: (commandId) => sync.retry(commandId),
    discard: async (commandId) => {
      const gone = await sync.discard(commandId);
      if (gone.ok) set((s) => ({ commands: without(s.commands, commandId) }));
      return gone;
    },
    cancel: async (commandId) => {
      const gone = await sync.cancel(commandId);
      if (gone.ok) set((s) => ({ commands: without(s.commands, commandId) }));
      return gone;
    },
    resume: async () => {
      if (signIn) {
        const signedIn = await signIn();
        if (!signedIn.ok) {
          set({ queue: { paused: true, reason: signedIn.error } });
          return signedIn;
        }
      }
      sync.resume();
      return ok(undefined);
    },
    clearSent: () =>
      set((s) => ({
        commands: Object.fromEntries(Object.entries(s.commands).filter(([, c]) => c.state !== "sent")),
      })),
  }));

const without = (commands: Readonly<Record<string, CommandStatus>>, commandId: string) =>
  Object.fromEntries(Object.entries(commands).filter(([id]) => id !== commandId));

export type OutboxStatusStoreApi = ReturnType<typeof createOutboxStatusStore>;

type Slice = Pick<OutboxStatusStore, "commands" | "queue">;

/** Saved on this device, not yet in Microsoft 365: the number on the badge. */
export function pendingCount(state: Slice): number {
  return Object.values(state.commands).filter((c) => c.state === "pending" || c.state === "sending").length;
}

/** Failed changes, oldest first, each with the reason to show beside its retry button. The same
 * array while no change moved, so `useStore(outbox, failedCommands)` re-renders only then. */
export const failedCommands = (state: Slice): readonly CommandStatus[] => failedOf(state.commands);

const failedOf = memoLast((commands: Slice["commands"]) =>
  Object.values(commands)
    .filter((c) => c.state === "failed")
    .sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : 1)),
);

/** Where one change stands (the bulk drafts' progress of issue 10 follows its command). */
export function statusOfCommand(state: Slice, commandId: string): CommandStatus | null {
  return state.commands[commandId] ?? null;
}

/** Why nothing is being sent, when the queue waits for a sign-in. */
export function pausedBecause(state: Slice): AppError | null {
  return state.queue.paused ? state.queue.reason : null;
}

/** A change that cannot merge: the recruiter's version and the one in Microsoft 365, to show
 * side by side (documentWrite.ts puts both in the failure's cause). */
export interface ConflictVersions {
  readonly local: unknown;
  readonly remote: unknown;
}

export function conflictOf(status: CommandStatus): ConflictVersions | null {
  if (status.error?.code !== "sync-conflict") return null;
  const cause = status.error.cause as { local?: unknown; remote?: unknown } | undefined;
  return cause ? { local: cause.local ?? null, remote: cause.remote ?? null } : null;
}
