// Mail folder delta (GET /me/mailFolders/{folder}/messages/delta): everything first, then only what
// changed since the deltaLink, with "@removed" for mail that left the folder. Tokens carry the
// store's change sequence numbers. A first call's $filter (Graph takes receivedDateTime ge/gt on
// message delta) bounds the round, and every nextLink and deltaLink carries it on. Pages follow the
// change sequence, not an offset (as the To Do delta does): a mail changed while a round is paged
// leaves the round (it comes in the next one) without shifting the others past a page boundary.
import { GraphError } from "../errors";
import { matches } from "../odata/evaluate";
import { shape, type ShapeOptions } from "../odata/shape";
import { query, type Ctx, type Res } from "../router";
import type { Json } from "../store";
import { userContext } from "./common";

interface DeltaToken {
  /** Changes after this sequence number belong to the round. */
  since: number;
  /** …up to this one (the store's sequence when the round began). */
  upto: number;
  /** The last sequence number served on an earlier page of the round. */
  after: number;
}

export function messageDelta(ctx: Ctx, folderId: string, shapeOptions: ShapeOptions): Res {
  const q = query(ctx);
  const prefer = /odata\.maxpagesize=(\d+)/i.exec(ctx.headers["prefer"] ?? "");
  const size = prefer ? Math.max(1, Number(prefer[1])) : 10;
  const decode = (t: string): DeltaToken =>
    JSON.parse(Buffer.from(t, "base64url").toString("utf8")) as DeltaToken;
  const encode = (t: DeltaToken): string => Buffer.from(JSON.stringify(t)).toString("base64url");
  let token: DeltaToken;
  try {
    if (q.skiptoken) token = decode(q.skiptoken);
    else if (q.deltatoken) token = { ...decode(q.deltatoken), after: 0, upto: ctx.store.seq };
    else token = { since: 0, upto: ctx.store.seq, after: 0 };
    if (![token.since, token.upto, token.after].every(Number.isInteger)) throw new Error("not ours");
  } catch {
    throw new GraphError(400, "SyncStateNotFound", "The sync state is invalid or expired.");
  }
  const from = Math.max(token.since, token.after);
  const changed: Json[] = [];
  for (const m of ctx.store.messages.values()) {
    const seq = Number(m["_seq"]);
    if (m["parentFolderId"] !== folderId || seq <= from || seq > token.upto) continue;
    if (q.filter === null || matches(q.filter, m)) changed.push(m);
  }
  const removed: Json[] = [];
  if (token.since > 0) {
    for (const r of ctx.store.removedMessages) {
      if (r.folderId === folderId && r.seq > from && r.seq <= token.upto) {
        const stillThere = ctx.store.messages.get(r.id)?.["parentFolderId"] === folderId;
        if (!stillThere)
          removed.push({
            "@odata.type": "#microsoft.graph.message",
            id: r.id,
            "@removed": { reason: "deleted" },
            _seq: r.seq,
          });
      }
    }
  }
  const all = [...changed, ...removed].sort((a, b) => Number(a["_seq"]) - Number(b["_seq"]));
  // A page never ends between two entries of one sequence number, so the next page's cursor skips
  // nothing.
  let end = Math.min(size, all.length);
  while (end < all.length && all[end]!["_seq"] === all[end - 1]!["_seq"]) end++;
  const slice = all.slice(0, end);
  const url = `${ctx.base}/me/mailFolders/${encodeURIComponent(folderId)}/messages/delta`;
  const keep = new URLSearchParams();
  // Graph's state tokens carry the first call's query parameters ($select, $expand and the one
  // $filter message delta takes), so the links need not repeat them
  // (learn.microsoft.com/graph/delta-query-overview; the audit ../shared/reviews/graph-fidelity.md).
  for (const name of ["$select", "$expand", "$filter"]) {
    const value = ctx.params.get(name);
    if (value) keep.set(name, value);
  }
  const link = (name: string, t: DeltaToken): string => {
    const p = new URLSearchParams(keep);
    p.set(name, encode(t));
    return `${url}?${p.toString().replace(/%24/g, "$")}`;
  };
  const body: Json = {
    "@odata.context": userContext(ctx, `mailFolders('${folderId}')/messages/delta`),
    value: slice.map((m) =>
      "@removed" in m
        ? { "@odata.type": m["@odata.type"], id: m["id"], "@removed": m["@removed"] }
        : shape(m, q, shapeOptions),
    ),
  };
  if (end < all.length)
    body["@odata.nextLink"] = link("$skiptoken", { ...token, after: Number(slice[end - 1]!["_seq"]) });
  else body["@odata.deltaLink"] = link("$deltatoken", { since: token.upto, upto: token.upto, after: 0 });
  return { status: 200, body };
}
