// The OData system query options Graph accepts on the resources we serve: parsed once per request,
// unknown or unsupported ones rejected with 400 as Graph does.
import { badRequest } from "../errors";
import type { FilterExpr } from "./ast";
import { parseFilter } from "./parser";

interface OrderBy {
  path: string[];
  desc: boolean;
}

interface Expand {
  name: string;
  filter: FilterExpr | null;
}

export interface ODataQuery {
  select: string[] | null;
  filter: FilterExpr | null;
  orderby: OrderBy[];
  top: number | null;
  skip: number;
  expand: Expand[];
  count: boolean;
  skiptoken: string | null;
  deltatoken: string | null;
}

const KNOWN = new Set([
  "$select",
  "$filter",
  "$orderby",
  "$top",
  "$skip",
  "$expand",
  "$count",
  "$skiptoken",
  "$deltatoken",
]);
const UNSUPPORTED = new Set(["$search", "$format", "$apply", "$compute", "$levels"]);

/** Splits on commas that are not inside parentheses or quotes. */
function splitTopLevel(input: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let current = "";
  for (const ch of input) {
    if (ch === "'") quoted = !quoted;
    if (!quoted && ch === "(") depth++;
    if (!quoted && ch === ")") depth--;
    if (!quoted && depth === 0 && ch === ",") {
      parts.push(current.trim());
      current = "";
      continue;
    }
    current += ch;
  }
  if (current.trim() !== "") parts.push(current.trim());
  return parts;
}

function parseInteger(name: string, raw: string): number {
  if (!/^\d+$/.test(raw)) throw badRequest(`Invalid value '${raw}' for query option '${name}'.`);
  return Number(raw);
}

function parseExpand(raw: string): Expand[] {
  return splitTopLevel(raw).map((part) => {
    const open = part.indexOf("(");
    if (open < 0) return { name: part, filter: null };
    if (!part.endsWith(")")) throw badRequest(`Invalid $expand clause '${part}'.`);
    const name = part.slice(0, open).trim();
    const inner = part.slice(open + 1, -1).trim();
    const m = /^\$filter=(.*)$/is.exec(inner);
    if (!m) throw badRequest(`The $expand option '${inner}' is not supported on '${name}'.`);
    return { name, filter: parseFilter(m[1]!) };
  });
}

function parseOrderBy(raw: string): OrderBy[] {
  return splitTopLevel(raw).map((part) => {
    const [path, dir, extra] = part.split(/\s+/);
    if (!path || extra !== undefined || (dir !== undefined && !/^(asc|desc)$/i.test(dir))) {
      throw badRequest(`Invalid $orderby clause '${part}'.`);
    }
    return { path: path.split("/"), desc: dir?.toLowerCase() === "desc" };
  });
}

export function parseQuery(params: URLSearchParams): ODataQuery {
  const q: ODataQuery = {
    select: null,
    filter: null,
    orderby: [],
    top: null,
    skip: 0,
    expand: [],
    count: false,
    skiptoken: null,
    deltatoken: null,
  };
  for (const [rawKey, value] of params) {
    const key = rawKey.toLowerCase();
    if (!key.startsWith("$")) continue;
    if (UNSUPPORTED.has(key)) throw badRequest(`Query option '${rawKey}' is not supported by the emulator.`);
    if (!KNOWN.has(key)) throw badRequest(`Unrecognized query argument specified: '${rawKey}'.`);
    switch (key) {
      case "$select":
        q.select = splitTopLevel(value);
        break;
      case "$filter":
        q.filter = parseFilter(value);
        break;
      case "$orderby":
        q.orderby = parseOrderBy(value);
        break;
      case "$top":
        q.top = parseInteger(rawKey, value);
        break;
      case "$skip":
        q.skip = parseInteger(rawKey, value);
        break;
      case "$expand":
        q.expand = parseExpand(value);
        break;
      case "$count":
        q.count = value.toLowerCase() === "true";
        break;
      case "$skiptoken":
        q.skiptoken = value;
        break;
      case "$deltatoken":
        q.deltatoken = value;
        break;
    }
  }
  return q;
}
