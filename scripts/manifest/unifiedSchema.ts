import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { ValidateFunction } from "ajv";
import { convert } from "office-addin-manifest-converter";
import { describeError, schemaRoot, validatorFor } from "./appManifestSchema";
import { Tally, type CheckResult } from "./problem";

export { draft04Keywords } from "./appManifestSchema";

/**
 * Microsoft's own parser (office-addin-manifest-converter) turns the XML manifest into the unified
 * JSON manifest, which is then validated against the JSON schema that @microsoft/app-manifest
 * ships for that manifestVersion. Both run offline: nothing is downloaded (no image download, and
 * the schema is read from node_modules, not from its $schema URL).
 *
 * Converts the manifest (given as XML text) and validates the result and its locale files.
 */
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
