// Evaluates a $filter tree against a Graph JSON object. Strings compare case-insensitively (as
// Exchange does), or case-sensitively where the service does (OneNote: "OData string comparisons are
// case-sensitive", learn.microsoft.com/graph/onenote-get-content); values that look like ISO
// date-times compare as instants.
import { badRequest } from "../errors";
import type { FilterExpr, Literal } from "./ast";

type Scope = Record<string, unknown>;

const ISO = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/;

export function getProperty(obj: unknown, name: string): unknown {
  if (obj === null || typeof obj !== "object") return undefined;
  const rec = obj as Record<string, unknown>;
  if (name in rec) return rec[name];
  const lower = name.toLowerCase();
  for (const key of Object.keys(rec)) if (key.toLowerCase() === lower) return rec[key];
  return undefined;
}

function resolvePath(segments: string[], item: unknown, scope: Scope): unknown {
  let [first, ...rest] = segments;
  let value: unknown;
  if (first !== undefined && first in scope) {
    value = scope[first];
  } else {
    value = item;
    rest = segments;
    first = undefined;
  }
  for (const seg of rest) value = getProperty(value, seg);
  return value;
}

function toInstant(v: unknown): number | null {
  if (typeof v !== "string" || !ISO.test(v)) return null;
  const withZone = /(Z|[+-]\d{2}:\d{2})$/.test(v) || v.length === 10 ? v : `${v}Z`;
  const ms = Date.parse(withZone);
  return Number.isNaN(ms) ? null : ms;
}

function compareValues(a: unknown, b: unknown, cs = false): number | null {
  if (a === undefined) a = null;
  if (b === undefined) b = null;
  if (a === null || b === null) return a === b ? 0 : null;
  const da = toInstant(a);
  const db = toInstant(b);
  if (da !== null && db !== null) return da - db;
  if (typeof a === "string" && typeof b === "string") {
    const la = cs ? a : a.toLowerCase();
    const lb = cs ? b : b.toLowerCase();
    return la < lb ? -1 : la > lb ? 1 : 0;
  }
  if (typeof a === "number" && typeof b === "number") return a - b;
  if (typeof a === "boolean" && typeof b === "boolean") return a === b ? 0 : a ? 1 : -1;
  return null;
}

function value(expr: FilterExpr, item: unknown, scope: Scope, cs: boolean): unknown {
  switch (expr.kind) {
    case "literal":
      return expr.value;
    case "path":
      return resolvePath(expr.segments, item, scope);
    default:
      return test(expr, item, scope, cs);
  }
}

function test(expr: FilterExpr, item: unknown, scope: Scope, cs: boolean): boolean {
  switch (expr.kind) {
    case "and":
      return test(expr.left, item, scope, cs) && test(expr.right, item, scope, cs);
    case "or":
      return test(expr.left, item, scope, cs) || test(expr.right, item, scope, cs);
    case "not":
      return !test(expr.expr, item, scope, cs);
    case "compare": {
      const c = compareValues(value(expr.left, item, scope, cs), value(expr.right, item, scope, cs), cs);
      switch (expr.op) {
        case "eq":
          return c === 0;
        case "ne":
          return c !== 0;
        case "gt":
          return c !== null && c > 0;
        case "ge":
          return c !== null && c >= 0;
        case "lt":
          return c !== null && c < 0;
        case "le":
          return c !== null && c <= 0;
      }
      return false;
    }
    case "call": {
      const [a, b] = expr.args.map((x) => value(x, item, scope, cs));
      if (typeof a !== "string" || typeof b !== "string") return false;
      const la = cs ? a : a.toLowerCase();
      const lb = cs ? b : b.toLowerCase();
      if (expr.name === "startswith") return la.startsWith(lb);
      if (expr.name === "endswith") return la.endsWith(lb);
      return la.includes(lb);
    }
    case "lambda": {
      const coll = resolvePath(expr.path, item, scope);
      const list = Array.isArray(coll) ? coll : [];
      if (expr.body === null || expr.variable === null) return list.length > 0;
      const body = expr.body;
      const variable = expr.variable;
      const check = (el: unknown): boolean => test(body, item, { ...scope, [variable]: el }, cs);
      return expr.quantifier === "any" ? list.some(check) : list.every(check);
    }
    case "path": {
      const v = resolvePath(expr.segments, item, scope);
      if (typeof v === "boolean") return v;
      throw badRequest(`Invalid filter clause: '${expr.segments.join("/")}' is not a boolean.`);
    }
    case "literal":
      if (typeof expr.value === "boolean") return expr.value;
      throw badRequest("Invalid filter clause: a literal is not a condition.");
  }
}

export function matches(expr: FilterExpr, item: unknown, caseSensitive = false): boolean {
  return test(expr, item, {}, caseSensitive);
}

export function compareForOrder(a: unknown, b: unknown): number {
  const c = compareValues(a, b);
  if (c !== null) return c;
  if (a === null || a === undefined) return -1;
  if (b === null || b === undefined) return 1;
  return 0;
}

/** Finds `coll/any(v: v/id eq 'X' and v/value eq 'Y')` at the top of a filter (or under `and`). */
export function findExtendedPropertyEquality(
  expr: FilterExpr,
  collection: string,
): { id: string; value: string } | null {
  if (expr.kind === "and") {
    return (
      findExtendedPropertyEquality(expr.left, collection) ??
      findExtendedPropertyEquality(expr.right, collection)
    );
  }
  if (expr.kind !== "lambda" || expr.quantifier !== "any" || expr.body === null) return null;
  if (expr.path.length !== 1 || expr.path[0]!.toLowerCase() !== collection.toLowerCase()) return null;
  const found: Record<string, Literal> = {};
  const walk = (e: FilterExpr): void => {
    if (e.kind === "and") {
      walk(e.left);
      walk(e.right);
    } else if (
      e.kind === "compare" &&
      e.op === "eq" &&
      e.left.kind === "path" &&
      e.right.kind === "literal"
    ) {
      const last = e.left.segments[e.left.segments.length - 1]!.toLowerCase();
      found[last] = e.right.value;
    }
  };
  walk(expr.body);
  const id = found["id"];
  const val = found["value"];
  return typeof id === "string" && typeof val === "string" ? { id, value: val } : null;
}
