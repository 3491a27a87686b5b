// The HTTP front: node:http only. CORS for the browser workbench, bearer-token check, faults,
// the request log, the /_emulator control API, then the router for everything under /v1.0.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { randomUUID } from "node:crypto";
import { handleControl } from "./control";
import { dispatch, errorResponse } from "./dispatch";
import { lowerHeaders, readBody, write } from "./httpIo";
import { malformed } from "./malformed";
import type { ServerParts } from "./parts";
import type { RequestLog } from "./requestLog";
import { safeDecode, type Ctx, type Res, type Router } from "./router";
import { buildRouter } from "./routes";

export type { ServerParts } from "./parts";

const GRAPH_BASE = "https://graph.microsoft.com/v1.0";
const ALLOW_HEADERS =
  "Authorization, Content-Type, If-Match, If-None-Match, Prefer, client-request-id, return-client-request-id, SdkVersion, Accept";
const EXPOSE_HEADERS = "ETag, Retry-After, request-id, client-request-id, Location, Preference-Applied";

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

function cors(req: IncomingMessage, res: ServerResponse): void {
  const origin = req.headers.origin;
  res.setHeader("Access-Control-Allow-Origin", origin ?? "*");
  if (origin) res.setHeader("Vary", "Origin");
  res.setHeader("Access-Control-Expose-Headers", EXPOSE_HEADERS);
}

function bearerToken(headers: Record<string, string>): string | null {
  const m = /^Bearer\s+(\S.*)$/i.exec(headers["authorization"] ?? "");
  return m ? m[1]!.trim() : null;
}

export function createEmulatorServer(parts: ServerParts): { server: Server; router: Router } {
  const { faults, log } = parts;
  const router = buildRouter(parts);

  let inFlight = 0;
  const server = createServer((req, res) => {
    void (async () => {
      cors(req, res);
      if (req.method === "OPTIONS") {
        res.writeHead(204, {
          "Access-Control-Allow-Methods": "GET, POST, PUT, PATCH, DELETE, OPTIONS",
          "Access-Control-Allow-Headers": req.headers["access-control-request-headers"] ?? ALLOW_HEADERS,
          "Access-Control-Max-Age": "600",
        });
        res.end();
        return;
      }
      const started = Date.now();
      const host = req.headers.host ?? "127.0.0.1";
      const origin = `http://${host}`;
      const url = new URL(req.url ?? "/", origin);
      const body = await readBody(req);
      const store = parts.store;
      if (url.pathname.startsWith("/_emulator/"))
        return handleControl(parts, req, res, url.pathname, body, origin);
      if (!url.pathname.toLowerCase().startsWith("/v1.0/")) {
        return write(
          res,
          errorResponse(400, "BadRequest", "Invalid version: only /v1.0 is emulated.", {
            headers: {},
            store,
          }),
        );
      }
      const headers = lowerHeaders(req);
      const rawPath = url.pathname.slice("/v1.0".length);
      const path = safeDecode(rawPath);
      const ctx: Ctx = {
        method: (req.method ?? "GET").toUpperCase(),
        path,
        rawPath,
        params: url.searchParams,
        headers,
        body,
        store,
        base: parts.links === "graph" ? GRAPH_BASE : `${origin}/v1.0`,
        origin,
      };
      const token = bearerToken(headers);
      let result: Res;
      let dropped = false;
      const batchLog: NonNullable<Parameters<RequestLog["add"]>[0]["batch"]> = [];
      const decision = token === null ? null : faults.decide(ctx.method, path, token, inFlight);
      inFlight++;
      try {
        if (decision && decision.latencyMs > 0) await sleep(decision.latencyMs);
        if (token === null) {
          result = errorResponse(401, "InvalidAuthenticationToken", "Access token is empty.", ctx, {
            "WWW-Authenticate":
              'Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize"',
          });
        } else if (decision?.reject) {
          const r = decision.reject;
          result = errorResponse(
            r.status,
            r.code,
            r.message,
            ctx,
            r.retryAfter === null ? {} : { "Retry-After": String(r.retryAfter) },
          );
        } else {
          ctx.batchLog = batchLog;
          result = await dispatch(router, ctx);
          if (decision?.drop) dropped = true;
          if (decision?.malformed)
            result = malformed(result, decision.malformed, `${ctx.base}${rawPath}${url.search}`);
        }
      } finally {
        inFlight--;
      }
      log.add({
        at: new Date(started).toISOString(),
        method: ctx.method,
        path,
        query: url.search.replace(/^\?/, ""),
        status: result.status,
        durationMs: Date.now() - started,
        clientRequestId: headers["client-request-id"] ?? null,
        // A $batch is cut off too when one of its sub-requests hit a "dropped after commit" fault.
        dropped: dropped || ctx.dropConnection === true,
        ...(path.toLowerCase() === "/$batch" ? { batch: batchLog } : {}),
      });
      if (dropped || ctx.dropConnection) {
        req.socket.destroy();
        return;
      }
      result.headers = { "request-id": randomUUID(), ...result.headers };
      if (headers["client-request-id"]) result.headers["client-request-id"] = headers["client-request-id"];
      write(res, result);
    })().catch((e: unknown) => {
      if (!res.headersSent) {
        write(
          res,
          errorResponse(500, "InternalServerError", `Emulator failure: ${String(e)}`, {
            headers: {},
            store: parts.store,
          }),
        );
      } else res.destroy();
    });
  });
  return { server, router };
}

export function listeningUrl(server: Server): string {
  const addr = server.address() as AddressInfo;
  return `http://127.0.0.1:${addr.port}/v1.0`;
}
