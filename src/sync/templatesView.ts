// Her own templates as she should see them: the document as Microsoft 365 last gave it (the base,
// with its ETag, which the executor writes back with If-Match) and every template change not yet
// confirmed applied on top — the processes' OptimisticView, for the one templates document.

import { changeTemplates, type Result, type Template } from "../domain";
import type { StoredTemplates } from "../graph/ports";
import type { ChangeTemplate, Command } from "./commands";

export type TemplatesListener = (templates: readonly Template[]) => void;

export const isTemplateCommand = (command: Command): command is ChangeTemplate =>
  command.type === "ChangeTemplate";

export class TemplatesView {
  /** undefined: not read yet; null: read, and there is no document (no template of her own). */
  private stored: StoredTemplates | null | undefined = undefined;
  private readonly overlay: ChangeTemplate[] = [];
  private current: readonly Template[] = [];

  constructor(private readonly listener: TemplatesListener = () => undefined) {}

  templates(): readonly Template[] {
    return this.current;
  }

  /** The last document read or written, for the executor's read-modify-write. */
  get(): StoredTemplates | null | undefined {
    return this.stored;
  }

  put(stored: StoredTemplates | null): void {
    this.stored = stored;
    this.recompute();
  }

  /** What the change would do to what she sees now: an invalid one is refused before it is saved. */
  check(command: ChangeTemplate): Result<readonly Template[]> {
    return changeTemplates(this.current, command.payload.change);
  }

  add(command: Command): void {
    if (!isTemplateCommand(command) || this.overlay.some((c) => c.id === command.id)) return;
    this.overlay.push(command);
    this.recompute();
  }

  remove(commandId: string): void {
    const i = this.overlay.findIndex((c) => c.id === commandId);
    if (i < 0) return;
    this.overlay.splice(i, 1);
    this.recompute();
  }

  /** A change that no longer applies (its template deleted elsewhere) is left out, not fatal. */
  private recompute(): void {
    let templates = this.stored?.templates ?? [];
    for (const command of this.overlay) {
      const next = changeTemplates(templates, command.payload.change);
      if (next.ok) templates = next.value;
    }
    this.current = templates;
    this.listener(templates);
  }
}
