// To Do task delta (GET /me/todo/lists/{id}/tasks/delta, "todoTask: delta"): every task of the list
// first (completed ones too: the function takes no $filter), then only what changed since the
// deltaLink — a new or updated task (status, fields, its extensions or linkedResources) as it is
// now, a deleted one as `{ id, "@removed": { reason: "deleted" } }`. $select, $expand and $top (the
// page size; Prefer: odata.maxpagesize too) are kept inside the links, as Graph's state tokens do.
// Pages follow the store's change sequence, not an offset: a task changed while a round is paged
// leaves the round (it comes in the next one) without shifting the others past a page boundary.
// A token this emulator did not write, or one of a list since deleted, answers 410 Gone
// (SyncStateNotFound): the client must start a new round.
import { GraphError } from "../errors";
import { shape, type ShapeOptions } from "../odata/shape";
import { query, type Ctx, type Res } from "../router";
import type { Json } from "../store";
import { userContext } from "./common";

interface DeltaToken {
  readonly list: string;
  /** Changes after this sequence number belong to the round. */
  readonly since: number;
  /** …up to this one (the store's sequence when the round began). */
  readonly upto: number;
  /** The last sequence number served on an earlier page of the round. */
  readonly after: number;
}

const expired = (): GraphError =>
  new GraphError(410, "SyncStateNotFound", "The sync state is invalid or expired. Start a new round.");

function decode(raw: string, list: string): DeltaToken {
  try {
    const t = JSON.parse(Buffer.from(raw, "base64url").toString("utf8")) as DeltaToken;
    if (t.list !== list || ![t.since, t.upto, t.after].every(Number.isInteger)) throw expired();
    return t;
  } catch {
    throw expired();
  }
}

const encode = (t: DeltaToken): string => Buffer.from(JSON.stringify(t)).toString("base64url");

export function todoTaskDelta(ctx: Ctx, listId: string, shapeOptions: ShapeOptions): Res {
  const q = query(ctx);
  if (q.filter !== null || q.orderby.length > 0 || q.skip > 0)
    throw new GraphError(400, "BadRequest", "The query option is not supported on todoTask delta.");
  const prefer = /odata\.maxpagesize=(\d+)/i.exec(ctx.headers["prefer"] ?? "");
  const size = Math.max(1, q.top ?? (prefer ? Number(prefer[1]) : 10));
  const token: DeltaToken = q.skiptoken
    ? decode(q.skiptoken, listId)
    : q.deltatoken
      ? { ...decode(q.deltatoken, listId), upto: ctx.store.seq }
      : { list: listId, since: 0, upto: ctx.store.seq, after: 0 };
  const from = Math.max(token.since, token.after);
  const rows: { seq: number; out: Json }[] = [];
  for (const t of ctx.store.todoTasks.values()) {
    const seq = Number(t["_seq"]) || 0;
    if (t["_listId"] !== listId || seq > token.upto || (seq <= from && !(from === 0 && seq === 0))) continue;
    rows.push({ seq, out: shape(t, q, shapeOptions) });
  }
  if (token.since > 0) {
    for (const r of ctx.store.removedTodoTasks) {
      if (r.listId !== listId || r.seq <= from || r.seq > token.upto) continue;
      if (ctx.store.todoTasks.get(r.id)?.["_listId"] === listId) continue;
      rows.push({
        seq: r.seq,
        out: { "@odata.type": "#microsoft.graph.todoTask", id: r.id, "@removed": { reason: "deleted" } },
      });
    }
  }
  rows.sort((a, b) => a.seq - b.seq);
  const slice = rows.slice(0, size);
  const url = `${ctx.base}/me/todo/lists/${encodeURIComponent(listId)}/tasks/delta`;
  const keep = new URLSearchParams();
  for (const name of ["$select", "$expand", "$top"]) {
    const value = ctx.params.get(name);
    if (value) keep.set(name, value);
  }
  const link = (name: string, t: DeltaToken): string => {
    const p = new URLSearchParams(keep);
    p.set(name, encode(t));
    return `${url}?${p.toString().replace(/%24/g, "$")}`;
  };
  const body: Json = {
    "@odata.context": userContext(ctx, `todo/lists('${listId}')/tasks/delta`),
    value: slice.map((r) => r.out),
  };
  if (rows.length > size)
    body["@odata.nextLink"] = link("$skiptoken", { ...token, after: slice.at(-1)!.seq });
  else
    body["@odata.deltaLink"] = link("$deltatoken", {
      list: listId,
      since: token.upto,
      upto: token.upto,
      after: 0,
    });
  return { status: 200, body };
}
