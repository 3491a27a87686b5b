import { createStore } from "zustand/vanilla";
import { type AppError, type Process, type Result, type Template } from "../domain";
import { stampNow, type CreateDrafts, type Stamp } from "../sync/commands";
import { memoLast } from "./memo";
import { planBulkUpdate, recipientsOf, type BulkRound, type BulkSkip } from "./bulkUpdate";
import { templateForMany } from "./templateForMany";

/** What the bulk update needs from the rest of the app: the processes store's dispatch of the
 * rounds (in order) and the outbox status store's cancel and retry. */
export interface BulkGateway {
  /** Saves the rounds in the outbox in order; stops at the first that cannot be saved and says how
   * many were. */
  sendRounds(
    commands: readonly CreateDrafts[],
  ): Promise<{ readonly saved: number; readonly error: AppError | null }>;
  cancel(commandId: string): Promise<Result<void>>;
  retry(commandId: string): Promise<Result<void>>;
}

/** The status update to many that is under way (one at a time), and its actions. */
export interface BulkUpdateStore {
  /** The rounds saved in the outbox for the update under way; empty before the first. */
  readonly rounds: readonly BulkRound[];
  /** Who got no draft in the update under way. */
  readonly skipped: readonly BulkSkip[];
  /** Rounds the recruiter cancelled before they went. */
  readonly cancelled: ReadonlySet<string>;
  /** Rounds already on their way when the recruiter cancelled: they finish. */
  readonly notCancelled: readonly string[];
  /** Why (part of) the update could not be saved on this device. */
  readonly problem: AppError | null;
  readonly starting: boolean;
  /** The template she chose (any language's version); null: her own status update, else the built-in. */
  readonly templateId: string | null;
  chooseTemplate(id: string | null): void;
  /** One draft each of the chosen template (among `templates`) for these candidates (rowKeys), in
   * rounds of 20. */
  start(
    processes: readonly Process[],
    keys: Iterable<string>,
    templates?: readonly Template[],
  ): Promise<void>;
  /** Stops every round not yet gone. */
  cancel(): Promise<void>;
  /** The retry of a failed round: the drafts it already made are found, not made again. */
  retry(commandId: string): Promise<Result<void>>;
  /** Forget the finished update, to start another. */
  reset(): void;
}

const EMPTY = {
  rounds: [],
  skipped: [],
  cancelled: new Set<string>(),
  notCancelled: [],
  problem: null,
  starting: false,
} as const;

export const createBulkUpdateStore = (gateway: BulkGateway, stamp: () => Stamp = () => stampNow()) =>
  createStore<BulkUpdateStore>()((set, get) => ({
    ...EMPTY,
    templateId: null,
    chooseTemplate: (templateId) => set({ templateId }),
    start: async (processes, keys, templates = []) => {
      if (get().starting) return;
      const pick = templateForMany(templates, get().templateId);
      const plan = planBulkUpdate(recipientsOf(processes, keys), stamp(), undefined, pick);
      set({ ...EMPTY, skipped: plan.skipped, starting: true });
      const sent = await gateway.sendRounds(plan.commands);
      // Only rounds in the outbox are part of the update; the rest were never saved.
      set({ rounds: plan.rounds.slice(0, sent.saved), problem: sent.error, starting: false });
    },
    cancel: async () => {
      const cancelled = new Set(get().cancelled);
      const notCancelled: string[] = [];
      // Last round first: the drain never finds a gap to send into while we work backwards.
      for (const round of [...get().rounds].reverse()) {
        if (cancelled.has(round.commandId)) continue;
        const gone = await gateway.cancel(round.commandId);
        if (gone.ok) cancelled.add(round.commandId);
        else if (gone.error.code === "outbox-already-sending") notCancelled.push(round.commandId);
      }
      set({ cancelled, notCancelled });
    },
    retry: (commandId) => gateway.retry(commandId),
    reset: () => set({ ...EMPTY, cancelled: new Set() }),
  }));

export type BulkUpdateStoreApi = ReturnType<typeof createBulkUpdateStore>;

/** Before sending: how many drafts the selection makes of the chosen template and who cannot get
 * one, and why. */
export const selectBulkPreview = memoLast(
  (
    processes: readonly Process[],
    selected: ReadonlySet<string>,
    templates: readonly Template[] = [],
    templateId: string | null = null,
  ) => {
    const pick = templateForMany(templates, templateId);
    const plan = planBulkUpdate(recipientsOf(processes, selected), PREVIEW_STAMP, undefined, pick);
    return { drafts: plan.rounds.reduce((n, r) => n + r.drafts.length, 0), skipped: plan.skipped };
  },
);

const PREVIEW_STAMP: Stamp = { id: "preview", createdAt: "1970-01-01T00:00:00.000Z" };
