// Microsoft To Do: /me/todo/lists and their tasks (reminderDateTime, dueDateTime, status,
// isReminderOn, categories), each task's linkedResources (externalId = Svara's follow-up id) and
// its open extensions (made inline with the task's POST or on their own; $expand=extensions).
import { GraphError } from "../errors";
import { filterAndOrder, page } from "../odata/list";
import { shape } from "../odata/shape";
import { json, query, type Ctx, type Res, type Router } from "../router";
import type { Json, Store } from "../store";
import { checkIfMatch, userContext } from "./common";
import { graphDateTime } from "./eventRecords";
import { todoTaskDelta } from "./todoDelta";

// The reference page's examples return linkedResources inline; $expand=linkedResources is accepted too.
const NAV = ["checklistItems", "attachments", "extensions"];
const SHAPE = { navigation: NAV, inline: ["linkedResources"] };
const notFound = (): GraphError =>
  new GraphError(404, "ErrorItemNotFound", "The specified object was not found in the store.");
const stale = (): GraphError =>
  new GraphError(
    412,
    "PreconditionFailed",
    "The ETag value in the If-Match header does not match the current version of the task.",
  );

function listOrThrow(ctx: Ctx, id: string): Json {
  const l = ctx.store.todoLists.get(id);
  if (!l) throw notFound();
  return l;
}

function taskOrThrow(ctx: Ctx, listId: string, id: string): Json {
  listOrThrow(ctx, listId);
  const t = ctx.store.todoTasks.get(id);
  if (!t || t["_listId"] !== listId) throw notFound();
  return t;
}

function linkedResource(store: Store, input: Json): Json {
  return {
    "@odata.type": "#microsoft.graph.linkedResource",
    id: store.newGuid(),
    webUrl: input["webUrl"] ?? null,
    applicationName: input["applicationName"] ?? null,
    displayName: input["displayName"] ?? null,
    externalId: input["externalId"] ?? null,
  };
}

/** An openTypeExtension as Graph keeps it: its id is the fully qualified name on Outlook-backed
 * resources; every other property is the caller's data. */
function openExtension(input: Json): Json {
  const name = input["extensionName"];
  if (typeof name !== "string" || name === "")
    throw new GraphError(400, "invalidRequest", "The property 'extensionName' is required.");
  const { "@odata.type": _type, ...data } = input;
  return {
    "@odata.type": "#microsoft.graph.openTypeExtension",
    ...data,
    id: `Microsoft.OutlookServices.OpenTypeExtension.${name}`,
    extensionName: name,
  };
}

function extensionsOf(t: Json): Json[] {
  if (!Array.isArray(t["extensions"])) t["extensions"] = [];
  return t["extensions"] as Json[];
}

/** By extensionName or fully qualified id, as the extension routes accept either. */
function findExtension(t: Json, key: string): Json | undefined {
  return extensionsOf(t).find((e) => e["extensionName"] === key || e["id"] === key);
}

const DATE_FIELDS = ["dueDateTime", "reminderDateTime", "startDateTime", "completedDateTime"];
const PLAIN_FIELDS = ["title", "importance", "isReminderOn", "status", "categories"];
const STATUSES = new Set(["notStarted", "inProgress", "completed", "waitingOnOthers", "deferred"]);

function applyTask(store: Store, t: Json, input: Json): void {
  for (const k of PLAIN_FIELDS) if (k in input) t[k] = input[k];
  if (typeof t["status"] !== "string" || !STATUSES.has(t["status"])) {
    throw new GraphError(400, "invalidRequest", `Invalid status '${String(t["status"])}'.`);
  }
  for (const k of DATE_FIELDS) {
    if (!(k in input)) continue;
    if (input[k] === null) delete t[k];
    else t[k] = graphDateTime(input[k], k);
  }
  if ("body" in input) {
    const b = (input["body"] ?? {}) as Json;
    t["body"] = { content: b["content"] ?? "", contentType: b["contentType"] ?? "text" };
    t["bodyLastModifiedDateTime"] = store.nowIso();
  }
  if (input["status"] === "completed" && !("completedDateTime" in input)) {
    t["completedDateTime"] = graphDateTime(
      { dateTime: store.nowIso(), timeZone: "UTC" },
      "completedDateTime",
    );
  } else if ("status" in input && input["status"] !== "completed") delete t["completedDateTime"];
}

function presentTask(ctx: Ctx, t: Json): Json {
  return {
    "@odata.context": `${ctx.base}/$metadata#users('${String(ctx.store.user["id"])}')/todo/lists('${String(t["_listId"])}')/tasks/$entity`,
    ...shape(t, query(ctx), SHAPE),
  };
}

