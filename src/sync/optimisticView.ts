// What the recruiter sees: the processes as Microsoft 365 last gave them (the base) with every
// command not yet confirmed applied on top, in the order they were made. Keeping the two apart
// makes a rollback exact ("not saved" removes one command, not whatever happened since) and lets
// a fresher document from Graph replace the base without losing what is still in the outbox.

import { DEFAULT_SETTINGS, type IsoInstant, type Process, type Settings } from "../domain";
import { applyCommand, type Processes } from "./applyCommand";
import type { Command } from "./commands";

export type ProcessesListener = (processes: Processes) => void;

export class OptimisticView {
  private base: readonly Process[] = [];
  private readonly overlay: Command[] = [];
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
    return this.overlay.some((c) => c.id === commandId);
  }

  /** Whether a command made before `command` (another candidate's, say) and touching one of its
   * process documents is still unsent here: a change refused now may be allowed once it is sent
   * (an address freed by an earlier edit, a stage added by an earlier save). */
  hasEarlierUnsent(command: Command): boolean {
    const touched = documentsOf(command);
    for (const earlier of this.overlay) {
      if (earlier.id === command.id) return false; // the overlay is in the order they were made
      if (earlier.createdAt > command.createdAt) continue;
      if (documentsOf(earlier).some((id) => touched.includes(id))) return true;
    }
    return false;
  }

  /** Adds the command on top (once: the same id twice is one intent). */
  add(command: Command): void {
    if (this.has(command.id)) return;
    this.overlay.push(command);
    this.recompute();
  }

  remove(commandId: string): void {
    const i = this.overlay.findIndex((c) => c.id === commandId);
    if (i < 0) return;
    this.overlay.splice(i, 1);
    this.recompute();
  }

  /** A command that no longer applies (its candidate gone remotely) is left out, not fatal. */
  private recompute(): void {
    let processes: Processes = this.base;
    const now = this.now();
    for (const command of this.overlay) {
      const next = applyCommand(processes, command, now, this.settings());
      if (next.ok) processes = next.value;
    }
    this.current = processes;
    this.listener(processes);
  }
}

/** The process documents a command changes (a move changes two). */
function documentsOf(command: Command): readonly string[] {
  const payload = command.payload as { processId?: unknown; toProcessId?: unknown };
  return [payload.processId, payload.toProcessId].filter((id): id is string => typeof id === "string");
}
