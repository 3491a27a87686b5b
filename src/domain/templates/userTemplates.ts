// The recruiter's own templates: created, edited, copied and deleted as values (the caller stores
// the list). They pass the same checks as the defaults, and the defaults stay read-only.

import { appError, err, ok, type AppError, type Result } from "../result";
import type { Language } from "../result";
import { isBuiltInTemplateId } from "./builtInIds";
import { DEFAULT_TEMPLATES } from "./library";
import { checkTemplateText } from "./placeholders";
import { TEMPLATE_KINDS, type Template, type TemplateKind } from "./template";

export interface TemplateDraft {
  readonly name: string;
  readonly kind: TemplateKind;
  readonly language: Language;
  readonly subject: string;
  readonly body: string;
}

/** Every problem with a draft at once: the template editor shows them before saving. */
export function validateTemplate(draft: TemplateDraft): readonly AppError[] {
  const errors: AppError[] = [];
  const need = (value: string, field: string, sv: string, en: string): void => {
    if (value.trim() === "")
      errors.push(appError("required", `${sv} saknas.`, `${en} is missing.`, { field }));
  };
  need(draft.name, "name", "Mallens namn", "The template name");
  need(draft.subject, "subject", "Ämnesraden", "The subject");
  need(draft.body, "body", "Texten", "The text");
  if (!(TEMPLATE_KINDS as readonly string[]).includes(draft.kind)) {
    errors.push(
      appError("invalid-template-kind", "Okänd malltyp.", "Unknown template kind.", { field: "kind" }),
    );
  }
  if (draft.language !== "sv" && draft.language !== "en") {
    errors.push(
      appError("invalid-language", "Välj svenska eller engelska.", "Choose Swedish or English.", {
        field: "language",
      }),
    );
  }
  errors.push(...checkTemplateText(draft.subject, "subject"), ...checkTemplateText(draft.body, "body"));
  if (draft.kind.startsWith("rejection-") && !draft.body.includes("{{rejection.reason}}")) {
    errors.push(
      appError(
        "rejection-without-reason",
        "Ett avslag måste tala om varför: ta med {{rejection.reason}} i texten.",
        "A rejection must say why: include {{rejection.reason}} in the text.",
        { field: "body" },
      ),
    );
  }
  return errors;
}

function invalid(errors: readonly AppError[]): Result<never> {
  return err(
    appError(
      "invalid-template",
      errors.map((e) => e.message.sv).join(" "),
      errors.map((e) => e.message.en).join(" "),
      { field: errors[0]?.field, cause: errors },
    ),
  );
}

function notFound(id: string): Result<never> {
  return err(
    appError("template-not-found", `Mallen ”${id}” finns inte.`, `The template "${id}" does not exist.`, {
      field: "id",
    }),
  );
}

function builtIn(id: string): Result<never> {
  return err(
    appError(
      "built-in-template",
      "Standardmallarna kan inte ändras eller tas bort: kopiera mallen och ändra kopian.",
      "The default templates cannot be changed or deleted: copy the template and change the copy.",
      { field: "id", cause: id },
    ),
  );
}

const isDefault = isBuiltInTemplateId;

/** `id` comes from the caller (the command id), which keeps this function pure. */
export function createTemplate(
  library: readonly Template[],
  id: string,
  draft: TemplateDraft,
): Result<readonly Template[]> {
  if (isDefault(id) || library.some((t) => t.id === id)) {
    return err(
      appError("template-exists", `Mallen ”${id}” finns redan.`, `The template "${id}" already exists.`, {
        field: "id",
      }),
    );
  }
  const errors = validateTemplate(draft);
  if (errors.length > 0) return invalid(errors);
  return ok([...library, { id, builtIn: false, ...pick(draft) }]);
}

export function editTemplate(
  library: readonly Template[],
  id: string,
  draft: TemplateDraft,
): Result<readonly Template[]> {
  if (isDefault(id)) return builtIn(id);
  if (!library.some((t) => t.id === id)) return notFound(id);
  const errors = validateTemplate(draft);
  if (errors.length > 0) return invalid(errors);
  return ok(library.map((t) => (t.id === id ? { id, builtIn: false, ...pick(draft) } : t)));
}

export function copyTemplate(
  library: readonly Template[],
  sourceId: string,
  newId: string,
  name: string,
): Result<readonly Template[]> {
  const source = [...DEFAULT_TEMPLATES, ...library].find((t) => t.id === sourceId);
  if (!source) return notFound(sourceId);
  return createTemplate(library, newId, { ...pick(source), name });
}

export function deleteTemplate(library: readonly Template[], id: string): Result<readonly Template[]> {
  if (isDefault(id)) return builtIn(id);
  if (!library.some((t) => t.id === id)) return notFound(id);
  return ok(library.filter((t) => t.id !== id));
}

/** The defaults followed by the recruiter's own, for pickers. */
export function allTemplates(library: readonly Template[]): readonly Template[] {
  return [...DEFAULT_TEMPLATES, ...library];
}

function pick(t: TemplateDraft): TemplateDraft {
  return { name: t.name, kind: t.kind, language: t.language, subject: t.subject, body: t.body };
}
