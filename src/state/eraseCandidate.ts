// Erasing a candidate from this device's side (decision 0010): what is still queued for them is
// cancelled — never sent, so nothing about them is written after the erasure — then the erasure is
// queued (keyed on them, so it goes after anything already on its way), and what was typed about
// them leaves the device.

import type { CandidateRef, Process, Result } from "../domain";
import { candidateKey, makeCommand, type Command, type Stamp } from "../sync/commands";
import type { CommandStatus } from "../sync/syncEvents";

export interface EraseDeps {
  readonly dispatch: (command: Command) => Promise<Result<unknown>>;
  readonly stamp: () => Stamp;
  /** The outbox's commands as this device shows them. */
  readonly commands: () => Readonly<Record<string, CommandStatus>>;
  /** Stops a command not yet sending (one already sending goes first: the erasure waits for it). */
  readonly cancel: (commandId: string) => Promise<Result<void>>;
  readonly forgetNoteDraft: (ref: CandidateRef) => void;
}

export interface EraseChoice {
  /** Their mails to Deleted Items as well. */
  readonly deleteMails: boolean;
  /** The recruiter's address, for the receipt. */
  readonly by: string;
}

export async function eraseCandidate(
  ref: CandidateRef,
  choice: EraseChoice,
  deps: EraseDeps,
): Promise<Result<unknown>> {
  const key = candidateKey(ref.processId, ref.candidateId);
  const waiting = Object.values(deps.commands()).filter(
    (c) => c.key === key && (c.state === "pending" || c.state === "failed"),
  );
  for (const c of waiting) await deps.cancel(c.id);
  const saved = await deps.dispatch(
    makeCommand("EraseCandidate", { ...ref, deleteMails: choice.deleteMails, by: choice.by }, deps.stamp()),
  );
  if (saved.ok) deps.forgetNoteDraft(ref);
  return saved;
}

/** The pane's erase action: the receipt names the recruiter signed in here, else the process's
 * owner (a host that does not tell who is signed in still leaves a name that is not the candidate's). */
export interface PaneEraseDeps extends EraseDeps {
  readonly me: () => string | null;
}

export type PaneErase = (
  process: Process,
  candidateId: string,
  deleteMails: boolean,
) => Promise<Result<unknown>>;

export const paneEraser =
  (deps: PaneEraseDeps): PaneErase =>
  (process, candidateId, deleteMails) =>
    eraseCandidate(
      { processId: process.id, candidateId },
      { deleteMails, by: deps.me() ?? process.owner.email },
      deps,
    );
