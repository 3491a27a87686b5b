// Turns a stored record into what Graph answers: internal fields dropped, navigation properties
// only when $expand asks for them, $select applied, the expanded collection filtered.
import { badRequest } from "../errors";
import { matches } from "./evaluate";
import type { ODataQuery } from "./query";

export type Json = Record<string, unknown>;

export interface ShapeOptions {
  /** Navigation properties that appear only with $expand (e.g. singleValueExtendedProperties). */
  navigation: string[];
  /** Properties always returned, even under $select. */
  always?: string[];
  /** Collections returned inline that $expand may also name (To Do's linkedResources). */
  inline?: string[];
  /** When given, $select of anything else is a 400, as Graph answers for an unknown property. */
  properties?: readonly string[];
  /** For that error message: "microsoft.graph.message". */
  typeName?: string;
  /** Properties Graph returns only when $select names them (internetMessageHeaders, uniqueBody). */
  selectOnly?: readonly string[];
}

export function validateSelect(q: ODataQuery | null, opts: ShapeOptions): void {
  if (!q?.select || !opts.properties) return;
  const known = new Set(
    [...opts.properties, ...opts.navigation, ...(opts.inline ?? [])].map((p) => p.toLowerCase()),
  );
  for (const name of q.select) {
    if (!known.has(name.toLowerCase())) {
      throw badRequest(
        `Could not find a property named '${name}' on type '${opts.typeName ?? "microsoft.graph.entity"}'.`,
      );
    }
  }
}

export function publicCopy(rec: Json): Json {
  const out: Json = {};
  for (const [k, v] of Object.entries(rec)) if (!k.startsWith("_")) out[k] = v;
  return out;
}

export function shape(rec: Json, q: ODataQuery | null, opts: ShapeOptions): Json {
  validateSelect(q, opts);
  const out = publicCopy(rec);
  const nav = new Map([...opts.navigation, ...(opts.inline ?? [])].map((n) => [n.toLowerCase(), n]));
  for (const n of opts.navigation) delete out[n];
  for (const n of opts.selectOnly ?? []) {
    if (!q?.select?.some((s) => s.toLowerCase() === n.toLowerCase())) delete out[n];
  }
  for (const ex of q?.expand ?? []) {
    const name = nav.get(ex.name.toLowerCase());
    if (!name)
      throw badRequest(`Could not find a property named '${ex.name}' on type 'microsoft.graph.entity'.`);
    const all = rec[name];
    const list = Array.isArray(all) ? all : [];
    const kept = ex.filter ? list.filter((el) => matches(ex.filter!, el)) : list;
    if (kept.length > 0 || !ex.filter) out[name] = kept;
  }
  if (q?.select) {
    const wanted = new Set(q.select.map((s) => s.toLowerCase()));
    for (const n of opts.always ?? []) wanted.add(n.toLowerCase());
    for (const ex of q.expand) wanted.add(ex.name.toLowerCase());
    for (const key of Object.keys(out)) {
      if (key.startsWith("@odata.") || key === "id") continue;
      if (!wanted.has(key.toLowerCase())) delete out[key];
    }
  }
  return out;
}
