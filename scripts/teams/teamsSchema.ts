import { existsSync } from "node:fs";
import path from "node:path";
import type { ValidateFunction } from "ajv";
import { strFromU8 } from "fflate";
import { describeError, schemaRoot, validatorFor } from "../manifest/appManifestSchema";
import { Tally, type CheckResult } from "../manifest/problem";
import type { PackageFiles } from "./packageFiles";

/** Parses a package's JSON file, or says why it cannot. */
function readJson(files: PackageFiles, name: string): { value: unknown } | { error: string } {
  const bytes = files[name];
  if (!bytes) return { error: `the package has no ${name}` };
  try {
    return { value: JSON.parse(strFromU8(bytes)) as unknown };
  } catch (error) {
    return { error: `${name} is not JSON: ${String(error)}` };
  }
}

/** One check; each of the schema's own errors is a problem of its own. */
function fits(tally: Tally, validate: ValidateFunction, value: unknown, file: string): void {
  tally.checks += 1;
  if (validate(value)) return;
  for (const e of validate.errors ?? [])
    tally.problems.push({ check: "schema", message: `${file} ${describeError(e)}` });
}

interface Localized {
  manifestVersion?: unknown;
  localizationInfo?: { additionalLanguages?: { file?: unknown; languageTag?: unknown }[] };
}

/**
 * manifest.json against the Teams schema for its own manifestVersion, and each language file
 * localizationInfo names against that version's localization schema, all from node_modules.
 */
export function checkTeamsSchema(files: PackageFiles): CheckResult {
  const tally = new Tally("schema");
  const read = readJson(files, "manifest.json");
  if (!tally.expect(!("error" in read), "error" in read ? read.error : "")) return tally.result();
  const manifest = (read as { value: Localized }).value;
  const version = String(manifest.manifestVersion ?? "");
  const dir = path.join(schemaRoot, `v${version}`);
  if (
    !tally.expect(
      /^\d+\.\d+$/.test(version) && existsSync(path.join(dir, "MicrosoftTeams.schema.json")),
      `@microsoft/app-manifest ships no Teams schema for manifestVersion "${version}"`,
    )
  ) {
    return tally.result();
  }
  fits(tally, validatorFor(path.join(dir, "MicrosoftTeams.schema.json")), manifest, "manifest.json");

  const validateLocale = validatorFor(path.join(dir, "MicrosoftTeams.Localization.schema.json"));
  for (const lang of manifest.localizationInfo?.additionalLanguages ?? []) {
    const file = String(lang.file ?? "");
    const strings = readJson(files, file);
    if (
      tally.expect(
        !("error" in strings),
        "error" in strings ? `${String(lang.languageTag)}: ${strings.error}` : "",
      )
    )
      fits(tally, validateLocale, (strings as { value: unknown }).value, file);
  }
  return tally.result();
}
