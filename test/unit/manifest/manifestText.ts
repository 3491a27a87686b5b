import { readFileSync } from "node:fs";
import path from "node:path";
import { parseManifest, type XmlElement } from "../../../scripts/manifest/xmlTree";

/** The repository root: manifest.xml and assets/ live there. */
export const ROOT = path.resolve(__dirname, "..", "..", "..");

/** The real manifest's XML text. */
export const realManifest = (): string => readFileSync(path.join(ROOT, "manifest.xml"), "utf8");

/**
 * The real manifest with `from` replaced by `to` (every occurrence). Throws when `from` is not
 * there, so a test cannot pass just because the manifest changed under it.
 */
export function broken(from: string | RegExp, to: string, xml = realManifest()): string {
  const found = typeof from === "string" ? xml.includes(from) : from.test(xml);
  if (!found) throw new Error(`the manifest has no ${String(from)} to break`);
  return typeof from === "string" ? xml.split(from).join(to) : xml.replace(from, to);
}

/** Parses XML that must be well-formed. */
export function rootOf(xml: string): XmlElement {
  const parsed = parseManifest(xml);
  if ("error" in parsed) throw new Error(parsed.error);
  return parsed.root;
}

/** The problem messages, for `toContainEqual(expect.stringContaining(…))`. */
export const messages = (result: { problems: { message: string }[] }): string[] =>
  result.problems.map((p) => p.message);
