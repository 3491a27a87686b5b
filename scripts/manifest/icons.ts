import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { Tally, type CheckResult } from "./problem";
import { residResolver } from "./resids";
import { child, describe, walk, type XmlElement } from "./xmlTree";

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from a PNG's IHDR chunk (bytes 16–23), or an error saying why not. */
export function pngSize(bytes: Buffer): { width: number; height: number } | { error: string } {
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(PNG_SIGNATURE)) return { error: "is not a PNG" };
  if (bytes.toString("ascii", 12, 16) !== "IHDR") return { error: "has no IHDR chunk first" };
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Ribbon icon sizes: 16, 32 and 80 are mandatory; 20, 24, 40, 48 and 64 are allowed. */
const MANDATORY_BUTTON_SIZES = [16, 32, 80];
const ALLOWED_BUTTON_SIZES = [16, 20, 24, 32, 40, 48, 64, 80];
/** For Outlook, IconUrl is 64×64 and HighResolutionIconUrl 128×128. */
const ROOT_ICON_SIZE: Record<string, number> = { IconUrl: 64, HighResolutionIconUrl: 128 };

export interface IconOptions {
  /** The folder that holds assets/ (the repository root). */
  rootDir: string;
  /** URL path prefix served from rootDir/assets, e.g. "/assets/". */
  assetsPath?: string;
}

/** Maps an icon URL to its file in the repository, if it is one of ours. */
function fileFor(url: string, options: IconOptions): string | undefined {
  const prefix = options.assetsPath ?? "/assets/";
  let pathname: string;
  try {
    pathname = new URL(url).pathname;
  } catch {
    return undefined;
  }
  if (!pathname.startsWith(prefix)) return undefined;
  return path.join(options.rootDir, "assets", ...pathname.slice(prefix.length).split("/"));
}

function checkFile(
  tally: Tally,
  seen: Set<string>,
  what: string,
  url: string,
  size: number,
  options: IconOptions,
): void {
  if (seen.has(`${url} ${size}`)) return; // the same image at the same size: checked once
  seen.add(`${url} ${size}`);
  const file = fileFor(url, options);
  if (!tally.expect(file !== undefined, `${what}: ${url} is not under ${options.assetsPath ?? "/assets/"}`))
    return;
  const shown = path.relative(options.rootDir, file!);
  if (!tally.expect(existsSync(file!), `${what}: ${shown} does not exist`)) return;
  const dims = pngSize(readFileSync(file!));
  if (!tally.expect(!("error" in dims), `${what}: ${shown} ${"error" in dims ? dims.error : ""}`)) return;
  const { width, height } = dims as { width: number; height: number };
  tally.expect(
    width === size && height === size,
    `${what}: ${shown} is ${width}×${height} but must be ${size}×${size}`,
  );
}

/** Every icon the manifest declares exists in assets/ as a PNG of the declared size. */
export function checkIcons(root: XmlElement, options: IconOptions): CheckResult {
  const tally = new Tally("icon");
  const seen = new Set<string>();
  for (const [name, size] of Object.entries(ROOT_ICON_SIZE)) {
    const el = child(root, name);
    if (!tally.expect(el !== undefined, `<${name}> is missing (Outlook shows it at ${size}×${size})`))
      continue;
    const urls = [el!.attrs.DefaultValue ?? "", ...el!.children.map((o) => o.attrs.Value ?? "")];
    for (const url of urls) checkFile(tally, seen, `<${name}>`, url, size, options);
  }

  const resolve = residResolver(root);
  for (const icon of walk(root)) {
    if (icon.name !== "Icon") continue;
    const sizes = icon.children.map((img) => Number(img.attrs.size));
    for (const required of MANDATORY_BUTTON_SIZES) {
      tally.expect(
        sizes.includes(required),
        `<Icon> at ${icon.path} has no size="${required}" image (mandatory)`,
      );
    }
    for (const img of icon.children) {
      const size = Number(img.attrs.size);
      const what = describe(img);
      if (
        !tally.expect(
          ALLOWED_BUTTON_SIZES.includes(size),
          `${what}: size must be one of ${ALLOWED_BUTTON_SIZES}`,
        )
      ) {
        continue;
      }
      const found = resolve(img, img.attrs.resid ?? "");
      if (found?.kind !== "Images") continue; // resids.ts reports the missing or wrong resource
      const resource = found.element;
      const urls = [resource.attrs.DefaultValue ?? "", ...resource.children.map((o) => o.attrs.Value ?? "")];
      for (const url of urls)
        checkFile(tally, seen, `${what} → resource "${resource.attrs.id}"`, url, size, options);
    }
  }
  return tally.result();
}
