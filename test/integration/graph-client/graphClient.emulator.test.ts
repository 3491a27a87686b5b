// GraphHttp over real HTTP against the Graph emulator, with its faults switched on.
import { createDevTokenProvider } from "../../../src/auth/tokenProvider";
import { createGraphClient, type GraphClientOptions } from "../../../src/graph/client";
import { createGraphHttp, type GraphHttp } from "../../../src/graph/graphHttp";
import type { SupportLogEntry } from "../../../src/graph/middleware/requestIdMiddleware";
import { startEmulator, type RunningEmulator } from "../../graph-emulator";

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startEmulator({ port: 0, seed: "demo", now: "2026-11-25T09:00:00Z" });
});
afterAll(() => emulator.close());
beforeEach(() => {
  emulator.faults.clear();
  emulator.requests.clear();
});

function connect(overrides: Partial<GraphClientOptions> = {}): GraphHttp {
  const client = createGraphClient({
    baseUrl: emulator.url,
    tokens: createDevTokenProvider(),
    retry: { baseDelayMs: 20 },
    ...overrides,
  });
  if (!client.ok) throw new Error(client.error.code);
  return createGraphHttp(client.value);
}

const sent = (method: string, path: string) =>
  emulator.requests.all().filter((r) => r.method === method && r.path === path);

describe("the Graph client against the emulator", () => {
  it("reads the signed-in recruiter and keeps Graph's request-id for support", async () => {
    const log: SupportLogEntry[] = [];
    const result = await connect({ log: (e) => log.push(e) }).get<{ displayName: string }>("/me");

    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(typeof result.value.body.displayName).toBe("string");
    expect(result.value.requestId).toMatch(/[0-9a-f-]{36}/);
    expect(log).toEqual([
      expect.objectContaining({
        method: "GET",
        path: "/v1.0/me",
        status: 200,
        requestId: result.value.requestId,
      }),
    ]);
  });

  it("waits for Retry-After before retrying a throttled read, and retries once", async () => {
    emulator.faults.throttle({ method: "GET", path: "/me", retryAfter: 1 });
    const started = Date.now();

    const result = await connect().get("/me");

    expect(result.ok).toBe(true);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(sent("GET", "/me").map((r) => r.status)).toEqual([429, 200]);
  });

  it("retries a read the service was briefly unavailable for", async () => {
    emulator.faults.unavailable(503, { method: "GET", path: "/me/messages" });

    const result = await connect().get("/me/messages?$top=2");

    expect(result.ok).toBe(true);
    expect(sent("GET", "/me/messages").map((r) => r.status)).toEqual([503, 200]);
  });

  it("backs off and retries when throttled without Retry-After, as OneNote does", async () => {
    emulator.faults.throttleWithoutRetryAfter({ method: "GET", path: "/me" });

    expect((await connect().get("/me")).ok).toBe(true);
    expect(sent("GET", "/me").map((r) => r.status)).toEqual([429, 200]);
  });

  it("does not re-send a throttled draft create, and hands the wait to the outbox", async () => {
    emulator.faults.throttle({ method: "POST", path: "/me/messages", retryAfter: 1 });

    const result = await connect().post("/me/messages", { subject: "Tack för din ansökan" });

    expect(result).toMatchObject({
      ok: false,
      error: { code: "graph-throttled", retryAfterMs: 1000, status: 429 },
    });
    expect(sent("POST", "/me/messages")).toHaveLength(1);
  });

  it("re-sends a create the adapter marked idempotent", async () => {
    emulator.faults.unavailable(503, { method: "POST", path: "/me/outlook/masterCategories" });

    const result = await connect().post(
      "/me/outlook/masterCategories",
      { displayName: "Svara: Lagerchef – Integrationstest", color: "preset4" },
      { idempotent: true },
    );

    expect(result).toMatchObject({ ok: true, value: { status: 201 } });
    expect(sent("POST", "/me/outlook/masterCategories").map((r) => r.status)).toEqual([503, 201]);
  });

  it("reports offline when the answer to a draft create is lost, without creating a twin", async () => {
    emulator.faults.dropAfterCommit({ method: "POST", path: "/me/messages" });
    const subject = "Utkast som kom fram men inte svaret";

    const result = await connect().post("/me/messages", { subject });

    expect(result).toMatchObject({ ok: false, error: { code: "graph-offline", retryable: true } });
    expect(sent("POST", "/me/messages")).toHaveLength(1);
    const filter = encodeURIComponent(`subject eq '${subject}'`);
    const drafts = await connect().get<{ value: unknown[] }>(`/me/messages?$filter=${filter}`);
    expect(drafts).toMatchObject({ ok: true, value: { body: { value: [expect.anything()] } } });
  });

  it("names the permission Graph says is missing", async () => {
    emulator.faults.forbid("Mail.ReadWrite", { path: "/me/messages" });

    const result = await connect().get("/me/messages");

    expect(result).toMatchObject({
      ok: false,
      error: { code: "graph-forbidden", missingPermission: "Mail.ReadWrite" },
    });
  });

  it("recovers from a token Graph says expired by fetching a new one", async () => {
    emulator.faults.auth("expired", { path: "/me", count: 1 });

    expect((await connect().get("/me")).ok).toBe(true);
    expect(sent("GET", "/me").map((r) => r.status)).toEqual([401, 200]);
  });

  it("asks for sign-in again when Graph keeps refusing the token", async () => {
    emulator.faults.auth("expired", { path: "/me" });

    expect(await connect().get("/me")).toMatchObject({
      ok: false,
      error: { code: "graph-auth-needed", status: 401 },
    });
    expect(sent("GET", "/me")).toHaveLength(2);
  });
});
