// What the recruiter sees: the processes as Microsoft 365 last gave them (the base) with every
// command not yet confirmed applied on top, in the order they were made. Keeping the two apart
// makes a rollback exact ("not saved" removes one command, not whatever happened since) and lets
// a fresher document from Graph replace the base without losing what is still in the outbox.

import { DEFAULT_SETTINGS, type IsoInstant, type Process, type Settings } from "../domain";
import { applyCommand, type Processes } from "./applyCommand";
import type { Command } from "./commands";
import { PendingOverlay } from "./pendingOverlay";

export type ProcessesListener = (processes: Processes) => void;

export class OptimisticView {
  private base: readonly Process[] = [];
  private readonly overlay = new PendingOverlay<Command>();
  private current: Processes = [];

  constructor(
    private readonly now: () => IsoInstant,
    private readonly settings: () => Settings = () => DEFAULT_SETTINGS,
    private readonly listener: ProcessesListener = () => undefined,
  ) {}

  processes(): Processes {
    return this.current;
  }

  baseProcess(processId: string): Process | undefined {
    return this.base.find((p) => p.id === processId);
  }

  setBase(processes: Processes): void {
    this.base = [...processes];
    this.recompute();
  }

  /** A new array every time: stores and selectors tell change by identity. */
  upsertBase(process: Process): void {
    const i = this.base.findIndex((p) => p.id === process.id);
    this.base = i >= 0 ? this.base.map((p, j) => (j === i ? process : p)) : [...this.base, process];
    this.recompute();
  }

  has(commandId: string): boolean {
    return this.overlay.has(commandId);
  }

  /** Whether a command made before `command` (another candidate's, say) and touching one of its
   * process documents is still unsent here: a change refused now may be allowed once it is sent
   * (an address freed by an earlier edit, a stage added by an earlier save). */
  hasEarlierUnsent(command: Command): boolean {
    const touched = documentsOf(command);
    for (const earlier of this.overlay.all()) {
      if (earlier.id === command.id) return false; // the overlay is in the order they were made
      if (earlier.createdAt > command.createdAt) continue;
      if (documentsOf(earlier).some((id) => touched.includes(id))) return true;
    }
    return false;
  }

  /** Adds the command on top (once: the same id twice is one intent). */
  add(command: Command): void {
    if (this.overlay.add(command)) this.recompute();
  }

  remove(commandId: string): void {
    if (this.overlay.remove(commandId)) this.recompute();
  }

  private recompute(): void {
    const now = this.now();
    const processes = this.overlay.fold<Processes>(this.base, (value, command) =>
      applyCommand(value, command, now, this.settings()),
    );
    this.current = processes;
    this.listener(processes);
  }
}

/** The process documents a command changes (a move changes two). */
function documentsOf(command: Command): readonly string[] {
  const payload = command.payload as { processId?: unknown; toProcessId?: unknown };
  return [payload.processId, payload.toProcessId].filter((id): id is string => typeof id === "string");
}
