// Calendar: /me/events CRUD (transactionId: a repeated POST returns the same event, a reuse with
// other content is 400 ErrorDuplicateTransactionId — eventTransactions.ts),
// /me/calendarView over a time window, extended properties and attendees.
import { GraphError, outlookNotFound, outlookStale } from "../errors";
import { filterAndOrder, page, type ListOptions } from "../odata/list";
import { shape } from "../odata/shape";
import { json, query, type Ctx, type Res, type Router } from "../router";
import type { Json } from "../store";
import { checkIfMatch, userContext } from "./common";
import { createEvent, EVENT_PROPERTIES, instantOf, patchEvent } from "./eventRecords";
import { earlierEvent, rememberTransaction } from "./eventTransactions";

const NAV = ["singleValueExtendedProperties", "multiValueExtendedProperties", "attachments", "extensions"];
const SHAPE = { navigation: NAV, properties: EVENT_PROPERTIES, typeName: "microsoft.graph.event" };
const byStart = (a: Json, b: Json): number => instantOf(a["start"]) - instantOf(b["start"]);

function eventOrThrow(ctx: Ctx, id: string): Json {
  const e = ctx.store.events.get(id);
  if (!e) throw outlookNotFound();
  return e;
}

function present(ctx: Ctx, rec: Json): Json {
  return {
    "@odata.context": userContext(ctx, "events/$entity"),
    ...shape(rec, query(ctx), SHAPE),
  };
}

function listEvents(ctx: Ctx, items: Iterable<Json>, tail: string): Res {
  const q = query(ctx);
  const opts: ListOptions = {
    url: `${ctx.base}${ctx.path}`,
    params: ctx.params,
    context: userContext(ctx, tail),
    pageSize: 10,
    maxTop: 1000,
    ...SHAPE,
    defaultOrder: byStart,
  };
  return { status: 200, body: page(filterAndOrder(items, q, opts), q, opts) };
}

function param(ctx: Ctx, name: string): string | null {
  for (const [k, v] of ctx.params) if (k.toLowerCase() === name.toLowerCase()) return v;
  return null;
}

function calendarView(ctx: Ctx): Res {
  const startRaw = param(ctx, "startDateTime");
  const endRaw = param(ctx, "endDateTime");
  if (!startRaw || !endRaw) {
    throw new GraphError(
      400,
      "ErrorInvalidParameter",
      "This request requires a time window specified by the query string parameters StartDateTime and EndDateTime.",
    );
  }
  const toMs = (s: string): number => Date.parse(/(Z|[+-]\d{2}:\d{2})$/.test(s) ? s : `${s}Z`);
  const from = toMs(startRaw);
  const to = toMs(endRaw);
  if (Number.isNaN(from) || Number.isNaN(to))
    throw new GraphError(400, "ErrorInvalidParameter", "The time window is not valid.");
  const inWindow = [...ctx.store.events.values()].filter(
    (e) => instantOf(e["start"]) < to && instantOf(e["end"]) > from,
  );
  return listEvents(ctx, inWindow, "calendarView");
}

function create(ctx: Ctx): Res {
  const body = json(ctx);
  const tx = body["transactionId"];
  const hasTx = typeof tx === "string" && tx !== "";
  if (hasTx) {
    const earlier = earlierEvent(ctx.store, tx, body);
    if (earlier) return { status: 201, body: present(ctx, earlier) };
  }
  const rec = createEvent(ctx.store, body);
  if (hasTx) rememberTransaction(ctx.store, tx, body, String(rec["id"]));
  return {
    status: 201,
    headers: {
      Location: `${ctx.base}/users('${String(ctx.store.user["id"])}')/events('${String(rec["id"])}')`,
    },
    body: present(ctx, rec),
  };
}

export function registerEvents(router: Router): void {
  for (const base of ["/me/events", "/me/calendar/events"]) {
    router
      .on("GET", base, (ctx) => listEvents(ctx, ctx.store.events.values(), "events"))
      .on("POST", base, create)
      .on("GET", `${base}/:id`, (ctx, p) => ({
        status: 200,
        body: present(ctx, eventOrThrow(ctx, p["id"]!)),
      }))
      .on("PATCH", `${base}/:id`, (ctx, p) => {
        const rec = eventOrThrow(ctx, p["id"]!);
        checkIfMatch(ctx, String(rec["@odata.etag"]), outlookStale);
        patchEvent(ctx.store, rec, json(ctx));
        return { status: 200, body: present(ctx, rec) };
      })
      .on("DELETE", `${base}/:id`, (ctx, p) => {
        const rec = eventOrThrow(ctx, p["id"]!);
        checkIfMatch(ctx, String(rec["@odata.etag"]), outlookStale);
        ctx.store.events.delete(p["id"]!);
        ctx.store.changed();
        return { status: 204 };
      });
  }
  router.on("GET", "/me/calendarView", calendarView).on("GET", "/me/calendar/calendarView", calendarView);
}
