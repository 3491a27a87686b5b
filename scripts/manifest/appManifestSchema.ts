import { readFileSync } from "node:fs";
import path from "node:path";
import Ajv, { type ErrorObject, type ValidateFunction } from "ajv";
import addFormats from "ajv-formats";

/**
 * The JSON schemas @microsoft/app-manifest ships, read from node_modules (never from their $schema
 * URL): the Outlook manifest's unified-JSON form and the Teams app package are both checked here.
 */
export const schemaRoot = path.join(
  path.dirname(require.resolve("@microsoft/app-manifest/package.json")),
  "build",
  "json-schemas",
  "teams",
);

const compiled = new Map<string, ValidateFunction>();

/**
 * The schemas declare draft-04 but use nothing that draft-04 and Ajv's default draft differ on
 * (no boolean exclusiveMaximum, no `id`), so Ajv compiles them as they are, with `$schema` removed.
 * Their patterns are not valid as unicode regexps, hence `unicodeRegExp: false`; formats as in
 * @microsoft/app-manifest's own validator.
 */
export function validatorFor(file: string): ValidateFunction {
  const cached = compiled.get(file);
  if (cached) return cached;
  const schema = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
  const draft04Only = draft04Keywords(schema, "#");
  if (draft04Only.length > 0) {
    throw new Error(
      `${path.basename(file)} uses draft-04-only keywords (${draft04Only.join(", ")}): compile it with ajv-draft-04`,
    );
  }
  delete schema.$schema;
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv, ["uri", "email", "regex"]);
  const validate = ajv.compile(schema);
  compiled.set(file, validate);
  return validate;
}

/** Where a schema uses what draft-04 reads differently: boolean exclusiveMin/Max, string `id`. */
export function draft04Keywords(node: unknown, at: string): string[] {
  if (Array.isArray(node)) return node.flatMap((n, i) => draft04Keywords(n, `${at}/${i}`));
  if (!node || typeof node !== "object") return [];
  return Object.entries(node).flatMap(([key, value]) => [
    ...(((key === "exclusiveMaximum" || key === "exclusiveMinimum") && typeof value === "boolean") ||
    (key === "id" && typeof value === "string")
      ? [`${at}/${key}`]
      : []),
    ...draft04Keywords(value, `${at}/${key}`),
  ]);
}

export const describeError = (e: ErrorObject): string =>
  `${e.instancePath || "/"} ${e.message ?? "is invalid"}${
    e.keyword === "additionalProperties" ? ` (${JSON.stringify(e.params)})` : ""
  }`;
