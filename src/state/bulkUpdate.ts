// A status update to many candidates at once (issue 10): one personalised draft each, sent as
// rounds of at most 20 drafts — one CreateDrafts command, one $batch — on one ordering key, so the
// rounds go one after another, progress moves round by round and a cancel stops what has not gone.
// Pure: the store (bulkUpdateStore.ts) dispatches the plan and reads the outbox for progress.

import type { Process } from "../domain";
import { makeCommand, type CreateDrafts, type Stamp } from "../sync/commands";
import type { CommandStatus, CommandState } from "../sync/syncEvents";
import { rowKey } from "./overviewStore";
import {
  candidateDraft,
  statusDraftId,
  type Recipient,
  type SkippedRecipient,
  type TemplateForMany,
} from "./statusDrafts";
import { BUILT_IN_STATUS_UPDATE } from "./templateForMany";

/** The drafts adapter's own $batch size: one round is one request. */
const ROUND_SIZE = 20;

interface BulkDraft {
  readonly draftId: string;
  /** The candidate's rowKey. */
  readonly key: string;
  readonly name: string;
}

export interface BulkRound {
  readonly commandId: string;
  readonly drafts: readonly BulkDraft[];
}

/** A candidate who cannot get a draft, and why: named before anything is sent. */
export type BulkSkip = SkippedRecipient;

export interface BulkPlan {
  readonly runId: string;
  readonly commands: readonly CreateDrafts[];
  readonly rounds: readonly BulkRound[];
  readonly skipped: readonly BulkSkip[];
}

export function chunk<T>(items: readonly T[], size: number): T[][] {
  const rounds: T[][] = [];
  for (let i = 0; i < items.length; i += size) rounds.push(items.slice(i, i + size));
  return rounds;
}

/** The candidates behind the selected keys, in the order given; keys no longer in a process drop. */
export function recipientsOf(processes: readonly Process[], keys: Iterable<string>): Recipient[] {
  const byKey = new Map<string, Recipient>();
  for (const process of processes)
    for (const candidate of process.candidates)
      byKey.set(rowKey({ processId: process.id, candidateId: candidate.id }), { process, candidate });
  return [...keys].flatMap((key) => {
    const found = byKey.get(key);
    return found ? [found] : [];
  });
}

/**
 * Each recipient's draft of the chosen template (the built-in status update unless she chose
 * another) in their own language (else their process's), then rounds of `roundSize`. Round ids
 * derive from the click's stamp (zero-padded, so the outbox's id order is the round order).
 */
export function planBulkUpdate(
  recipients: readonly Recipient[],
  stamp: Stamp,
  roundSize: number = ROUND_SIZE,
  pick: TemplateForMany = BUILT_IN_STATUS_UPDATE,
): BulkPlan {
  const skipped: BulkSkip[] = [];
  const made = recipients.flatMap((recipient) => {
    const key = rowKey({ processId: recipient.process.id, candidateId: recipient.candidate.id });
    const draft = candidateDraft(recipient, statusDraftId(stamp, recipient), pick);
    if (draft.ok) return [{ draft: draft.value, key, name: recipient.candidate.name }];
    skipped.push({ key, name: recipient.candidate.name, reason: draft.error });
    return [];
  });
  const chunks = chunk(made, Math.max(1, roundSize));
  const commands = chunks.map((part, i) =>
    makeCommand(
      "CreateDrafts",
      { drafts: part.map((m) => m.draft), run: stamp.id },
      { id: `${stamp.id}#${String(i + 1).padStart(4, "0")}`, createdAt: stamp.createdAt },
    ),
  );
  const rounds = chunks.map((part, i) => ({
    commandId: commands[i]!.id,
    drafts: part.map((m) => ({ draftId: m.draft.id, key: m.key, name: m.name })),
  }));
  return { runId: stamp.id, commands, rounds, skipped };
}

/** A candidate whose draft did not get made, with the round to retry. */
interface BulkFailure {
  readonly key: string;
  readonly name: string;
  readonly commandId: string;
  readonly reason: NonNullable<CommandStatus["error"]>;
}

export interface BulkProgress {
  readonly total: number;
  /** Drafts Microsoft 365 confirmed: rounds sent, and the made part of a round that partly failed. */
  readonly confirmed: number;
  readonly cancelled: number;
  readonly failed: readonly BulkFailure[];
  /** Rounds still to go (pending or sending). */
  readonly waiting: number;
  readonly done: boolean;
}

type Round = BulkRound & {
  readonly state: CommandState | "cancelled" | "unknown";
  readonly status: CommandStatus | null;
};

/** Which drafts of a failed round were not made: the adapter names them in the error's cause;
 * without that, none of the round's are counted as made. */
function failedIds(status: CommandStatus): ReadonlySet<string> | null {
  const cause = status.error?.cause as { failed?: readonly { id?: unknown }[] } | undefined;
  if (!Array.isArray(cause?.failed)) return null;
  return new Set(cause.failed.map((f) => String(f.id)));
}

/** Where the update stands, from the outbox's status of each round. */
export function bulkProgress(
  rounds: readonly BulkRound[],
  commands: Readonly<Record<string, CommandStatus>>,
  cancelled: ReadonlySet<string>,
): BulkProgress {
  const seen: Round[] = rounds.map((r) => {
    const status = commands[r.commandId] ?? null;
    const state = cancelled.has(r.commandId) ? "cancelled" : (status?.state ?? "unknown");
    return { ...r, state, status };
  });
  let confirmed = 0;
  let cancelledDrafts = 0;
  let waiting = 0;
  const failed: BulkFailure[] = [];
  for (const round of seen) {
    if (round.state === "sent") confirmed += round.drafts.length;
    else if (round.state === "cancelled") cancelledDrafts += round.drafts.length;
    else if (round.state === "failed" && round.status?.error) {
      const notMade = failedIds(round.status);
      for (const d of round.drafts) {
        if (notMade && !notMade.has(d.draftId)) confirmed += 1;
        else
          failed.push({ key: d.key, name: d.name, commandId: round.commandId, reason: round.status.error });
      }
    } else waiting += 1;
  }
  const total = rounds.reduce((n, r) => n + r.drafts.length, 0);
  return { total, confirmed, cancelled: cancelledDrafts, failed, waiting, done: waiting === 0 };
}
