// The recruiter's own templates as one JSON document (`approot:/templates.json`): one read brings
// them all to any device she signs in on. A document that cannot be read whole is refused, never
// half-read: writing back half of it would delete the rest.

import { appError, err, ok, type AppError, type Result } from "../result";
import { TEMPLATE_KINDS, type Template, type TemplateKind } from "./template";

const TEMPLATES_SCHEMA = "svara.templates/1";

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);

function unreadable(sv: string, en: string, field: string): AppError {
  return appError(
    "invalid-templates-document",
    `Mallfilen går inte att läsa: ${sv}`,
    `The templates file cannot be read: ${en}`,
    {
      field,
      retryable: false,
    },
  );
}

function readTemplate(v: unknown, index: number): Result<Template> {
  const at = `templates[${index}]`;
  if (!isObj(v)) return err(unreadable(`${at} är ingen mall.`, `${at} is not a template.`, at));
  const text = (key: string): string | null => (typeof v[key] === "string" ? (v[key] as string) : null);
  const [id, name, subject, body] = [text("id"), text("name"), text("subject"), text("body")];
  if (id === null || id === "" || name === null || subject === null || body === null) {
    return err(
      unreadable(`${at} saknar id, namn, ämne eller text.`, `${at} lacks id, name, subject or text.`, at),
    );
  }
  const language = v["language"];
  if (language !== "sv" && language !== "en") {
    return err(unreadable(`${at} har inget språk.`, `${at} has no language.`, at));
  }
  // A kind this version does not know (written by a newer one) is still her text: kept as custom.
  const kind = (TEMPLATE_KINDS as readonly unknown[]).includes(v["kind"])
    ? (v["kind"] as TemplateKind)
    : "custom";
  return ok({ id, kind, language, name, subject, body, builtIn: false });
}

export function parseTemplatesDocument(json: unknown): Result<readonly Template[]> {
  if (!isObj(json)) return err(unreadable("ingen JSON-objekt.", "not a JSON object.", "schema"));
  if (json["schema"] !== TEMPLATES_SCHEMA) {
    return err(
      unreadable(
        `okänd version ${String(json["schema"])}.`,
        `unknown version ${String(json["schema"])}.`,
        "schema",
      ),
    );
  }
  const list = json["templates"];
  if (!Array.isArray(list))
    return err(unreadable("mallarna saknas.", "the templates are missing.", "templates"));
  const templates: Template[] = [];
  for (const [i, v] of list.entries()) {
    const read = readTemplate(v, i);
    if (!read.ok) return read;
    templates.push(read.value);
  }
  return ok(templates);
}

/** The document's text: fields in a fixed order, so the same templates always give the same bytes. */
export function templatesToJson(templates: readonly Template[]): string {
  return JSON.stringify(
    {
      schema: TEMPLATES_SCHEMA,
      templates: templates.map(({ id, kind, language, name, subject, body }) => ({
        id,
        kind,
        language,
        name,
        subject,
        body,
      })),
    },
    null,
    2,
  );
}