function createTask(ctx: Ctx, listId: string): Res {
  listOrThrow(ctx, listId);
  const input = json(ctx);
  if (typeof input["title"] !== "string")
    throw new GraphError(400, "invalidRequest", "The property 'title' is required.");
  const now = ctx.store.nowIso();
  const t: Json = {
    importance: "normal",
    isReminderOn: false,
    status: "notStarted",
    title: "",
    createdDateTime: now,
    lastModifiedDateTime: now,
    hasAttachments: false,
    categories: [],
    id: ctx.store.newId("AAMkADIyAAAAABrJAAA"),
    body: { content: "", contentType: "text" },
    bodyLastModifiedDateTime: now,
    _listId: listId,
    linkedResources: [],
  };
  applyTask(ctx.store, t, input);
  if (Array.isArray(input["linkedResources"])) {
    t["linkedResources"] = (input["linkedResources"] as Json[]).map((r) => linkedResource(ctx.store, r));
  }
  if (Array.isArray(input["extensions"])) {
    t["extensions"] = (input["extensions"] as Json[]).map(openExtension);
  }
  ctx.store.todoTasks.set(String(t["id"]), t);
  ctx.store.touchOutlook(t, false);
  const body = presentTask(ctx, t);
  if (Array.isArray(input["linkedResources"]))
    body["linkedResources"] = (t["linkedResources"] as Json[]).map((r) => ({ ...r }));
  return { status: 201, body };
}

function listJson(ctx: Ctx, l: Json): Json {
  return shape(l, null, { navigation: ["tasks", "extensions"] });
}

