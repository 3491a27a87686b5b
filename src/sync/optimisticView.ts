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

  /** Whether a command shown before `commandId` (so made before it) changes the same process and
   * is not confirmed yet: the recruiter saw `commandId` valid on top of it. */
  hasEarlierFor(processId: string, commandId: string): boolean {
    const at = this.overlay.findIndex((c) => c.id === commandId);
    return this.overlay
      .slice(0, Math.max(0, at))
      .some((c) => "processId" in c.payload && c.payload.processId === processId);
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
