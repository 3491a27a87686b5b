// The part of ICU MessageFormat the catalogue needs: `{count, plural, =0 {…} one {…} other {…}}`,
// with `#` for the number. A catalogue value stays one string per key (the English file keeps
// Record<MessageKey, string>), and the forms of one text sit together where a translator reads them.

import { formatCount, pluralCategory } from "../domain/plural";
import type { Language } from "../domain/result";

interface Found {
  readonly start: number;
  readonly end: number;
  readonly name: string;
  readonly options: ReadonlyMap<string, string>;
}

/** The index just past the `}` that closes the `{` at `open`, or -1. */
function closing(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i += 1) {
    if (text[i] === "{") depth += 1;
    else if (text[i] === "}") {
      depth -= 1;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}

function parseOptions(body: string): ReadonlyMap<string, string> | null {
  const options = new Map<string, string>();
  let rest = body.trim();
  while (rest !== "") {
    const key = /^(=\d+|zero|one|two|few|many|other)\s*(?=\{)/.exec(rest);
    if (!key?.[1]) return null;
    const open = key[0].length;
    const end = closing(rest, open);
    if (end < 0) return null;
    options.set(key[1], rest.slice(open + 1, end - 1));
    rest = rest.slice(end).trim();
  }
  return options.has("other") ? options : null;
}

function nextPlural(text: string, from: number): Found | null {
  const head = /\{\s*(\w+)\s*,\s*plural\s*,/g;
  head.lastIndex = from;
  for (let m = head.exec(text); m; m = head.exec(text)) {
    const end = closing(text, m.index);
    if (end < 0) return null;
    const options = parseOptions(text.slice(m.index + m[0].length, end - 1));
    if (options && m[1]) return { start: m.index, end, name: m[1], options };
    head.lastIndex = m.index + 1;
  }
  return null;
}

/** Picks each plural's form for its count (exact `=n` first, then the language's rule, then
 * `other`) and writes the number for `#`. Without a numeric count the `other` form keeps `{name}`. */
export function selectPlurals(
  text: string,
  language: Language,
  params: Readonly<Record<string, string | number>> | undefined,
): string {
  let out = "";
  let at = 0;
  for (let found = nextPlural(text, 0); found; found = nextPlural(text, at)) {
    const raw = params?.[found.name];
    const count = typeof raw === "number" ? raw : Number.NaN;
    out += text.slice(at, found.start);
    if (Number.isFinite(count)) {
      const form =
        found.options.get(`=${count}`) ??
        found.options.get(pluralCategory(language, count)) ??
        found.options.get("other") ??
        "";
      out += form.replace(/#/g, formatCount(language, count));
    } else {
      // No count given: the general form, with the placeholder left visible where the number goes.
      out += (found.options.get("other") ?? "").replace(/#/g, `{${found.name}}`);
    }
    at = found.end;
  }
  return out + text.slice(at);
}