export function registerTodo(router: Router): void {
  const listsCtx = (ctx: Ctx): string => userContext(ctx, "todo/lists");
  router
    .on("GET", "/me/todo/lists", (ctx) => {
      const q = query(ctx);
      const opts = {
        url: `${ctx.base}${ctx.path}`,
        params: ctx.params,
        context: listsCtx(ctx),
        pageSize: 10,
        maxTop: 200,
        navigation: ["tasks", "extensions"],
      };
      return { status: 200, body: page(filterAndOrder(ctx.store.todoLists.values(), q, opts), q, opts) };
    })
    .on("POST", "/me/todo/lists", (ctx) => {
      const input = json(ctx);
      if (typeof input["displayName"] !== "string")
        throw new GraphError(400, "invalidRequest", "The property 'displayName' is required.");
      const id = ctx.store.newId("AAMkADIyAAAEFTTrJAAA");
      const l: Json = {
        "@odata.type": "#microsoft.graph.todoTaskList",
        id,
        displayName: input["displayName"],
        isOwner: true,
        isShared: false,
        wellknownListName: "none",
      };
      ctx.store.todoLists.set(id, l);
      ctx.store.touchOutlook(l, false);
      delete l["lastModifiedDateTime"];
      return { status: 201, body: { "@odata.context": `${listsCtx(ctx)}/$entity`, ...listJson(ctx, l) } };
    })
    .on("GET", "/me/todo/lists/:list", (ctx, p) => ({
      status: 200,
      body: { "@odata.context": `${listsCtx(ctx)}/$entity`, ...listJson(ctx, listOrThrow(ctx, p["list"]!)) },
    }))
    .on("PATCH", "/me/todo/lists/:list", (ctx, p) => {
      const l = listOrThrow(ctx, p["list"]!);
      const input = json(ctx);
      if (typeof input["displayName"] === "string") l["displayName"] = input["displayName"];
      ctx.store.touchOutlook(l, false);
      delete l["lastModifiedDateTime"];
      return { status: 200, body: { "@odata.context": `${listsCtx(ctx)}/$entity`, ...listJson(ctx, l) } };
    })
    .on("DELETE", "/me/todo/lists/:list", (ctx, p) => {
      const l = listOrThrow(ctx, p["list"]!);
      if (l["wellknownListName"] === "defaultList")
        throw new GraphError(400, "invalidRequest", "The default list cannot be deleted.");
      ctx.store.todoLists.delete(p["list"]!);
      for (const t of [...ctx.store.todoTasks.values()])
        if (t["_listId"] === p["list"]) ctx.store.removeTodoTask(t);
      ctx.store.changed();
      return { status: 204 };
    })
    .on("GET", "/me/todo/lists/:list/tasks", (ctx, p) => {
      listOrThrow(ctx, p["list"]!);
      const q = query(ctx);
      const tasks = [...ctx.store.todoTasks.values()].filter((t) => t["_listId"] === p["list"]);
      const opts = {
        url: `${ctx.base}${ctx.path}`,
        params: ctx.params,
        context: userContext(ctx, `todo/lists('${p["list"]!}')/tasks`),
        pageSize: 10,
        maxTop: 1000,
        ...SHAPE,
        defaultOrder: (a: Json, b: Json) =>
          String(a["createdDateTime"]).localeCompare(String(b["createdDateTime"])),
      };
      return { status: 200, body: page(filterAndOrder(tasks, q, opts), q, opts) };
    })
    .on("POST", "/me/todo/lists/:list/tasks", (ctx, p) => createTask(ctx, p["list"]!))
    .on("GET", "/me/todo/lists/:list/tasks/delta", (ctx, p) => {
      listOrThrow(ctx, p["list"]!);
      return todoTaskDelta(ctx, p["list"]!, SHAPE);
    })
    .on("GET", "/me/todo/lists/:list/tasks/:task", (ctx, p) => ({
      status: 200,
      body: presentTask(ctx, taskOrThrow(ctx, p["list"]!, p["task"]!)),
    }))
    .on("PATCH", "/me/todo/lists/:list/tasks/:task", (ctx, p) => {
      const t = taskOrThrow(ctx, p["list"]!, p["task"]!);
      checkIfMatch(ctx, String(t["@odata.etag"]), stale);
      applyTask(ctx.store, t, json(ctx));
      ctx.store.touchOutlook(t, false);
      return { status: 200, body: presentTask(ctx, t) };
    })
    .on("DELETE", "/me/todo/lists/:list/tasks/:task", (ctx, p) => {
      const t = taskOrThrow(ctx, p["list"]!, p["task"]!);
      checkIfMatch(ctx, String(t["@odata.etag"]), stale);
      ctx.store.removeTodoTask(t);
      return { status: 204 };
    })
    .on("GET", "/me/todo/lists/:list/tasks/:task/linkedResources", (ctx, p) => {
      const t = taskOrThrow(ctx, p["list"]!, p["task"]!);
      return {
        status: 200,
        body: {
          "@odata.context": userContext(ctx, "todo/lists/tasks/linkedResources"),
          value: t["linkedResources"],
        },
      };
    })
    .on("POST", "/me/todo/lists/:list/tasks/:task/linkedResources", (ctx, p) => {
      const t = taskOrThrow(ctx, p["list"]!, p["task"]!);
      const r = linkedResource(ctx.store, json(ctx));
      (t["linkedResources"] as Json[]).push(r);
      ctx.store.touchOutlook(t, false);
      return { status: 201, body: r };
    })
    .on("GET", "/me/todo/lists/:list/tasks/:task/linkedResources/:id", (ctx, p) => {
      const t = taskOrThrow(ctx, p["list"]!, p["task"]!);
      const r = (t["linkedResources"] as Json[]).find((x) => x["id"] === p["id"]);
      if (!r) throw notFound();
      return { status: 200, body: r };
    })
    .on("PATCH", "/me/todo/lists/:list/tasks/:task/linkedResources/:id", (ctx, p) => {
      const t = taskOrThrow(ctx, p["list"]!, p["task"]!);
      const r = (t["linkedResources"] as Json[]).find((x) => x["id"] === p["id"]);
      if (!r) throw notFound();
      const input = json(ctx);
      for (const k of ["webUrl", "applicationName", "displayName", "externalId"])
        if (k in input) r[k] = input[k];
      ctx.store.touchOutlook(t, false);
      return { status: 200, body: r };
    })
    .on("GET", "/me/todo/lists/:list/tasks/:task/extensions", (ctx, p) => {
      const t = taskOrThrow(ctx, p["list"]!, p["task"]!);
      return {
        status: 200,
        body: { "@odata.context": userContext(ctx, "todo/lists/tasks/extensions"), value: extensionsOf(t) },
      };
    })
    .on("POST", "/me/todo/lists/:list/tasks/:task/extensions", (ctx, p) => {
      const t = taskOrThrow(ctx, p["list"]!, p["task"]!);
      const ext = openExtension(json(ctx));
      if (findExtension(t, String(ext["extensionName"])))
        throw new GraphError(409, "NameAlreadyExists", "An extension with this name already exists.");
      extensionsOf(t).push(ext);
      ctx.store.touchOutlook(t, false);
      return { status: 201, body: ext };
    })
    .on("GET", "/me/todo/lists/:list/tasks/:task/extensions/:ext", (ctx, p) => {
      const ext = findExtension(taskOrThrow(ctx, p["list"]!, p["task"]!), p["ext"]!);
      if (!ext) throw notFound();
      return { status: 200, body: ext };
    })
    .on("PATCH", "/me/todo/lists/:list/tasks/:task/extensions/:ext", (ctx, p) => {
      const t = taskOrThrow(ctx, p["list"]!, p["task"]!);
      const ext = findExtension(t, p["ext"]!);
      if (!ext) throw notFound();
      // Properties named are set, others kept (the update reference's rule for non-directory resources).
      const { "@odata.type": _type, id: _id, extensionName: _name, ...data } = json(ctx);
      Object.assign(ext, data);
      ctx.store.touchOutlook(t, false);
      return { status: 200, body: ext };
    })
    .on("DELETE", "/me/todo/lists/:list/tasks/:task/extensions/:ext", (ctx, p) => {
      const t = taskOrThrow(ctx, p["list"]!, p["task"]!);
      const list = extensionsOf(t);
      const i = list.findIndex((e) => e["extensionName"] === p["ext"] || e["id"] === p["ext"]);
      if (i < 0) throw notFound();
      list.splice(i, 1);
      ctx.store.touchOutlook(t, false);
      return { status: 204 };
    })
    .on("DELETE", "/me/todo/lists/:list/tasks/:task/linkedResources/:id", (ctx, p) => {
      const t = taskOrThrow(ctx, p["list"]!, p["task"]!);
      const list = t["linkedResources"] as Json[];
      const i = list.findIndex((x) => x["id"] === p["id"]);
      if (i < 0) throw notFound();
      list.splice(i, 1);
      ctx.store.touchOutlook(t, false);
      return { status: 204 };
    });
}
