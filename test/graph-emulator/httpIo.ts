// Reading requests and writing Graph-style responses on node:http.
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Res } from "./router";

const JSON_TYPE =
  "application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8";

export function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

export function lowerHeaders(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.headers)) {
    if (v !== undefined) out[k.toLowerCase()] = Array.isArray(v) ? v.join(", ") : v;
  }
  return out;
}

export function write(res: ServerResponse, r: Res): void {
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
