// Filtering, ordering and paging of a collection, with `@odata.nextLink` built the way the
// resource's workload builds it ($skip for Outlook and To Do, $skiptoken for OneDrive).
import { compareForOrder, getProperty, matches } from "./evaluate";
import type { ODataQuery } from "./query";
import { shape, validateSelect, type Json, type ShapeOptions } from "./shape";

export interface ListOptions extends ShapeOptions {
  /** Absolute URL of this collection, without query. */
  url: string;
  params: URLSearchParams;
  context: string;
  pageSize: number;
  maxTop: number;
  /** Order when no $orderby is given. */
  defaultOrder?: (a: Json, b: Json) => number;
  /** Whether nextLink carries $skip (Outlook, To Do, OneNote) or an opaque $skiptoken (OneDrive). */
  paging?: "skip" | "skiptoken";
  /** OneNote compares strings in $filter case-sensitively; Outlook and To Do do not. */
  caseSensitive?: boolean;
}

function resolve(rec: Json, path: string[]): unknown {
  let v: unknown = rec;
  for (const seg of path) v = getProperty(v, seg);
  return v;
}

export function filterAndOrder(items: Iterable<Json>, q: ODataQuery, opts: ListOptions): Json[] {
  const out: Json[] = [];
  for (const it of items) if (!q.filter || matches(q.filter, it, opts.caseSensitive)) out.push(it);
  if (q.orderby.length > 0) {
    out.sort((a, b) => {
      for (const ob of q.orderby) {
        const c = compareForOrder(resolve(a, ob.path), resolve(b, ob.path));
        if (c !== 0) return ob.desc ? -c : c;
      }
      return 0;
    });
  } else if (opts.defaultOrder) {
    out.sort(opts.defaultOrder);
  }
  return out;
}

export function page(all: Json[], q: ODataQuery, opts: ListOptions): Json {
  validateSelect(q, opts);
  const size = Math.min(q.top ?? opts.pageSize, opts.maxTop);
  let skip = q.skip;
  if (q.skiptoken !== null) skip = Number(Buffer.from(q.skiptoken, "base64url").toString("utf8")) || 0;
  const slice = all.slice(skip, skip + size);
  const body: Json = { "@odata.context": opts.context };
  if (q.count) body["@odata.count"] = all.length;
  body["value"] = slice.map((r) => shape(r, q, opts));
  if (skip + size < all.length) {
    const next = new URLSearchParams(opts.params);
    next.delete("$skip");
    next.delete("$skiptoken");
    if (q.top === null) next.set("$top", String(size));
    if ((opts.paging ?? "skip") === "skip") next.set("$skip", String(skip + size));
    else next.set("$skiptoken", Buffer.from(String(skip + size)).toString("base64url"));
    body["@odata.nextLink"] = `${opts.url}?${next.toString().replace(/\+/g, "%20").replace(/%24/g, "$")}`;
  }
  return body;
}

export function list(items: Iterable<Json>, q: ODataQuery, opts: ListOptions): Json {
  return page(filterAndOrder(items, q, opts), q, opts);
}
