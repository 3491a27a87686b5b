// Runs one Graph request (top-level or inside $batch) through the router and turns thrown
// GraphErrors into Graph's error JSON.
import { randomUUID } from "node:crypto";
import { errorBody, GraphError } from "./errors";
import type { Ctx, Res, Router } from "./router";

export function errorResponse(
  status: number,
  code: string,
  message: string,
  ctx: Pick<Ctx, "headers" | "store">,
  extraHeaders: Record<string, string> = {},
): Res {
  const requestId = randomUUID();
  const clientRequestId = ctx.headers["client-request-id"] ?? requestId;
  return {
    status,
    headers: { "request-id": requestId, "client-request-id": clientRequestId, ...extraHeaders },
    body: errorBody(code, message, requestId, clientRequestId, new Date()),
  };
}

export async function dispatch(router: Router, ctx: Ctx): Promise<Res> {
  try {
    return await router.handle(ctx);
  } catch (e) {
    if (e instanceof GraphError) return errorResponse(e.status, e.code, e.message, ctx, e.headers);
    const message = e instanceof Error ? e.message : String(e);
    return errorResponse(500, "InternalServerError", `Emulator failure: ${message}`, ctx);
  }
}
