// Commands made on this device and not yet confirmed by Microsoft 365, in the order they were made:
// what an optimistic view lays over the base it last read (OptimisticView for the processes,
// TemplatesView for her templates). Kept apart from the base, a rollback removes exactly one command.

import type { Result } from "../domain";

export class PendingOverlay<C extends { readonly id: string }> {
  private readonly commands: C[] = [];

  /** In the order they were made. */
  all(): readonly C[] {
    return this.commands;
  }

  has(commandId: string): boolean {
    return this.commands.some((c) => c.id === commandId);
  }

  /** Adds the command on top, once (the same id twice is one intent); false when it was there. */
  add(command: C): boolean {
    if (this.has(command.id)) return false;
    this.commands.push(command);
    return true;
  }

  /** False when it was not there. */
  remove(commandId: string): boolean {
    const i = this.commands.findIndex((c) => c.id === commandId);
    if (i < 0) return false;
    this.commands.splice(i, 1);
    return true;
  }

  /** The base with every command applied in order; one that no longer applies (what it changes is
   * gone remotely) is left out, not fatal. */
  fold<V>(base: V, apply: (value: V, command: C) => Result<V>): V {
    let value = base;
    for (const command of this.commands) {
      const next = apply(value, command);
      if (next.ok) value = next.value;
    }
    return value;
  }
}
