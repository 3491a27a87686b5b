// OneDrive app folder: /me/drive/special/approot, its children and content, addressed by id
// (/me/drive/items/{id}) or by path (approot:/processes/p.json:/content), with eTag/If-Match.
import { badRequest, driveNotFound, driveStale, GraphError } from "../errors";
import { list } from "../odata/list";
import { query, type Ctx, type Handler, type Res, type Router } from "../router";
import type { Json, Store } from "../store";
import { checkIfMatch } from "./common";
import {
  approot,
  childrenOf,
  createFolder,
  driveItemJson,
  putFile,
  resolvePath,
  writeFile,
} from "./driveRecords";

interface Address {
  base: Json;
  relPath: string | null;
  action: "" | "children" | "content";
}

const ADDRESS =
  /^\/me\/drive\/(special\/approot|items\/([^/:]+)|root)(?::\/?([^:]*):?)?(\/children|\/content)?$/i;

function parseAddress(store: Store, path: string): Address | null {
  const m = ADDRESS.exec(path);
  if (!m) return null;
  let base: Json | undefined;
  if (m[1]!.toLowerCase() === "special/approot") base = approot(store);
  else if (m[1]!.toLowerCase() === "root") base = [...store.driveItems.values()].find((i) => i["_root"]);
  else base = store.driveItems.get(m[2]!);
  if (!base) throw driveNotFound();
  const action = (m[4]?.slice(1).toLowerCase() ?? "") as Address["action"];
  return { base, relPath: m[3] === undefined ? null : m[3], action };
}

function itemJson(ctx: Ctx, it: Json): Json {
  return {
    "@odata.context": `${ctx.base}/$metadata#drives('b%21svara')/items/$entity`,
    ...driveItemJson(ctx.store, it, ctx.origin),
  };
}

function target(ctx: Ctx, a: Address): Json {
  const it = a.relPath === null ? a.base : resolvePath(ctx.store, a.base, a.relPath);
  if (!it) throw driveNotFound();
  return it;
}

function getContent(ctx: Ctx, it: Json): Res {
  if (!it["file"]) throw badRequest("The item is a folder; it has no content stream.", "notSupported");
  const notMatch = ctx.headers["if-none-match"];
  if (notMatch && notMatch === it["eTag"]) return { status: 304 };
  return {
    status: 302,
    headers: {
      Location: `${ctx.origin}/_emulator/content/${encodeURIComponent(String(it["id"]))}?v=${String(it["_v"])}`,
    },
  };
}

function putContent(ctx: Ctx, a: Address): Res {
  const existing = a.relPath === null ? a.base : resolvePath(ctx.store, a.base, a.relPath);
  const ifMatch = ctx.headers["if-match"];
  if (ifMatch && !existing) throw driveStale();
  if (existing) checkIfMatch(ctx, String(existing["eTag"]), driveStale);
  if (
    existing &&
    (ctx.headers["if-none-match"] === "*" || ctx.params.get("@microsoft.graph.conflictBehavior") === "fail")
  ) {
    throw new GraphError(409, "nameAlreadyExists", "The specified item name already exists.");
  }
  let result: { item: Json; created: boolean };
  if (a.relPath === null) {
    if (!a.base["file"]) throw badRequest("Cannot upload content to a folder.", "invalidRequest");
    const parent = ctx.store.driveItems.get(String(a.base["_parentId"]))!;
    result = writeFile(ctx.store, parent, String(a.base["name"]), ctx.body);
  } else {
    result = putFile(ctx.store, a.base, a.relPath, ctx.body);
  }
  return {
    status: result.created ? 201 : 200,
    headers: { ETag: String(result.item["eTag"]) },
    body: itemJson(ctx, result.item),
  };
}

function listChildren(ctx: Ctx, folder: Json): Res {
  if (!folder["folder"] && !folder["_root"] && !folder["_special"])
    throw badRequest("The item is not a folder.", "invalidRequest");
  const q = query(ctx);
  const items = childrenOf(ctx.store, String(folder["id"])).map((c) =>
    driveItemJson(ctx.store, c, ctx.origin),
  );
  const body = list(items, q, {
    url: `${ctx.base}${ctx.path}`,
    params: ctx.params,
    context: `${ctx.base}/$metadata#drives('b%21svara')/items('${String(folder["id"])}')/children`,
    pageSize: 200,
    maxTop: 1000,
    navigation: [],
    paging: "skiptoken",
  });
  return { status: 200, body };
}

function createChild(ctx: Ctx, parent: Json): Res {
  const body = JSON.parse(ctx.body.toString("utf8") || "{}") as Json;
  const name = body["name"];
  if (typeof name !== "string" || name === "" || !body["folder"]) {
    throw badRequest("Only folders can be created here: { name, folder: {} }.", "invalidRequest");
  }
  const existing = childrenOf(ctx.store, String(parent["id"])).find(
    (c) => String(c["name"]).toLowerCase() === name.toLowerCase(),
  );
  if (existing) {
    if (body["@microsoft.graph.conflictBehavior"] === "fail") {
      throw new GraphError(409, "nameAlreadyExists", "The specified item name already exists.");
    }
    return { status: 200, body: itemJson(ctx, existing) };
  }
  return { status: 201, body: itemJson(ctx, createFolder(ctx.store, parent, name)) };
}

function deleteItem(ctx: Ctx, it: Json): Res {
  if (it["_special"] || it["_root"])
    throw new GraphError(403, "accessDenied", "The special folder cannot be deleted.");
  checkIfMatch(ctx, String(it["eTag"]), driveStale);
  const drop = (x: Json): void => {
    for (const c of childrenOf(ctx.store, String(x["id"]))) drop(c);
    ctx.store.driveItems.delete(String(x["id"]));
  };
  drop(it);
  ctx.store.changed();
  return { status: 204 };
}

function handler(a: Address): Handler {
  return (ctx) => {
    switch (`${ctx.method} ${a.action}`) {
      case "GET ":
        return { status: 200, body: itemJson(ctx, target(ctx, a)) };
      case "GET children":
        return listChildren(ctx, target(ctx, a));
      case "POST children":
        return createChild(ctx, target(ctx, a));
      case "GET content":
        return getContent(ctx, target(ctx, a));
      case "PUT content":
        return putContent(ctx, a);
      case "DELETE ":
        return deleteItem(ctx, target(ctx, a));
      default:
        throw new GraphError(
          405,
          "Request_BadRequest",
          "Specified HTTP method is not allowed for the request target.",
        );
    }
  };
}

export function registerDrive(router: Router): void {
  router.match((ctx) => {
    const a = parseAddress(ctx.store, ctx.path);
    return a ? handler(a) : null;
  });
}

/** The pre-authenticated download URL that GET …/content redirects to. */
export function downloadContent(store: Store, id: string): Res {
  const it = store.driveItems.get(id);
  if (!it || typeof it["_content"] !== "string")
    return {
      status: 404,
      body: { error: { code: "itemNotFound", message: "The resource could not be found." } },
    };
  return {
    status: 200,
    headers: { "Content-Type": String((it["file"] as Json)["mimeType"]), ETag: String(it["eTag"]) },
    raw: Buffer.from(it["_content"], "base64"),
  };
}
