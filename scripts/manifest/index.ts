import { readFileSync } from "node:fs";
import path from "node:path";
import { checkControlIds } from "./controlIds";
import { checkIcons } from "./icons";
import { checkIdentity } from "./identity";
import { checkLaunchEvents } from "./launchEvents";
import type { CheckResult, Problem } from "./problem";
import { checkResids } from "./resids";
import { checkUnifiedSchema } from "./unifiedSchema";
import { checkUrls } from "./urls";
import { checkOrder } from "./xmlOrder";
import { parseManifest } from "./xmlTree";

export type { Problem } from "./problem";

export interface ValidateOptions {
  /** The folder that holds assets/ (the repository root for the real manifest). */
  rootDir: string;
  /** Skip the converter + JSON schema step (for tests of the other checks). */
  skipUnified?: boolean;
  /** A release manifest (e.g. dist/manifest.xml): no URL may point at localhost. */
  noLocalhost?: boolean;
}

/** Runs every check on the manifest's XML text. Problems come back in check order. */
export async function validateManifestXml(xml: string, options: ValidateOptions): Promise<CheckResult> {
  const parsed = parseManifest(xml);
  if ("error" in parsed) {
    return { problems: [{ check: "xml", message: `not well-formed XML: ${parsed.error}` }], checks: 1 };
  }
  const { root } = parsed;
  const results: CheckResult[] = [
    { problems: [], checks: 1 },
    checkIdentity(root),
    checkOrder(root),
    checkResids(root),
    checkControlIds(root),
    checkLaunchEvents(root),
    checkIcons(root, { rootDir: options.rootDir }),
    checkUrls(root, { noLocalhost: options.noLocalhost }),
  ];
  if (!options.skipUnified) results.push(await checkUnifiedSchema(xml));
  return {
    problems: results.flatMap((r) => r.problems),
    checks: results.reduce((n, r) => n + r.checks, 0),
  };
}

/** Validates a manifest file; its assets/ are looked up beside it. */
export async function validateManifestFile(
  file: string,
  options: Omit<ValidateOptions, "rootDir"> = {},
): Promise<CheckResult> {
  return validateManifestXml(readFileSync(file, "utf8"), {
    ...options,
    rootDir: path.dirname(path.resolve(file)),
  });
}

/** One line per problem, e.g. `manifest.xml: [resid] <Label resid="X">…`. */
export const formatProblem = (label: string, p: Problem): string => `${label}: [${p.check}] ${p.message}`;
