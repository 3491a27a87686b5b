// /me/outlook/masterCategories: the category list that gives Outlook categories their colour.
import { GraphError } from "../errors";
import { shape } from "../odata/shape";
import { json, query, type Ctx, type Router } from "../router";
import type { Json } from "../store";
import { userContext } from "./common";

const PRESET = /^(none|preset([0-9]|1[0-9]|2[0-4]))$/;

function categoryOrThrow(ctx: Ctx, id: string): Json {
  const c = ctx.store.categories.get(id);
  if (!c) throw new GraphError(404, "ErrorItemNotFound", "The specified object was not found in the store.");
  return c;
}

export function registerCategories(router: Router): void {
  const ctxUrl = (ctx: Ctx): string => userContext(ctx, "outlook/masterCategories");
  router
    .on("GET", "/me/outlook/masterCategories", (ctx) => {
      const q = query(ctx);
      const all = [...ctx.store.categories.values()].map((c) => shape(c, q, { navigation: [] }));
      return { status: 200, body: { "@odata.context": ctxUrl(ctx), value: all } };
    })
    .on("POST", "/me/outlook/masterCategories", (ctx) => {
      const body = json(ctx);
      const name = body["displayName"];
      if (typeof name !== "string" || name.trim() === "") {
        throw new GraphError(400, "ErrorInvalidRequest", "The property 'displayName' is required.");
      }
      for (const c of ctx.store.categories.values()) {
        if (String(c["displayName"]).toLowerCase() === name.toLowerCase()) {
          throw new GraphError(409, "ErrorAlreadyExists", "A category with the given name already exists.");
        }
      }
      const color = typeof body["color"] === "string" ? body["color"] : "none";
      if (!PRESET.test(color))
        throw new GraphError(400, "ErrorInvalidRequest", `The color '${color}' is not valid.`);
      const rec: Json = { id: ctx.store.newGuid(), displayName: name, color };
      ctx.store.categories.set(String(rec["id"]), rec);
      ctx.store.changed();
      return { status: 201, body: { "@odata.context": `${ctxUrl(ctx)}/$entity`, ...rec } };
    })
    .on("GET", "/me/outlook/masterCategories/:id", (ctx, p) => ({
      status: 200,
      body: { "@odata.context": `${ctxUrl(ctx)}/$entity`, ...categoryOrThrow(ctx, p["id"]!) },
    }))
    .on("PATCH", "/me/outlook/masterCategories/:id", (ctx, p) => {
      const c = categoryOrThrow(ctx, p["id"]!);
      const body = json(ctx);
      if (typeof body["color"] === "string") c["color"] = body["color"];
      ctx.store.changed();
      return { status: 200, body: { "@odata.context": `${ctxUrl(ctx)}/$entity`, ...c } };
    })
    .on("DELETE", "/me/outlook/masterCategories/:id", (ctx, p) => {
      categoryOrThrow(ctx, p["id"]!);
      ctx.store.categories.delete(p["id"]!);
      ctx.store.changed();
      return { status: 204 };
    });
}
