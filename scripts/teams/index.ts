import { strFromU8 } from "fflate";
import type { CheckResult } from "../manifest/problem";
import type { Manifest, PackageFiles } from "./packageFiles";
import { checkTeamsIcons } from "./teamsIcons";
import { checkTeamsIdentity } from "./teamsIdentity";
import { checkTeamsSchema } from "./teamsSchema";
import { checkTeamsUrls } from "./teamsUrls";

export interface TeamsValidateOptions {
  /** Where the tab's pages are served: DEV_URL for the template, SVARA_PUBLIC_URL for a release. */
  publicUrl: string;
  /** package.json's version, which manifest.json must carry. */
  version?: string;
}

/** The Teams schema, then our own checks on a package's files (unzipped, or the template's). */
export function validateTeamsPackage(files: PackageFiles, options: TeamsValidateOptions): CheckResult {
  const schema = checkTeamsSchema(files);
  let manifest: Manifest;
  try {
    manifest = JSON.parse(strFromU8(files["manifest.json"] ?? new Uint8Array())) as Manifest;
  } catch {
    return schema; // the schema step has said manifest.json is missing or not JSON
  }
  const results = [
    schema,
    checkTeamsIdentity(manifest, { version: options.version }),
    checkTeamsIcons(manifest, files),
    checkTeamsUrls(manifest, { publicUrl: options.publicUrl }),
  ];
  return {
    problems: results.flatMap((r) => r.problems),
    checks: results.reduce((n, r) => n + r.checks, 0),
  };
}
