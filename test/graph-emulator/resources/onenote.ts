// OneNote: /me/onenote notebooks, section groups, sections and pages (see onenotePages.ts for
// page content).
import { oneNoteNotFound } from "../errors";
import { shape } from "../odata/shape";
import { json, query, type Ctx, type Router } from "../router";
import {
  get,
  groupJson,
  listOf,
  named,
  notebookJson,
  pageJson,
  sectionJson,
  uniqueName,
} from "./onenoteEntities";
import { createPage, patchContent, renderPage } from "./onenotePages";

export function registerOneNote(router: Router): void {
  const s = (ctx: Ctx) => ctx.store;
  router
    .on("GET", "/me/onenote/notebooks", (ctx) =>
      listOf(
        ctx,
        [...s(ctx).notebooks.values()].map((n) => notebookJson(ctx, n)),
        "notebooks",
      ),
    )
    .on("POST", "/me/onenote/notebooks", (ctx) => {
      const b = json(ctx);
      uniqueName(s(ctx).notebooks.values(), b["displayName"], () => true);
      const n = named("notebook", s(ctx), b["displayName"], {});
      s(ctx).notebooks.set(String(n["id"]), n);
      s(ctx).changed();
      return { status: 201, body: notebookJson(ctx, n) };
    })
    .on("GET", "/me/onenote/notebooks/:id", (ctx, p) => ({
      status: 200,
      body: notebookJson(ctx, get(s(ctx).notebooks, p["id"]!)),
    }))
    .on("GET", "/me/onenote/notebooks/:id/sections", (ctx, p) => {
      get(s(ctx).notebooks, p["id"]!);
      const items = [...s(ctx).sections.values()].filter(
        (x) => x["_notebookId"] === p["id"] && !x["_groupId"],
      );
      return listOf(
        ctx,
        items.map((x) => sectionJson(ctx, x)),
        "sections",
      );
    })
    .on("POST", "/me/onenote/notebooks/:id/sections", (ctx, p) => {
      get(s(ctx).notebooks, p["id"]!);
      const b = json(ctx);
      uniqueName(
        s(ctx).sections.values(),
        b["displayName"],
        (x) => x["_notebookId"] === p["id"] && !x["_groupId"],
      );
      const sec = named("section", s(ctx), b["displayName"], { _notebookId: p["id"] });
      s(ctx).sections.set(String(sec["id"]), sec);
      s(ctx).changed();
      return { status: 201, body: sectionJson(ctx, sec) };
    })
    .on("GET", "/me/onenote/notebooks/:id/sectionGroups", (ctx, p) => {
      get(s(ctx).notebooks, p["id"]!);
      const items = [...s(ctx).sectionGroups.values()].filter((x) => x["_notebookId"] === p["id"]);
      return listOf(
        ctx,
        items.map((x) => groupJson(ctx, x)),
        "sectionGroups",
      );
    })
    .on("POST", "/me/onenote/notebooks/:id/sectionGroups", (ctx, p) => {
      get(s(ctx).notebooks, p["id"]!);
      const b = json(ctx);
      uniqueName(s(ctx).sectionGroups.values(), b["displayName"], (x) => x["_notebookId"] === p["id"]);
      const g = named("sectionGroup", s(ctx), b["displayName"], { _notebookId: p["id"] });
      delete g["links"];
      s(ctx).sectionGroups.set(String(g["id"]), g);
      s(ctx).changed();
      return { status: 201, body: groupJson(ctx, g) };
    })
    .on("GET", "/me/onenote/sectionGroups", (ctx) =>
      listOf(
        ctx,
        [...s(ctx).sectionGroups.values()].map((g) => groupJson(ctx, g)),
        "sectionGroups",
      ),
    )
    .on("GET", "/me/onenote/sectionGroups/:id", (ctx, p) => ({
      status: 200,
      body: groupJson(ctx, get(s(ctx).sectionGroups, p["id"]!)),
    }))
    .on("GET", "/me/onenote/sectionGroups/:id/sections", (ctx, p) => {
      get(s(ctx).sectionGroups, p["id"]!);
      return listOf(
        ctx,
        [...s(ctx).sections.values()]
          .filter((x) => x["_groupId"] === p["id"])
          .map((x) => sectionJson(ctx, x)),
        "sections",
      );
    })
    .on("POST", "/me/onenote/sectionGroups/:id/sections", (ctx, p) => {
      const g = get(s(ctx).sectionGroups, p["id"]!);
      const b = json(ctx);
      uniqueName(s(ctx).sections.values(), b["displayName"], (x) => x["_groupId"] === p["id"]);
      const sec = named("section", s(ctx), b["displayName"], {
        _notebookId: g["_notebookId"],
        _groupId: p["id"],
      });
      s(ctx).sections.set(String(sec["id"]), sec);
      s(ctx).changed();
      return { status: 201, body: sectionJson(ctx, sec) };
    })
    .on("GET", "/me/onenote/sections", (ctx) =>
      listOf(
        ctx,
        [...s(ctx).sections.values()].map((x) => sectionJson(ctx, x)),
        "sections",
      ),
    )
    .on("GET", "/me/onenote/sections/:id", (ctx, p) => ({
      status: 200,
      body: sectionJson(ctx, get(s(ctx).sections, p["id"]!)),
    }))
    .on("GET", "/me/onenote/sections/:id/pages", (ctx, p) => {
      get(s(ctx).sections, p["id"]!);
      return listOf(
        ctx,
        [...s(ctx).pages.values()].filter((x) => x["_sectionId"] === p["id"]).map((x) => pageJson(ctx, x)),
        "pages",
      );
    })
    .on("POST", "/me/onenote/sections/:id/pages", (ctx, p) => createPage(ctx, p["id"]!))
    .on("POST", "/me/onenote/pages", (ctx) => {
      const name = ctx.params.get("sectionName");
      const sec =
        [...s(ctx).sections.values()].find((x) => String(x["displayName"]) === name) ??
        [...s(ctx).sections.values()][0];
      if (!sec) throw oneNoteNotFound();
      return createPage(ctx, String(sec["id"]));
    })
    .on("GET", "/me/onenote/pages", (ctx) =>
      listOf(
        ctx,
        [...s(ctx).pages.values()].map((x) => pageJson(ctx, x)),
        "pages",
      ),
    )
    .on("GET", "/me/onenote/pages/:id", (ctx, p) => ({
      status: 200,
      body: shape(pageJson(ctx, get(s(ctx).pages, p["id"]!)), query(ctx), { navigation: [] }),
    }))
    .on("DELETE", "/me/onenote/pages/:id", (ctx, p) => {
      get(s(ctx).pages, p["id"]!);
      s(ctx).pages.delete(p["id"]!);
      s(ctx).changed();
      return { status: 204 };
    })
    .on("GET", "/me/onenote/pages/:id/content", (ctx, p) => {
      const pg = get(s(ctx).pages, p["id"]!);
      const includeIds = (ctx.params.get("includeIDs") ?? ctx.params.get("includeids")) === "true";
      return { status: 200, headers: { "Content-Type": "text/html" }, raw: renderPage(pg, includeIds) };
    })
    .on("PATCH", "/me/onenote/pages/:id/content", (ctx, p) => patchContent(ctx, get(s(ctx).pages, p["id"]!)));
}
