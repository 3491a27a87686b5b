// Rendering a template: every placeholder must have a value (a missing one is refused, naming the
// field, rather than sent as an empty gap), and everything — template text and values alike — is
// escaped for HTML, so a name like "<script>" arrives as text.

import { escapeHtml } from "../htmlEscape";
import { appError, err, ok, type Result } from "../result";
import { checkTemplateText, splitTemplate, type Placeholder, type TemplateValues } from "./placeholders";

export interface TemplateText {
  readonly subject: string;
  readonly body: string;
}

export interface Rendered {
  /** Mail subjects are plain text. */
  readonly subject: string;
  readonly html: string;
  readonly text: string;
}

function valueOf(values: TemplateValues, name: string): string | readonly string[] | undefined {
  const v = values[name as Placeholder];
  if (v === undefined) return undefined;
  if (typeof v === "string") return v.trim() === "" ? undefined : v;
  const items = v.filter((x) => x.trim() !== "");
  return items.length === 0 ? undefined : items;
}

function renderPlain(text: string, values: TemplateValues): string {
  return splitTemplate(text)
    .map((part, i) => {
      if (i % 2 === 0) return part;
      const v = valueOf(values, part) ?? "";
      return typeof v === "string" ? v : v.map((item) => `– ${item}`).join("\n");
    })
    .join("");
}

function renderParagraph(paragraph: string, values: TemplateValues): string {
  const parts = splitTemplate(paragraph);
  // A paragraph that is only a list placeholder becomes a real list.
  if (parts.length === 3 && parts[0]?.trim() === "" && parts[2]?.trim() === "") {
    const v = valueOf(values, parts[1] ?? "");
    if (v !== undefined && typeof v !== "string") {
      return `<ul>${v.map((item) => `<li>${escapeHtml(item)}</li>`).join("")}</ul>`;
    }
  }
  const inner = parts
    .map((part, i) => {
      if (i % 2 === 0) return escapeHtml(part);
      const v = valueOf(values, part) ?? "";
      return typeof v === "string" ? escapeHtml(v) : v.map(escapeHtml).join("<br>");
    })
    .join("")
    .replace(/\r?\n/g, "<br>");
  return `<p>${inner}</p>`;
}

export function renderTemplate(template: TemplateText, values: TemplateValues): Result<Rendered> {
  const problems = [
    ...checkTemplateText(template.subject, "subject"),
    ...checkTemplateText(template.body, "body"),
  ];
  if (problems[0]) return err(problems[0]);
  for (const text of [template.subject, template.body]) {
    const parts = splitTemplate(text);
    for (let i = 1; i < parts.length; i += 2) {
      const name = parts[i] ?? "";
      if (valueOf(values, name) === undefined) {
        return err(
          appError(
            "missing-value",
            `Mallen behöver ett värde för {{${name}}}, men det saknas.`,
            `The template needs a value for {{${name}}}, but it is missing.`,
            { field: name },
          ),
        );
      }
    }
  }
  const subject = renderPlain(template.subject, values)
    .replace(/\s*\n\s*/g, " ")
    .trim();
  const paragraphs = template.body
    .replace(/\r\n/g, "\n")
    .split(/\n\s*\n/)
    .filter((p) => p.trim() !== "");
  return ok({
    subject,
    html: paragraphs.map((p) => renderParagraph(p.trim(), values)).join("\n"),
    text: renderPlain(template.body, values).trim(),
  });
}
