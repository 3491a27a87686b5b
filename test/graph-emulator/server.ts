// The HTTP front: node:http only. CORS for the browser workbench, bearer-token check, faults,
// the request log, the /_emulator control API, then the router for everything under /v1.0.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { randomUUID } from "node:crypto";
import { dispatch, errorResponse } from "./dispatch";
import { FAULT_KINDS, Faults, type FaultSpec } from "./faults";
import { RequestLog } from "./requestLog";
import { safeDecode, type Ctx, type Res, type Router } from "./router";
import { buildRouter } from "./routes";
import type { Store } from "./store";
import { downloadContent } from "./resources/drive";
import { deliverInbound } from "./resources/messages";

export const GRAPH_BASE = "https://graph.microsoft.com/v1.0";
const JSON_TYPE =
  "application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8";
const ALLOW_HEADERS =
  "Authorization, Content-Type, If-Match, If-None-Match, Prefer, client-request-id, return-client-request-id, SdkVersion, Accept";
const EXPOSE_HEADERS = "ETag, Retry-After, request-id, client-request-id, Location, Preference-Applied";

export interface ServerParts {
  /** Read per request: reset() swaps it. */
  store: Store;
  faults: Faults;
  log: RequestLog;
  /**
   * How absolute links (@odata.nextLink, deltaLink, @odata.context, Location) are written: "self"
   * (http://127.0.0.1:PORT/v1.0, default) or "graph" (https://graph.microsoft.com/v1.0, for a client
   * that keeps Graph's real base URL and rewrites the host on the last hop, as Dev Proxy does).
   */
  links?: "self" | "graph";
  /** Replaces the state with a fresh seed (POST /_emulator/reset). */
  reset?: (seed: string, now?: string) => void;
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

function lowerHeaders(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.headers)) {
    if (v !== undefined) out[k.toLowerCase()] = Array.isArray(v) ? v.join(", ") : v;
  }
  return out;
}

function cors(req: IncomingMessage, res: ServerResponse): void {
  const origin = req.headers.origin;
  res.setHeader("Access-Control-Allow-Origin", origin ?? "*");
  if (origin) res.setHeader("Vary", "Origin");
  res.setHeader("Access-Control-Expose-Headers", EXPOSE_HEADERS);
}

function write(res: ServerResponse, r: Res): void {
  const headers: Record<string, string> = { ...r.headers };
  let payload: Buffer | string | undefined;
  if (r.raw !== undefined) payload = r.raw;
  else if (r.body !== undefined) {
    payload = JSON.stringify(r.body);
    headers["Content-Type"] ??= JSON_TYPE;
  }
  if (r.status === 204 || r.status === 304) payload = undefined;
  headers["OData-Version"] ??= "4.0";
  res.writeHead(r.status, headers);
  res.end(payload);
}

export function bearerToken(headers: Record<string, string>): string | null {
  const m = /^Bearer\s+(\S.*)$/i.exec(headers["authorization"] ?? "");
  return m ? m[1]!.trim() : null;
}

export function createEmulatorServer(parts: ServerParts): { server: Server; router: Router } {
  const { faults, log } = parts;
  const router = buildRouter(parts);

  async function control(
    req: IncomingMessage,
    res: ServerResponse,
    path: string,
    body: Buffer,
    origin: string,
  ) {
    const reply = (status: number, value?: unknown): void =>
      write(res, { status, body: value, headers: { "Content-Type": "application/json" } });
    const parse = (): unknown => (body.length ? JSON.parse(body.toString("utf8")) : {});
    const store = parts.store;
    if (path === "/_emulator/health") return reply(200, { ok: true });
    if (path === "/_emulator/requests") {
      if (req.method === "DELETE") {
        log.clear();
        return reply(204);
      }
      const since = Number(new URL(req.url ?? "/", origin).searchParams.get("since") ?? "0") || 0;
      return reply(200, { value: log.all().filter((e) => e.seq > since) });
    }
    if (path === "/_emulator/faults") {
      if (req.method === "GET") return reply(200, { value: faults.list() });
      if (req.method === "DELETE") {
        faults.clear();
        return reply(204);
      }
      if (req.method === "POST") {
        const spec = parse();
        const specs = (Array.isArray(spec) ? spec : [spec]) as FaultSpec[];
        const bad = specs.find((s) => !FAULT_KINDS.includes(s?.kind));
        if (bad) {
          return reply(400, {
            error: {
              code: "BadRequest",
              message: `Unknown fault kind; use one of ${FAULT_KINDS.join(", ")}.`,
            },
          });
        }
        const added = specs.map((s) => faults.add(s));
        return reply(201, { value: added.map((a) => faults.list().find((f) => f.id === a.id)) });
      }
    }
    const faultId = /^\/_emulator\/faults\/(\d+)$/.exec(path);
    if (faultId && req.method === "DELETE") {
      faults.remove(Number(faultId[1]));
      return reply(204);
    }
    const content = /^\/_emulator\/content\/([^/]+)$/.exec(path);
    if (content && req.method === "GET")
      return write(res, downloadContent(store, decodeURIComponent(content[1]!)));
    if (path === "/_emulator/reset" && req.method === "POST") {
      const spec = parse() as { seed?: string; now?: string };
      if (!parts.reset) return reply(501, { error: { code: "NotSupported", message: "reset is not wired" } });
      parts.reset(spec.seed ?? "demo", spec.now);
      return reply(204);
    }
    if (path === "/_emulator/deliver" && req.method === "POST") {
      return reply(201, deliverInbound(store, parse() as Record<string, unknown>, origin));
    }
    return reply(404, { error: { code: "NotFound", message: `No emulator control endpoint ${path}` } });
  }

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
      if (url.pathname.startsWith("/_emulator/")) return control(req, res, url.pathname, body, origin);
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
        dropped,
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
