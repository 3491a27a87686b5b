import { createGraphClient } from "../../../src/graph/client";
import { counterTokens, graphOver, json, scriptedFetch } from "./fakeGraph";

const throttled = (retryAfter?: string) =>
  json(429, { error: { code: "TooManyRequests" } }, retryAfter ? { "retry-after": retryAfter } : {});

describe("GraphHttp over our middleware chain", () => {
  it("sends the bearer token and a client-request-id, and hands back body, headers and Graph's request-id", async () => {
    const { fetchImpl, sent } = scriptedFetch(json(200, { displayName: "Maja Lind" }));
    const { http } = graphOver(fetchImpl);

    const result = await http.get<{ displayName: string }>("/me?$select=displayName");

    expect(result).toMatchObject({
      ok: true,
      value: { status: 200, body: { displayName: "Maja Lind" }, requestId: "rid-200", attempts: 1 },
    });
    expect(sent[0]!.url).toBe("https://graph.microsoft.com/v1.0/me?$select=displayName");
    expect(sent[0]!.headers.get("authorization")).toBe("Bearer token-1");
    expect(sent[0]!.headers.get("client-request-id")).toBe("crid-1");
  });

  it("waits for Retry-After before retrying a throttled read", async () => {
    const { fetchImpl, sent } = scriptedFetch(throttled("3"), json(200, { value: [] }));
    const { http, sleeps } = graphOver(fetchImpl);

    const result = await http.get("/me/messages");

    expect(result.ok).toBe(true);
    expect(sent).toHaveLength(2);
    expect(sleeps).toEqual([3000]);
    if (result.ok) expect(result.value.attempts).toBe(2);
  });

  it("backs off with jitter when OneNote throttles without Retry-After, then succeeds", async () => {
    const { fetchImpl, sent } = scriptedFetch(throttled(), throttled(), json(200, { value: [] }));
    const { http, sleeps } = graphOver(fetchImpl);

    await http.get("/me/onenote/sections");

    // random() = 0.5 of a 1 s, then 2 s ceiling
    expect(sleeps).toEqual([500, 1000]);
    expect(sent).toHaveLength(3);
  });

  it("retries a 503 and a 504 on a PUT, which is idempotent", async () => {
    const { fetchImpl, sent } = scriptedFetch(json(503, {}), json(504, {}), json(200, { id: "doc" }));
    const { http } = graphOver(fetchImpl);

    const result = await http.put("/me/drive/special/approot:/processes/p.json:/content", {
      schema: "svara.process/1",
    });

    expect(result.ok).toBe(true);
    expect(sent.map((s) => s.method)).toEqual(["PUT", "PUT", "PUT"]);
  });

  it("does not re-send a throttled create that is not marked idempotent, and tells the outbox when to retry", async () => {
    const { fetchImpl, sent } = scriptedFetch(throttled("7"));
    const { http, sleeps } = graphOver(fetchImpl);

    const result = await http.post("/me/todo/lists/L/tasks", { title: "Ring Åsa" });

    expect(sent).toHaveLength(1);
    expect(sleeps).toEqual([]);
    expect(result).toMatchObject({
      ok: false,
      error: { code: "graph-throttled", retryable: true, retryAfterMs: 7000, status: 429 },
    });
  });

  it("does not re-send a throttled note append (PATCH) unless the adapter marks it idempotent", async () => {
    const once = scriptedFetch(json(503, {}));
    expect((await graphOver(once.fetchImpl).http.patch("/me/onenote/pages/1/content", [])).ok).toBe(false);
    expect(once.sent).toHaveLength(1);

    const marked = scriptedFetch(throttled(), json(204, undefined));
    const result = await graphOver(marked.fetchImpl).http.patch("/me/onenote/pages/1/content", [], {
      idempotent: true,
    });
    expect(result).toMatchObject({ ok: true, value: { status: 204 } });
    expect(marked.sent).toHaveLength(2);
  });

  it("re-sends a create marked idempotent (it carries a transactionId) with the same body", async () => {
    const event = { subject: "Samtal med Åsa", transactionId: "f-1" };
    const { fetchImpl, sent } = scriptedFetch(json(504, {}), json(201, { id: "E1" }));
    const { http } = graphOver(fetchImpl);

    const result = await http.post("/me/events", event, { idempotent: true });

    expect(result).toMatchObject({ ok: true, value: { status: 201, body: { id: "E1" } } });
    expect(sent.map((s) => s.body)).toEqual([JSON.stringify(event), JSON.stringify(event)]);
  });

  it("gives up after the configured number of tries and returns the throttling error", async () => {
    const { fetchImpl, sent } = scriptedFetch(throttled("1"), throttled("1"), throttled("1"));
    const { http } = graphOver(fetchImpl, { retry: { maxAttempts: 3 } });

    const result = await http.get("/me/events");

    expect(sent).toHaveLength(3);
    expect(result).toMatchObject({ ok: false, error: { code: "graph-throttled", retryAfterMs: 1000 } });
  });

  it("does not sleep through a Retry-After longer than the pane should wait", async () => {
    const { fetchImpl, sent } = scriptedFetch(throttled("600"));
    const { http, sleeps } = graphOver(fetchImpl);

    const result = await http.get("/me/events");

    expect(sent).toHaveLength(1);
    expect(sleeps).toEqual([]);
    expect(result).toMatchObject({ ok: false, error: { retryAfterMs: 600_000 } });
  });

  it("reports offline when the network drops, after retrying a read", async () => {
    const drop = () => new TypeError("fetch failed");
    const { fetchImpl, sent } = scriptedFetch(drop(), drop(), drop(), drop());
    const { http } = graphOver(fetchImpl);

    const result = await http.get("/me");

    expect(sent).toHaveLength(4);
    expect(result).toMatchObject({ ok: false, error: { code: "graph-offline", retryable: true } });
  });

  it("recovers when the network comes back during the retries", async () => {
    const { fetchImpl } = scriptedFetch(new TypeError("fetch failed"), json(200, { id: "me" }));
    const result = await graphOver(fetchImpl).http.get("/me");
    expect(result).toMatchObject({ ok: true, value: { body: { id: "me" } } });
  });

  it("does not re-send a create when the connection dropped (it may have arrived)", async () => {
    const { fetchImpl, sent } = scriptedFetch(new TypeError("fetch failed"));
    const result = await graphOver(fetchImpl).http.post("/me/messages", { subject: "Utkast" });

    expect(sent).toHaveLength(1);
    expect(result).toMatchObject({ ok: false, error: { code: "graph-offline" } });
  });

  it("asks for a fresh token on every try", async () => {
    const tokens = counterTokens();
    const { fetchImpl, sent } = scriptedFetch(throttled("1"), json(200, {}));
    await graphOver(fetchImpl, { tokens }).http.get("/me");

    expect(sent.map((s) => s.headers.get("authorization"))).toEqual(["Bearer token-1", "Bearer token-2"]);
    expect(sent.map((s) => s.headers.get("client-request-id"))).toEqual(["crid-1", "crid-1"]);
  });

  it("sends nothing when there is no token, and returns the sign-in error", async () => {
    const { fetchImpl, sent } = scriptedFetch();
    const noToken = {
      getToken: async () => ({
        ok: false as const,
        error: { code: "auth-cancelled" as const, message: { sv: "avbröts", en: "cancelled" } },
      }),
    };
    const result = await graphOver(fetchImpl, { tokens: noToken }).http.get("/me");

    expect(sent).toHaveLength(0);
    expect(result).toMatchObject({ ok: false, error: { code: "auth-cancelled" } });
  });

  it("tells the token provider when no sign-in window may open (background sync)", async () => {
    const asked: unknown[] = [];
    const tokens = {
      getToken: async (request?: unknown) => {
        asked.push(request);
        return { ok: true as const, value: "t" };
      },
    };
    const { fetchImpl } = scriptedFetch(json(200, {}), json(200, {}));
    const { http } = graphOver(fetchImpl, { tokens });

    await http.get("/me", { allowSignIn: false });
    await http.get("/me");

    expect(asked).toEqual([{ allowSignIn: false }, undefined]);
  });

  it("says how many tries a failed request took", async () => {
    const { fetchImpl } = scriptedFetch(json(503, {}), json(503, {}));
    const result = await graphOver(fetchImpl, { retry: { maxAttempts: 2 } }).http.get("/me");
    expect(result).toMatchObject({ ok: false, error: { code: "graph-throttled", attempts: 2 } });
  });

  it("gets a new token once when Graph refuses the cached one, even for a create (a 401 did nothing)", async () => {
    const asked: unknown[] = [];
    const tokens = {
      getToken: async (request?: unknown) => {
        asked.push(request);
        return { ok: true as const, value: asked.length === 1 ? "stale" : "fresh" };
      },
    };
    const { fetchImpl, sent } = scriptedFetch(
      json(401, { error: { code: "InvalidAuthenticationToken" } }),
      json(201, { id: "m1" }),
    );

    const result = await graphOver(fetchImpl, { tokens }).http.post("/me/messages", { subject: "Utkast" });

    expect(result).toMatchObject({ ok: true, value: { status: 201, attempts: 2 } });
    expect(sent.map((s) => s.headers.get("authorization"))).toEqual(["Bearer stale", "Bearer fresh"]);
    expect(asked).toEqual([undefined, { forceRefresh: true }]);
  });

  it("asks for sign-in when even a new token is refused", async () => {
    const refused = () => json(401, { error: { code: "InvalidAuthenticationToken" } });
    const { fetchImpl, sent } = scriptedFetch(refused(), refused());

    const result = await graphOver(fetchImpl).http.get("/me");

    expect(sent).toHaveLength(2);
    expect(result).toMatchObject({ ok: false, error: { code: "graph-auth-needed", status: 401 } });
  });

  it("logs ids and statuses for support but never the token, the body or the query", async () => {
    const { fetchImpl } = scriptedFetch(throttled("1"), json(201, { id: "m1" }));
    const { http, log } = graphOver(fetchImpl);

    await http.post(
      "/me/messages?$filter=from/emailAddress/address eq 'asa@example.se'",
      { body: "Hej Åsa" },
      { idempotent: true },
    );

    expect(log).toEqual([
      expect.objectContaining({
        method: "POST",
        path: "/v1.0/me/messages",
        status: 429,
        attempt: 1,
        clientRequestId: "crid-1",
        requestId: "rid-429",
      }),
      expect.objectContaining({ status: 201, attempt: 2, requestId: "rid-201" }),
    ]);
    const logged = JSON.stringify(log);
    for (const secret of ["token-", "Hej Åsa", "asa@example.se"]) expect(logged).not.toContain(secret);
  });

  it("follows an absolute nextLink under our Graph base, and refuses any other host", async () => {
    const { fetchImpl, sent } = scriptedFetch(json(200, { value: [] }));
    const { http } = graphOver(fetchImpl);

    expect((await http.get("https://graph.microsoft.com/v1.0/me/messages?$skiptoken=abc")).ok).toBe(true);
    expect(sent[0]!.url).toBe("https://graph.microsoft.com/v1.0/me/messages?$skiptoken=abc");

    const foreign = await http.get("https://evil.example.com/v1.0/me");
    expect(foreign).toMatchObject({ ok: false, error: { code: "graph-foreign-url" } });
    expect(sent).toHaveLength(1);
  });

  it("keeps a $filter on a web link on Graph instead of sending the token to the linked host", async () => {
    const { fetchImpl, sent } = scriptedFetch(json(200, { value: [] }));
    const { http } = graphOver(fetchImpl);

    await http.get(
      "/me/todo/lists/L/tasks?$filter=linkedResources/any(r: r/webUrl eq 'https://outlook.office.com/mail/1')",
    );

    expect(new URL(sent[0]!.url).host).toBe("graph.microsoft.com");
    expect(decodeURIComponent(sent[0]!.url)).toContain("r/webUrl eq 'https://outlook.office.com/mail/1'");
  });

  it("reports offline when the connection breaks in the middle of an answer", async () => {
    const broken = new Response(
      new ReadableStream({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"value": ['));
          controller.error(new TypeError("terminated"));
        },
      }),
      { status: 200, headers: { "content-type": "application/json" } },
    );
    const { fetchImpl } = scriptedFetch(broken);

    const result = await graphOver(fetchImpl).http.get("/me/messages");

    expect(result).toMatchObject({ ok: false, error: { code: "graph-offline", attempts: 1 } });
  });

  it("cuts a stalled request after the timeout and reports it as offline", async () => {
    const stalled = (_url: string, init?: RequestInit) =>
      new Promise<Response>((_, reject) =>
        init?.signal?.addEventListener("abort", () => reject(init.signal!.reason)),
      );
    const { http } = graphOver(stalled, { timeoutMs: 20, retry: { maxAttempts: 1 } });

    const result = await http.get("/me");

    expect(result).toMatchObject({
      ok: false,
      error: { code: "graph-offline", cause: { name: "TimeoutError" } },
    });
  });

  it("reads OneNote's HTML as text and an empty 204 as no body", async () => {
    const html = new Response("<html><body>Anteckning</body></html>", {
      status: 200,
      headers: { "content-type": "text/html" },
    });
    const { fetchImpl } = scriptedFetch(html, json(204, undefined));
    const { http } = graphOver(fetchImpl);

    expect(await http.get("/me/onenote/pages/1/content")).toMatchObject({
      ok: true,
      value: { body: "<html><body>Anteckning</body></html>" },
    });
    expect(await http.delete("/me/todo/lists/L/tasks/T")).toMatchObject({
      ok: true,
      value: { status: 204, body: undefined },
    });
  });

  it("talks to the emulator's base URL when configured so", async () => {
    const { fetchImpl, sent } = scriptedFetch(json(200, {}));
    await graphOver(fetchImpl, { baseUrl: "http://127.0.0.1:4010/v1.0/" }).http.get("/me");
    expect(sent[0]!.url).toBe("http://127.0.0.1:4010/v1.0/me");
  });

  it("refuses a base URL without a version", () => {
    const built = createGraphClient({ baseUrl: "not a url", tokens: counterTokens() });
    expect(built).toMatchObject({ ok: false, error: { code: "graph-base-url-invalid" } });
  });
});
