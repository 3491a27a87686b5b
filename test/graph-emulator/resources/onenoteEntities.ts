// OneNote entities as Graph answers them (notebooks, section groups, sections, page metadata) and
// the helpers the OneNote routes share.
import { GraphError, oneNoteNotFound } from "../errors";
import { filterAndOrder, page } from "../odata/list";
import { publicCopy } from "../odata/shape";
import { query, type Ctx, type Res } from "../router";
import type { Json, Store } from "../store";

export const APP_ID = "WLID-000000004C12821A";

function who(store: Store): Json {
  return { user: { id: String(store.user["id"]), displayName: String(store.user["displayName"]) } };
}

export function links(kind: string, name: string): Json {
  const web = `https://svarademo-my.sharepoint.com/personal/maja_lind/Documents/Notebooks/${encodeURIComponent(name)}`;
  return { oneNoteClientUrl: { href: `onenote:${web}` }, oneNoteWebUrl: { href: `${web}?${kind}` } };
}

export function notebookJson(ctx: Ctx, n: Json): Json {
  const self = `${ctx.base}/users/${String(ctx.store.user["id"])}/onenote/notebooks/${String(n["id"])}`;
  return publicCopy({
    ...n,
    self,
    sectionsUrl: `${self}/sections`,
    sectionGroupsUrl: `${self}/sectionGroups`,
  });
}

export function sectionJson(ctx: Ctx, s: Json): Json {
  const self = `${ctx.base}/users/${String(ctx.store.user["id"])}/onenote/sections/${String(s["id"])}`;
  const nb = ctx.store.notebooks.get(String(s["_notebookId"]));
  const group = s["_groupId"] ? ctx.store.sectionGroups.get(String(s["_groupId"])) : undefined;
  return publicCopy({
    ...s,
    self,
    pagesUrl: `${self}/pages`,
    parentNotebook: nb
      ? {
          id: nb["id"],
          displayName: nb["displayName"],
          self: `${ctx.base}/users/${String(ctx.store.user["id"])}/onenote/notebooks/${String(nb["id"])}`,
        }
      : null,
    parentSectionGroup: group ? { id: group["id"], displayName: group["displayName"] } : null,
  });
}

export function groupJson(ctx: Ctx, g: Json): Json {
  const self = `${ctx.base}/users/${String(ctx.store.user["id"])}/onenote/sectionGroups/${String(g["id"])}`;
  return publicCopy({
    ...g,
    self,
    sectionsUrl: `${self}/sections`,
    sectionGroupsUrl: `${self}/sectionGroups`,
  });
}

export function pageJson(ctx: Ctx, p: Json): Json {
  const self = `${ctx.base}/users/${String(ctx.store.user["id"])}/onenote/pages/${String(p["id"])}`;
  return publicCopy({ ...p, self, contentUrl: `${self}/content` });
}

export function listOf(ctx: Ctx, items: Json[], tail: string, pageSize = 20): Res {
  const q = query(ctx);
  const opts = {
    url: `${ctx.base}${ctx.path}`,
    params: ctx.params,
    context: `${ctx.base}/$metadata#users('${String(ctx.store.user["id"])}')/onenote/${tail}`,
    pageSize,
    maxTop: 100,
    navigation: [],
    // "OData string comparisons are case-sensitive" (learn.microsoft.com/graph/onenote-get-content).
    caseSensitive: true,
  };
  return { status: 200, body: page(filterAndOrder(items, q, opts), q, opts) };
}

export function named(
  kind: "notebook" | "section" | "sectionGroup",
  store: Store,
  displayName: unknown,
  extra: Json,
): Json {
  if (typeof displayName !== "string" || displayName.trim() === "" || /[?*/:<>|&#'%~]/.test(displayName)) {
    throw new GraphError(400, "20153", "The name is missing or contains characters that are not allowed.");
  }
  const now = store.nowIso();
  const prefix = kind === "notebook" ? "1-" : kind === "section" ? "0-" : "1-";
  return {
    id: `${prefix}${store.newGuid()}`,
    displayName,
    createdDateTime: now,
    lastModifiedDateTime: now,
    isDefault: false,
    ...(kind === "notebook" ? { userRole: "Owner", isShared: false } : {}),
    createdBy: who(store),
    lastModifiedBy: who(store),
    links: kind === "sectionGroup" ? undefined : links(kind, displayName),
    ...extra,
  };
}

export function uniqueName(items: Iterable<Json>, name: unknown, filter: (j: Json) => boolean): void {
  for (const it of items) {
    if (filter(it) && String(it["displayName"]).toLowerCase() === String(name).toLowerCase()) {
      throw new GraphError(409, "20117", "An item with this name already exists in this location.");
    }
  }
}

export function get<T>(map: Map<string, T>, id: string): T {
  const v = map.get(id);
  if (!v) throw oneNoteNotFound();
  return v;
}
