// The placeholders a template may use. A closed list on purpose: a typo like {{candidate.fistName}}
// is refused when the template is saved, not discovered by a candidate reading "{{…}}".

import { appError, type AppError } from "../result";

/** Every placeholder a template may use: the template editor's picker lists them. */
export const PLACEHOLDERS = [
  "candidate.firstName",
  "candidate.name",
  "process.title",
  "process.organisation",
  "process.nextStep",
  "process.timeline",
  "process.surveyUrl",
  "rejection.reason",
  "recruiter.name",
  "recruiter.email",
  // The title with the organisation when there is one: "Säljare hos Solkraft AB", or "Säljare".
  "process.titleAndOrganisation",
  // The day the candidate will have heard from us, from the answer clock: "fredag 11 december".
  "candidate.answerBy",
] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

/** Values to fill in; a list (the timeline) renders as lines or a bulleted list. */
export type TemplateValues = Partial<Record<Placeholder, string | readonly string[]>>;

/** Whether a name is one of the placeholders a template may use. */
function isPlaceholder(name: string): name is Placeholder {
  return (PLACEHOLDERS as readonly string[]).includes(name);
}

const TOKEN = /\{\{\s*([^{}]*?)\s*\}\}/g;

/** Every placeholder name in a text, in order of appearance, known or not. */
export function placeholdersIn(text: string): readonly string[] {
  return [...text.matchAll(TOKEN)].map((m) => m[1] ?? "");
}

/** Splits a text into literal parts and placeholder names (odd indexes are names). */
export function splitTemplate(text: string): readonly string[] {
  const parts: string[] = [];
  let last = 0;
  for (const m of text.matchAll(TOKEN)) {
    parts.push(text.slice(last, m.index), m[1] ?? "");
    last = (m.index ?? 0) + m[0].length;
  }
  parts.push(text.slice(last));
  return parts;
}

/** Unknown placeholders and stray braces in a template text. */
export function checkTemplateText(text: string, field: string): readonly AppError[] {
  const errors: AppError[] = [];
  for (const name of placeholdersIn(text)) {
    if (!isPlaceholder(name)) {
      errors.push(
        appError(
          "unknown-placeholder",
          `Mallen använder {{${name}}}, som inte finns. Tillgängliga: ${PLACEHOLDERS.join(", ")}.`,
          `The template uses {{${name}}}, which does not exist. Available: ${PLACEHOLDERS.join(", ")}.`,
          { field, cause: name },
        ),
      );
    }
  }
  const leftover = text.replace(TOKEN, "");
  if (leftover.includes("{{") || leftover.includes("}}")) {
    errors.push(
      appError(
        "malformed-placeholder",
        "Mallen har en ofullständig platshållare: skriv den som {{candidate.firstName}}.",
        "The template has an incomplete placeholder: write it as {{candidate.firstName}}.",
        { field },
      ),
    );
  }
  return errors;
}
