// Maps "METHOD /path/:param" to a handler. Graph paths are case-insensitive; ids are not.
import { badRequest, GraphError, unknownSegment } from "./errors";
import { parseQuery, type ODataQuery } from "./odata/query";
import type { Store } from "./store";

export interface Ctx {
  method: string;
  /** Path below /v1.0, decoded, without query: "/me/messages/AAMk…". */
  path: string;
  /** The same path still percent-encoded, so an id holding "%2F" stays one segment. */
  rawPath?: string;
  params: URLSearchParams;
  headers: Record<string, string>;
  body: Buffer;
  store: Store;
  /** "http://127.0.0.1:4100/v1.0" */
  base: string;
  /** "http://127.0.0.1:4100" */
  origin: string;
  /** Filled by $batch with its sub-requests, for the request log. */
  batchLog?: { id: string; method: string; url: string; status: number }[];
  /** Set by $batch when a sub-request hit a "dropped after commit" fault. */
  dropConnection?: boolean;
}

export interface Res {
  status: number;
  headers?: Record<string, string>;
  /** JSON body, or raw bytes/text with a content-type in headers. */
  body?: unknown;
  raw?: Buffer | string;
}

export type Handler = (ctx: Ctx, p: Record<string, string>) => Res | Promise<Res>;
export type Matcher = (ctx: Ctx) => Handler | null;

interface Route {
  method: string;
  segments: string[];
  handler: Handler;
}

export function query(ctx: Ctx): ODataQuery {
  return parseQuery(ctx.params);
}

export function json(ctx: Ctx): Record<string, unknown> {
  if (ctx.body.length === 0) return {};
  try {
    const v: unknown = JSON.parse(ctx.body.toString("utf8"));
    if (v === null || typeof v !== "object" || Array.isArray(v)) throw new Error("not an object");
    return v as Record<string, unknown>;
  } catch {
    throw badRequest("Empty Payload. JSON content expected.", "BadRequest");
  }
}

export function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

export class Router {
  private readonly routes: Route[] = [];
  private readonly matchers: Matcher[] = [];

  on(method: string, pattern: string, handler: Handler): this {
    this.routes.push({ method, segments: pattern.split("/").filter(Boolean), handler });
    return this;
  }

  /** For addressing that is not segment-shaped (OneDrive's `approot:/path:/content`). */
  match(m: Matcher): this {
    this.matchers.push(m);
    return this;
  }

  async handle(ctx: Ctx): Promise<Res> {
    for (const m of this.matchers) {
      const h = m(ctx);
      if (h) return h(ctx, {});
    }
    const segs = (ctx.rawPath ?? ctx.path).split("/").filter(Boolean).map(safeDecode);
    let pathMatched = false;
    for (const r of this.routes) {
      if (r.segments.length !== segs.length) continue;
      const params: Record<string, string> = {};
      let ok = true;
      for (let i = 0; i < segs.length; i++) {
        const want = r.segments[i]!;
        const got = segs[i]!;
        if (want.startsWith(":")) params[want.slice(1)] = got;
        else if (want.toLowerCase() !== got.toLowerCase()) {
          ok = false;
          break;
        }
      }
      if (!ok) continue;
      pathMatched = true;
      if (r.method === ctx.method) return r.handler(ctx, params);
    }
    if (pathMatched) {
      throw new GraphError(
        405,
        "Request_BadRequest",
        "Specified HTTP method is not allowed for the request target.",
      );
    }
    throw unknownSegment(segs[segs.length - 1] ?? "");
  }
}
