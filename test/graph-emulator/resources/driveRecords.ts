// OneDrive items in the app folder: folders and files, eTag/cTag versions, path resolution.
import { createHash } from "node:crypto";
import type { Json, Store } from "../store";

const DRIVE_ID = "b!svara-demo-drive";

export function approot(store: Store): Json {
  for (const it of store.driveItems.values()) if (it["_special"] === "approot") return it;
  throw new Error("the store has no app folder");
}

export function childrenOf(store: Store, parentId: string): Json[] {
  const out: Json[] = [];
  for (const it of store.driveItems.values()) if (it["_parentId"] === parentId) out.push(it);
  return out.sort((a, b) => String(a["name"]).localeCompare(String(b["name"])));
}

function childNamed(store: Store, parentId: string, name: string): Json | undefined {
  const lower = name.toLowerCase();
  for (const it of store.driveItems.values()) {
    if (it["_parentId"] === parentId && String(it["name"]).toLowerCase() === lower) return it;
  }
  return undefined;
}

export function resolvePath(store: Store, from: Json, relPath: string): Json | undefined {
  let cur: Json | undefined = from;
  for (const seg of relPath.split("/").filter(Boolean)) {
    if (!cur) return undefined;
    cur = childNamed(store, String(cur["id"]), seg);
  }
  return cur;
}

function guidOf(id: string): string {
  const h = createHash("md5").update(id).digest("hex").toUpperCase();
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

export function touchDrive(store: Store, it: Json): void {
  const v = (Number(it["_v"]) || 0) + 1;
  it["_v"] = v;
  const guid = guidOf(String(it["id"]));
  it["eTag"] = `"{${guid}},${v}"`;
  it["cTag"] = `"c:{${guid}},${v}"`;
  it["lastModifiedDateTime"] = store.nowIso();
  it["createdDateTime"] ??= it["lastModifiedDateTime"];
  store.changed();
}

function mimeOf(name: string): string {
  if (/\.json$/i.test(name)) return "application/json";
  if (/\.txt$/i.test(name)) return "text/plain";
  if (/\.html?$/i.test(name)) return "text/html";
  return "application/octet-stream";
}

export function createFolder(store: Store, parent: Json, name: string): Json {
  const id = store
    .newId("01BYE5RZ", `drive:${String(parent["id"])}/${name.toLowerCase()}`)
    .slice(0, 34)
    .toUpperCase();
  const it: Json = { id, name, _parentId: String(parent["id"]), folder: {} };
  store.driveItems.set(id, it);
  touchDrive(store, it);
  return it;
}

/** Writes a file, creating missing folders on the way; answers whether it was created. */
export function putFile(
  store: Store,
  base: Json,
  relPath: string,
  content: Buffer,
): { item: Json; created: boolean } {
  const segs = relPath.split("/").filter(Boolean);
  const name = segs.pop()!;
  let parent = base;
  for (const seg of segs)
    parent = childNamed(store, String(parent["id"]), seg) ?? createFolder(store, parent, seg);
  return writeFile(store, parent, name, content);
}

export function writeFile(
  store: Store,
  parent: Json,
  name: string,
  content: Buffer,
): { item: Json; created: boolean } {
  let it = childNamed(store, String(parent["id"]), name);
  const created = !it;
  if (!it) {
    const id = store
      .newId("01BYE5RZ", `drive:${String(parent["id"])}/${name.toLowerCase()}`)
      .slice(0, 34)
      .toUpperCase();
    it = { id, name, _parentId: String(parent["id"]) };
    store.driveItems.set(id, it);
  }
  it["file"] = { mimeType: mimeOf(name) };
  it["size"] = content.length;
  it["_content"] = content.toString("base64");
  touchDrive(store, it);
  return { item: it, created };
}

function pathOf(store: Store, it: Json): string {
  const names: string[] = [];
  let cur: Json | undefined = it;
  while (cur && !cur["_root"]) {
    names.unshift(String(cur["name"]));
    cur = store.driveItems.get(String(cur["_parentId"]));
  }
  return `/drive/root:${names.length ? "/" + names.join("/") : ""}`;
}

export function driveItemJson(store: Store, it: Json, origin: string): Json {
  const owner = { user: { displayName: String(store.user["displayName"]), id: String(store.user["id"]) } };
  const parent = store.driveItems.get(String(it["_parentId"]));
  const out: Json = {
    "@odata.etag": it["eTag"],
    id: it["id"],
    name: it["name"],
    eTag: it["eTag"],
    cTag: it["cTag"],
    size: it["size"] ?? childrenOf(store, String(it["id"])).reduce((n, c) => n + (Number(c["size"]) || 0), 0),
    createdDateTime: it["createdDateTime"],
    lastModifiedDateTime: it["lastModifiedDateTime"],
    webUrl: `https://svarademo-my.sharepoint.com/personal/maja_lind/Documents/Apps/${encodeURIComponent(String(it["name"]))}`,
    createdBy: owner,
    lastModifiedBy: owner,
    parentReference: parent
      ? { driveId: DRIVE_ID, driveType: "business", id: parent["id"], path: pathOf(store, parent) }
      : { driveId: DRIVE_ID, driveType: "business" },
  };
  if (it["file"]) {
    out["file"] = it["file"];
    out["@microsoft.graph.downloadUrl"] =
      `${origin}/_emulator/content/${encodeURIComponent(String(it["id"]))}?v=${String(it["_v"])}`;
  } else {
    out["folder"] = { childCount: childrenOf(store, String(it["id"])).length };
  }
  if (it["specialFolder"]) out["specialFolder"] = it["specialFolder"];
  return out;
}
