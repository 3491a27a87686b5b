import { pngSize } from "../manifest/icons";
import { Tally, type CheckResult } from "../manifest/problem";
import type { Manifest, PackageFiles } from "./packageFiles";

/** Teams' sizes: the colour icon 192×192, the outline 32×32 (the schema only says "a relative path"). */
const ICON_SIZES = { color: 192, outline: 32 } as const;
/** PNG colour types with an alpha channel (greyscale + alpha, RGBA): an outline must be see-through. */
const ALPHA_COLOR_TYPES = new Set([4, 6]);

/** Each declared icon is in the package, is a PNG of Teams' size, and the outline has transparency. */
export function checkTeamsIcons(manifest: Manifest, files: PackageFiles): CheckResult {
  const tally = new Tally("icon");
  const icons = (manifest.icons ?? {}) as Record<string, unknown>;
  for (const [kind, size] of Object.entries(ICON_SIZES)) {
    const name = String(icons[kind] ?? "");
    const bytes = files[name];
    if (!tally.expect(bytes !== undefined, `icons.${kind}: "${name}" is not in the package`)) continue;
    const png = Buffer.from(bytes!);
    const dims = pngSize(png);
    if (!tally.expect(!("error" in dims), `icons.${kind}: ${name} ${"error" in dims ? dims.error : ""}`))
      continue;
    const { width, height } = dims as { width: number; height: number };
    tally.expect(
      width === size && height === size,
      `icons.${kind}: ${name} is ${width}×${height} but must be ${size}×${size}`,
    );
    if (kind === "outline") {
      tally.expect(
        ALPHA_COLOR_TYPES.has(png[25]!),
        `icons.outline: ${name} has no alpha channel; Teams wants white on a transparent background`,
      );
    }
  }
  return tally.result();
}
