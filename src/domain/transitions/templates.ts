// A change to the recruiter's own templates, as the outbox carries it: re-applied on whatever
// document Microsoft 365 holds when it is sent. Applying a change that is already in returns the
// very same array (nothing to write), so a re-send after a lost answer makes no twin.

import { ok, type Result } from "../result";
import { isBuiltInTemplateId } from "../templates/builtInIds";
import {
  copyTemplate,
  createTemplate,
  deleteTemplate,
  editTemplate,
  type TemplateDraft,
} from "../templates/userTemplates";
import type { Template } from "../templates/template";

export type TemplateChange =
  | { readonly op: "create"; readonly templateId: string; readonly draft: TemplateDraft }
  | {
      readonly op: "copy";
      readonly templateId: string;
      readonly sourceId: string;
      readonly name: string;
    }
  | { readonly op: "edit"; readonly templateId: string; readonly draft: TemplateDraft }
  | { readonly op: "delete"; readonly templateId: string };

const sameText = (t: Template, d: TemplateDraft): boolean =>
  t.name === d.name &&
  t.kind === d.kind &&
  t.language === d.language &&
  t.subject === d.subject &&
  t.body === d.body;

export function changeTemplates(
  library: readonly Template[],
  change: TemplateChange,
): Result<readonly Template[]> {
  const existing = library.find((t) => t.id === change.templateId);
  switch (change.op) {
    case "create":
      // The id is the command's: a template with it is this very change, made before.
      return existing ? ok(library) : createTemplate(library, change.templateId, change.draft);
    case "copy":
      return existing ? ok(library) : copyTemplate(library, change.sourceId, change.templateId, change.name);
    case "edit":
      if (existing && sameText(existing, change.draft)) return ok(library);
      return editTemplate(library, change.templateId, change.draft);
    case "delete":
      // Gone already (deleted here before, or on another device) is done; a built-in is refused.
      return existing || isBuiltInTemplateId(change.templateId)
        ? deleteTemplate(library, change.templateId)
        : ok(library);
  }
}
