// Helpers shared by the resource handlers: ETag preconditions, HTML to preview text, user ids.
import { GraphError } from "../errors";
import type { Ctx } from "../router";
import type { Json, Store } from "../store";

/** If-Match: "*" or the item's current ETag (Outlook also accepts the bare changeKey). */
export function checkIfMatch(ctx: Ctx, current: string, stale: () => GraphError): void {
  const want = ctx.headers["if-match"];
  if (want === undefined || want.trim() === "*") return;
  const strip = (s: string): string => s.trim().replace(/^W\//, "").replace(/^"|"$/g, "");
  if (strip(want) !== strip(current)) throw stale();
}

export function htmlToText(html: string): string {
  return html
    .replace(/<(style|script|head)[\s\S]*?<\/\1>/gi, "")
    .replace(/<br\s*\/?>/gi, "\n")
    .replace(/<\/(p|div|li|h\d)>/gi, "\n")
    .replace(/<[^>]+>/g, "")
    .replace(/&nbsp;/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/[ \t]+/g, " ")
    .replace(/\n\s*\n+/g, "\n")
    .trim();
}

export function userContext(ctx: Ctx, tail: string): string {
  return `${ctx.base}/$metadata#users('${String(ctx.store.user["id"])}')/${tail}`;
}

export function emailAddress(name: string, address: string): Json {
  return { emailAddress: { name, address } };
}

export function ownerAddress(store: Store): Json {
  return emailAddress(String(store.user["displayName"]), String(store.user["mail"]));
}

const EP_ID =
  /^(String|Integer|Boolean|SystemTime|Double|Binary|Long|Short|Float|Currency|CLSID|ApplicationTime|Object)\s+(\{[0-9a-f-]{36}\}\s+(Name\s+\S.*|Id\s+0x[0-9a-f]+)|0x[0-9a-f]{1,4})$/i;

/** Merges extended properties by id, as PATCH does; checks the id format Graph requires. */
export function mergeExtendedProperties(existing: unknown, incoming: unknown): Json[] {
  const list = Array.isArray(existing) ? ([...existing] as Json[]) : [];
  if (incoming === undefined) return list;
  if (!Array.isArray(incoming))
    throw new GraphError(400, "BadRequest", "singleValueExtendedProperties must be an array.");
  for (const p of incoming as Json[]) {
    const id = p["id"];
    if (typeof id !== "string" || !EP_ID.test(id.trim())) {
      throw new GraphError(
        400,
        "ErrorInvalidProperty",
        `The extended property id '${String(id)}' is not valid.`,
      );
    }
    const i = list.findIndex((x) => String(x["id"]).toLowerCase() === id.toLowerCase());
    const entry = { id, value: p["value"] === null || p["value"] === undefined ? null : String(p["value"]) };
    if (i >= 0) list[i] = entry;
    else list.push(entry);
  }
  return list;
}
