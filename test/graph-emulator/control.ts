// The control API outside /v1.0 (no auth, never faulted or logged): faults, the request log, reset,
// deliver a new inbound mail, and the pre-authenticated download URL of drive content.
import type { IncomingMessage, ServerResponse } from "node:http";
import { GraphError } from "./errors";
import { FAULT_KINDS, type FaultSpec } from "./faults";
import { write } from "./httpIo";
import type { ServerParts } from "./parts";
import { downloadContent } from "./resources/drive";
import { deliverInbound } from "./resources/messages";

export async function handleControl(
  parts: ServerParts,
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  body: Buffer,
  origin: string,
): Promise<void> {
  const reply = (status: number, value?: unknown): void =>
    write(res, { status, body: value, headers: { "Content-Type": "application/json" } });
  let parsed: unknown;
  try {
    parsed = body.length ? JSON.parse(body.toString("utf8")) : {};
  } catch {
    return reply(400, { error: { code: "BadRequest", message: "The body is not JSON." } });
  }
  const parse = (): unknown => parsed;
  const { store, faults, log } = parts;
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
    try {
      return reply(201, deliverInbound(store, parse() as Record<string, unknown>, origin));
    } catch (e) {
      if (!(e instanceof GraphError)) throw e;
      return reply(e.status, { error: { code: e.code, message: e.message } });
    }
  }
  return reply(404, { error: { code: "NotFound", message: `No emulator control endpoint ${path}` } });
}
