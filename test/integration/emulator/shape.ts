// "Same shape as the Graph documentation's example": every key of the documented example is present
// in our answer with the same JSON type (null matches any type: the docs use null for "not set").
type Json = Record<string, unknown>;

function typeOf(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "array";
  return typeof v;
}

export function shapeDiff(expected: unknown, actual: unknown, path = "$", ignore: string[] = []): string[] {
  const te = typeOf(expected);
  const ta = typeOf(actual);
  if (te === "null" || ta === "null") return [];
  if (te !== ta) return [`${path}: expected ${te}, got ${ta}`];
  if (te === "array") {
    const e = expected as unknown[];
    const a = actual as unknown[];
    if (e.length === 0 || a.length === 0) return [];
    return shapeDiff(e[0], a[0], `${path}[0]`, ignore);
  }
  if (te === "object") {
    const out: string[] = [];
    const e = expected as Json;
    const a = actual as Json;
    for (const key of Object.keys(e)) {
      const p = `${path}.${key}`;
      if (ignore.includes(key) || ignore.includes(p)) continue;
      if (!(key in a)) {
        out.push(`${p}: missing`);
        continue;
      }
      out.push(...shapeDiff(e[key], a[key], p, ignore));
    }
    return out;
  }
  return [];
}
