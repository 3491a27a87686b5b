// /me: the signed-in user.
import { shape } from "../odata/shape";
import { query, type Router } from "../router";

export function registerMe(router: Router): void {
  router.on("GET", "/me", (ctx) => ({
    status: 200,
    body: {
      "@odata.context": `${ctx.base}/$metadata#users/$entity`,
      ...shape(ctx.store.user, query(ctx), { navigation: [] }),
    },
  }));
}
