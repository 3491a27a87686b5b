// One template chosen for many candidates (the overview's status update, "one draft each" while
// writing): each candidate gets it in their own language. The same template in the other language
// is the built-in of the same kind, or her own of the same kind and name; when there is none the
// candidate is skipped with that reason, never mailed in a language they do not write in.

import type { Candidate, Process } from "../model";
import { candidateLanguage } from "../candidateLanguage";
import { appError, err, ok, type Language, type Result } from "../result";
import { isMailTemplate } from "./mailTemplates";
import type { Template } from "./template";

const sameName = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

/** Whether two templates are one template in (possibly) two languages. */
export function sameTemplate(a: Template, b: Template): boolean {
  if (a.kind !== b.kind || a.builtIn !== b.builtIn) return false;
  return a.builtIn || sameName(a.name, b.name);
}

/** `chosen` in `language`: itself, or its counterpart; null when it has none. */
export function templateVersionIn(
  templates: readonly Template[],
  chosen: Template,
  language: Language,
): Template | null {
  if (chosen.language === language) return chosen;
  return templates.find((t) => t.language === language && sameTemplate(t, chosen)) ?? null;
}

/** The template to render for this candidate: `chosen` in their language, or why there is none. */
export function templateForCandidate(
  templates: readonly Template[],
  chosen: Template,
  candidate: Candidate,
  process: Process,
): Result<Template> {
  const language = candidateLanguage(candidate, process);
  const found = templateVersionIn(templates, chosen, language);
  return found ? ok(found) : err(noVersion(chosen, language));
}

/**
 * What a picker for many offers: the mail templates (never a call script), one entry per template
 * whatever its languages, shown in `language` when it exists in it; hers after the built-ins.
 */
export function templatesForMany(templates: readonly Template[], language: Language): Template[] {
  const offered: Template[] = [];
  for (const t of templates) {
    if (!isMailTemplate(t)) continue;
    const at = offered.findIndex((o) => sameTemplate(o, t));
    if (at < 0) offered.push(t);
    else if (t.language === language && offered[at]!.language !== language) offered[at] = t;
  }
  return [...offered.filter((t) => t.builtIn), ...offered.filter((t) => !t.builtIn)];
}

/** Where the picker starts: her own status update when she has one, else the built-in. */
export function defaultTemplateForMany(offered: readonly Template[]): Template | null {
  const updates = offered.filter((t) => t.kind === "status-update");
  return updates.find((t) => !t.builtIn) ?? updates[0] ?? null;
}

/** The mail template with this id (in either language), else where the picker starts. */
export function chosenTemplateForMany(templates: readonly Template[], id: string | null): Template | null {
  const chosen = templates.find((t) => t.id === id);
  if (chosen && isMailTemplate(chosen)) return chosen;
  return defaultTemplateForMany(templatesForMany(templates, "sv"));
}

function noVersion(chosen: Template, language: Language) {
  const sv = language === "sv" ? "svensk" : "engelsk";
  const en = language === "sv" ? "Swedish" : "English";
  return appError(
    "template-no-version",
    `Det finns ingen ${sv} version av mallen ”${chosen.name}”.`,
    `There is no ${en} version of the template "${chosen.name}".`,
    { field: "template" },
  );
}
