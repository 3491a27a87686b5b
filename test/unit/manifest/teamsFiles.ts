import { strFromU8, strToU8 } from "fflate";
import { templateFiles, type Manifest, type PackageFiles } from "../../../scripts/teams/packageFiles";
import { ROOT } from "./manifestText";

/** The Teams package as the template in teams/ makes it (dev URLs). */
export const templatePackage = (): PackageFiles => templateFiles(ROOT);

export const manifestOf = (files: PackageFiles): Manifest =>
  JSON.parse(strFromU8(files["manifest.json"]!)) as Manifest;

/** The template package with manifest.json changed by `edit` (a deep copy is edited). */
export function withManifest(edit: (m: Manifest) => void, files = templatePackage()): PackageFiles {
  const manifest = manifestOf(files);
  edit(manifest);
  return { ...files, "manifest.json": strToU8(JSON.stringify(manifest)) };
}

/** A tab of the manifest, typed loosely for edits. */
export const tab = (m: Manifest, i = 0): Record<string, unknown> =>
  (m.staticTabs as Record<string, unknown>[])[i]!;
