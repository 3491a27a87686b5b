// Her own templates as she should see them: the document as Microsoft 365 last gave it (the base,
// with its ETag, which the executor writes back with If-Match) and every template change not yet
// confirmed applied on top — the processes' OptimisticView, for the one templates document.

import { changeTemplates, type Result, type Template } from "../domain";
import type { StoredTemplates } from "../graph/ports";
import type { ChangeTemplate, Command } from "./commands";
import { PendingOverlay } from "./pendingOverlay";

export type TemplatesListener = (templates: readonly Template[]) => void;

export const isTemplateCommand = (command: Command): command is ChangeTemplate =>
  command.type === "ChangeTemplate";

export class TemplatesView {
  /** undefined: not read yet; null: read, and there is no document (no template of her own). */
  private stored: StoredTemplates | null | undefined = undefined;
  private readonly overlay = new PendingOverlay<ChangeTemplate>();
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
    if (isTemplateCommand(command) && this.overlay.add(command)) this.recompute();
  }

  remove(commandId: string): void {
    if (this.overlay.remove(commandId)) this.recompute();
  }

  /** A change that no longer applies (its template deleted elsewhere) is left out, not fatal. */
  private recompute(): void {
    const templates = this.overlay.fold<readonly Template[]>(this.stored?.templates ?? [], (value, command) =>
      changeTemplates(value, command.payload.change),
    );
    this.current = templates;
    this.listener(templates);
  }
}
