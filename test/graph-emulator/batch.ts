// JSON batching (POST /$batch): at most 20 requests, fully parallel or fully sequential (a mix is a
// 400), dependsOn ordering with 424 Failed Dependency, each answer's status inside a 200, up to 4
// sub-requests at a time (Outlook's concurrency per mailbox). Faults apply per sub-request: a throttled one comes back as a 429 inside the 200.
import { dispatch, errorResponse } from "./dispatch";
import { badRequest } from "./errors";
import type { Faults } from "./faults";
import { malformed } from "./malformed";
import { json, safeDecode, type Ctx, type Res, type Router } from "./router";

interface SubRequest {
  id: string;
  method: string;
  url: string;
  headers?: Record<string, string>;
  body?: unknown;
  dependsOn?: string[];
}

interface SubResponse {
  id: string;
  status: number;
  headers: Record<string, string>;
  body?: unknown;
}

const MAX_REQUESTS = 20;
const PARALLEL = 4;

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

function validate(raw: unknown): SubRequest[] {
  const requests = (raw as { requests?: unknown } | null)?.requests;
  if (!Array.isArray(requests)) throw badRequest("Invalid batch payload format.", "BadRequest");
  if (requests.length > MAX_REQUESTS) {
    throw badRequest(`Number of requests in the batch exceeds the limit of ${MAX_REQUESTS}.`, "BadRequest");
  }
  const ids = new Set<string>();
  for (const r of requests as SubRequest[]) {
    if (
      typeof r.id !== "string" ||
      r.id === "" ||
      typeof r.method !== "string" ||
      typeof r.url !== "string"
    ) {
      throw badRequest("Each batch request needs an id, a method and a url.", "BadRequest");
    }
    if (ids.has(r.id)) throw badRequest(`Batch request id '${r.id}' is not unique.`, "BadRequest");
    ids.add(r.id);
    if (/^https?:/i.test(r.url)) throw badRequest("Batch request URLs must be relative.", "BadRequest");
    const body = r.body;
    if (body !== undefined && !Object.keys(r.headers ?? {}).some((h) => h.toLowerCase() === "content-type")) {
      throw badRequest(`Content-Type header is required for request '${r.id}' with a body.`, "BadRequest");
    }
  }
  for (const r of requests as SubRequest[]) {
    for (const d of r.dependsOn ?? []) {
      if (!ids.has(d))
        throw badRequest(`Request '${r.id}' depends on an unknown request '${d}'.`, "BadRequest");
    }
  }
  if (!fullySequentialOrParallel(requests as SubRequest[])) {
    throw badRequest("Batch should be either fully sequential or fully parallel", "BadRequest");
  }
  return requests as SubRequest[];
}

/** Graph runs a batch with no dependsOn in parallel, or one where every request but the first
 * depends on a request before it in sequence; a mix is refused whole with 400
 * (learn.microsoft.com/graph/json-batching; microsoft-graph-docs-contrib issue #2339). */
function fullySequentialOrParallel(requests: readonly SubRequest[]): boolean {
  const named = (r: SubRequest): boolean => (r.dependsOn ?? []).length > 0;
  if (!requests.some(named)) return true;
  return requests.every((r, i) =>
    i === 0
      ? !named(r)
      : (r.dependsOn ?? []).some((d) => requests.slice(0, i).some((earlier) => earlier.id === d)),
  );
}

function toSubResponse(id: string, res: Res): SubResponse {
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(res.headers ?? {})) {
    if (!/^(request-id|client-request-id|odata-version)$/i.test(k)) headers[k] = v;
  }
  const out: SubResponse = { id, status: res.status, headers };
  if (res.raw !== undefined) {
    headers["Content-Type"] ??= "application/octet-stream";
    out.body = Buffer.from(res.raw).toString("base64");
  } else if (res.body !== undefined && res.status !== 204) {
    headers["Content-Type"] =
      "application/json; odata.metadata=minimal; odata.streaming=true; IEEE754Compatible=false; charset=utf-8";
    out.body = res.body;
  }
  return out;
}

export function registerBatch(router: Router, faults: Faults): void {
  router.on("POST", "/$batch", async (ctx: Ctx) => {
    const requests = validate(json(ctx));
    const results = new Map<string, SubResponse>();
    const started = new Set<string>();
    const running = new Set<Promise<void>>();

    const runOne = async (r: SubRequest): Promise<void> => {
      const failed = (r.dependsOn ?? []).find((d) => (results.get(d)?.status ?? 0) >= 400);
      if (failed !== undefined) {
        const res = errorResponse(
          424,
          "FailedDependency",
          `The request depends on '${failed}', which failed.`,
          ctx,
        );
        results.set(r.id, toSubResponse(r.id, res));
        ctx.batchLog?.push({ id: r.id, method: r.method.toUpperCase(), url: r.url, status: 424 });
        return;
      }
      const url = new URL(r.url.startsWith("/") ? r.url : `/${r.url}`, "http://batch.local");
      const rawPath = url.pathname.replace(/^\/v1\.0(?=\/)/i, "");
      const path = safeDecode(rawPath);
      const headers: Record<string, string> = { ...ctx.headers };
      delete headers["content-type"];
      for (const [k, v] of Object.entries(r.headers ?? {})) headers[k.toLowerCase()] = v;
      const decision = faults.decide(r.method.toUpperCase(), path, null);
      if (decision.latencyMs > 0) await sleep(decision.latencyMs);
      let res: Res;
      if (decision.reject) {
        const f = decision.reject;
        res = errorResponse(
          f.status,
          f.code,
          f.message,
          ctx,
          f.retryAfter === null ? {} : { "Retry-After": String(f.retryAfter) },
        );
      } else {
        const body =
          r.body === undefined
            ? Buffer.alloc(0)
            : Buffer.from(typeof r.body === "string" ? r.body : JSON.stringify(r.body), "utf8");
        res = await dispatch(router, {
          ...ctx,
          method: r.method.toUpperCase(),
          path,
          rawPath,
          params: url.searchParams,
          headers,
          body,
        });
        if (decision.drop) ctx.dropConnection = true;
        if (decision.malformed)
          res = malformed(res, decision.malformed, `${ctx.base}${rawPath}${url.search}`);
      }
      results.set(r.id, toSubResponse(r.id, res));
      ctx.batchLog?.push({ id: r.id, method: r.method.toUpperCase(), url: r.url, status: res.status });
    };

    while (started.size < requests.length) {
      const ready = requests.filter(
        (r) => !started.has(r.id) && (r.dependsOn ?? []).every((d) => results.has(d)),
      );
      if (ready.length === 0 && running.size === 0) {
        throw badRequest("The dependsOn graph of the batch has a cycle.", "BadRequest");
      }
      for (const r of ready) {
        if (running.size >= PARALLEL) break;
        started.add(r.id);
        const p: Promise<void> = runOne(r).finally(() => running.delete(p));
        running.add(p);
      }
      if (running.size > 0) await Promise.race(running);
    }
    await Promise.all(running);
    return { status: 200, body: { responses: requests.map((r) => results.get(r.id)!) } };
  });
}
