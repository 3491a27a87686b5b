import type { ThemeKind } from "./host";

/**
 * Office tells us its theme as colours, not a name. A dark body background means a dark theme;
 * relative luminance (WCAG) is the measure, with the midpoint as the cut.
 */
export function themeFromBackground(color: string | undefined | null): ThemeKind {
  const match = /^#?([0-9a-f]{6})$/i.exec(color ?? "");
  if (!match) return "light";
  const n = parseInt(match[1]!, 16);
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  const luminance =
    0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
  return luminance < 0.18 ? "dark" : "light";
}
