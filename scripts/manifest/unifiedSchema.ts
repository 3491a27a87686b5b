import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Ajv, { type ErrorObject, type ValidateFunction } from "ajv";
import addFormats from "ajv-formats";
import { convert } from "office-addin-manifest-converter";
import { Tally, type CheckResult } from "./problem";

/**
 * Microsoft's own parser (office-addin-manifest-converter) turns the XML manifest into the unified
 * JSON manifest, which is then validated against the JSON schema that @microsoft/app-manifest
 * ships for that manifestVersion. Both run offline: nothing is downloaded (no image download, and
 * the schema is read from node_modules, not from its $schema URL).
 */
const schemaRoot = path.join(
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
function validatorFor(file: string): ValidateFunction {
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

const describeError = (e: ErrorObject): string =>
  `${e.instancePath || "/"} ${e.message ?? "is invalid"}${
    e.keyword === "additionalProperties" ? ` (${JSON.stringify(e.params)})` : ""
  }`;

/** Converts the manifest (given as XML text) and validates the result and its locale files. */
export async function checkUnifiedSchema(xml: string): Promise<CheckResult> {
  const tally = new Tally("unified");
  const dir = mkdtempSync(path.join(os.tmpdir(), "svara-manifest-"));
  try {
    const input = path.join(dir, "manifest.xml");
    const out = path.join(dir, "unified");
    writeFileSync(input, xml);
    let converted = true;
    try {
      await convert(input, out, false, undefined, undefined, false);
    } catch (error) {
      converted = false;
      tally.expect(false, `office-addin-manifest-converter could not convert it: ${String(error)}`);
    }
    const manifestFile = path.join(out, "manifest.json");
    if (!converted || !tally.expect(existsSync(manifestFile), "the converter wrote no manifest.json")) {
      return tally.result();
    }
    const manifest = JSON.parse(readFileSync(manifestFile, "utf8")) as {
      manifestVersion?: string;
      localizationInfo?: { additionalLanguages?: { file: string; languageTag: string }[] };
    };
    const version = manifest.manifestVersion ?? "";
    const schemaDir = path.join(schemaRoot, `v${version}`);
    const schemaFile = path.join(schemaDir, "MicrosoftTeams.schema.json");
    if (
      !tally.expect(
        existsSync(schemaFile),
        `@microsoft/app-manifest ships no schema for manifestVersion "${version}"`,
      )
    ) {
      return tally.result();
    }
    let validate: ValidateFunction;
    let validateLocale: ValidateFunction;
    try {
      validate = validatorFor(schemaFile);
      validateLocale = validatorFor(path.join(schemaDir, "MicrosoftTeams.Localization.schema.json"));
    } catch (error) {
      tally.expect(false, String(error));
      return tally.result();
    }
    tally.checks += 1;
    if (!validate(manifest)) {
      for (const e of validate.errors ?? [])
        tally.problems.push({ check: "unified", message: `manifest.json ${describeError(e)}` });
    }

    for (const lang of manifest.localizationInfo?.additionalLanguages ?? []) {
      const file = path.join(out, lang.file);
      if (!tally.expect(existsSync(file), `the converter wrote no ${lang.file} for ${lang.languageTag}`))
        continue;
      tally.checks += 1;
      if (!validateLocale(JSON.parse(readFileSync(file, "utf8")))) {
        for (const e of validateLocale.errors ?? []) {
          tally.problems.push({ check: "unified", message: `${lang.file} ${describeError(e)}` });
        }
      }
    }
    return tally.result();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
