// The rules every Graph call meets: bearer token, Graph's error JSON, CORS for the workbench,
// OData query options on mail, ETags and 412, paging, and the request log.
import { startEmulator, type RunningEmulator, SVARA_PROPERTY_ID } from "../../graph-emulator";
import { call, enc, get, walk, type Json } from "./helpers";

const NOW = "2026-11-24T15:00:00Z";
let emu: RunningEmulator;

beforeAll(async () => {
  emu = await startEmulator({ port: 0, seed: "demo", now: NOW });
});
afterAll(() => emu.close());
afterEach(() => emu.faults.clear());

describe("authentication and errors", () => {
  it("refuses a request without a bearer token with Graph's 401 InvalidAuthenticationToken", async () => {
    const r = await call<{ error: Json }>(emu, "GET", "/me", { token: null });
    expect(r.status).toBe(401);
    expect(r.body.error["code"]).toBe("InvalidAuthenticationToken");
    const inner = r.body.error["innerError"] as Json;
    expect(typeof inner["request-id"]).toBe("string");
    expect(typeof inner["date"]).toBe("string");
    expect(typeof r.body.error["message"]).toBe("string");
  });

  it("accepts any non-empty bearer token until a test marks it expired", async () => {
    expect((await get(emu, "/me")).status).toBe(200);
    emu.faults.auth("expired", { token: "old-token" });
    expect((await call(emu, "GET", "/me", { token: "old-token" })).status).toBe(401);
    expect((await call(emu, "GET", "/me", { token: "fresh-token" })).status).toBe(200);
  });

  it("answers 403 ErrorAccessDenied naming the missing scope for a forbidden path", async () => {
    emu.faults.forbid("MailboxSettings.ReadWrite", { path: "/me/outlook/masterCategories*" });
    const r = await get<{ error: Json }>(emu, "/me/outlook/masterCategories");
    expect(r.status).toBe(403);
    expect(r.body.error["code"]).toBe("ErrorAccessDenied");
    expect(String(r.body.error["message"])).toContain("MailboxSettings.ReadWrite");
    expect((await get(emu, "/me/messages?$top=1")).status).toBe(200);
  });

  it("echoes client-request-id and answers an unknown segment with 400 like Graph", async () => {
    const r = await get<{ error: Json }>(emu, "/me/nonsense", { "client-request-id": "abc-123" });
    expect(r.status).toBe(400);
    expect(r.headers.get("client-request-id")).toBe("abc-123");
    expect((r.body.error["innerError"] as Json)["client-request-id"]).toBe("abc-123");
  });

  it("rejects an unsupported query option and a malformed $filter with 400", async () => {
    expect((await get(emu, "/me/messages?$search=%22x%22")).status).toBe(400);
    expect((await get(emu, "/me/messages?$bogus=1")).status).toBe(400);
    const bad = await get<{ error: Json }>(emu, `/me/messages?$filter=${enc("subject eq")}`);
    expect(bad.status).toBe(400);
    expect(bad.body.error["code"]).toBe("BadRequest");
  });
});

describe("CORS for the browser workbench", () => {
  it("answers a preflight without auth, faults or a log entry", async () => {
    emu.faults.throttle({ count: 5 });
    const before = emu.requests.all().length;
    const res = await fetch(`${emu.url}/me/messages`, {
      method: "OPTIONS",
      headers: {
        Origin: "http://localhost:3000",
        "Access-Control-Request-Method": "PATCH",
        "Access-Control-Request-Headers": "authorization,if-match,content-type",
      },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get("access-control-allow-origin")).toBe("http://localhost:3000");
    expect(res.headers.get("access-control-allow-methods")).toContain("PATCH");
    expect(res.headers.get("access-control-allow-headers")?.toLowerCase()).toContain("if-match");
    expect(emu.requests.all().length).toBe(before);
  });

  it("exposes ETag, Retry-After and request-id to the page", async () => {
    const res = await fetch(`${emu.url}/me`, {
      headers: { Origin: "http://localhost:3000", Authorization: "Bearer t" },
    });
    expect(res.headers.get("access-control-allow-origin")).toBe("http://localhost:3000");
    const exposed = res.headers.get("access-control-expose-headers") ?? "";
    for (const h of ["ETag", "Retry-After", "request-id", "client-request-id", "Location"])
      expect(exposed).toContain(h);
  });
});

describe("OData on mail", () => {
  const link = "p-nordbank-backend/c-asa-oberg";
  const epFilter = `singleValueExtendedProperties/any(ep: ep/id eq '${SVARA_PROPERTY_ID}' and ep/value eq '${link}')`;

  it("finds a candidate's mails by the extended property, as ADR 0002 says", async () => {
    const r = await get<{ value: Json[] }>(emu, `/me/messages?$filter=${enc(epFilter)}&$select=subject,from`);
    expect(r.status).toBe(200);
    expect(r.body.value).toHaveLength(3);
    for (const m of r.body.value) {
      expect(Object.keys(m).sort()).toEqual(["@odata.etag", "from", "id", "subject"]);
    }
  });

  it("expands only the extended property the $filter names", async () => {
    const r = await get<{ value: Json[] }>(
      emu,
      `/me/messages?$filter=${enc(epFilter)}&$expand=${enc(`singleValueExtendedProperties($filter=id eq '${SVARA_PROPERTY_ID}')`)}`,
    );
    const props = r.body.value[0]!["singleValueExtendedProperties"] as Json[];
    expect(props).toEqual([{ id: SVARA_PROPERTY_ID, value: link }]);
    const plain = await get<{ value: Json[] }>(emu, `/me/messages?$top=1`);
    expect(plain.body.value[0]).not.toHaveProperty("singleValueExtendedProperties");
  });

  it("filters with eq/ne, and/or, date ranges and startswith, and orders", async () => {
    const from = "asa.oberg@example.se";
    const r1 = await get<{ value: Json[] }>(
      emu,
      `/me/mailFolders/inbox/messages?$filter=${enc(`from/emailAddress/address eq '${from}'`)}`,
    );
    expect(r1.body.value).toHaveLength(2);
    const r2 = await get<{ value: Json[] }>(
      emu,
      `/me/messages?$filter=${enc("receivedDateTime ge 2026-11-20T00:00:00Z and receivedDateTime le 2026-11-24T15:00:00Z")}&$orderby=receivedDateTime asc&$top=50`,
    );
    const dates = r2.body.value.map((m) => String(m["receivedDateTime"]));
    expect(dates.length).toBeGreaterThan(2);
    expect([...dates].sort()).toEqual(dates);
    expect(dates.every((d) => d >= "2026-11-20")).toBe(true);
    const r3 = await get<{ value: Json[] }>(
      emu,
      `/me/messages?$filter=${enc("startswith(subject,'RE:') or isRead eq false")}&$top=100`,
    );
    expect(r3.body.value.every((m) => String(m["subject"]).startsWith("RE:") || m["isRead"] === false)).toBe(
      true,
    );
    const r4 = await get<{ value: Json[] }>(
      emu,
      `/me/messages?$filter=${enc("categories/any(c: c eq 'Svara: Säljare – Solkraft AB')")}&$top=100`,
    );
    expect(r4.body.value.length).toBeGreaterThan(5);
    const r5 = await get<{ value: Json[] }>(emu, `/me/messages?$filter=${enc("isDraft ne true")}&$top=1000`);
    expect(r5.body.value.length).toBe(emu.state.messages.size);
  });

  it("walks every message exactly once through @odata.nextLink pages of 10", async () => {
    const { items, pages } = await walk(emu, "/me/messages");
    const ids = items.map((m) => String(m["id"]));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(emu.state.messages.size);
    expect(pages).toBe(Math.ceil(ids.length / 10));
    const first = await get<{ value: Json[]; "@odata.nextLink": string }>(emu, "/me/messages");
    expect(first.body.value).toHaveLength(10);
    expect(first.body["@odata.nextLink"]).toMatch(/\$skip=10/);
  });
});

describe("ETags", () => {
  it("answers 412 to a PATCH with a stale If-Match, and applies a current one", async () => {
    const list = await get<{ value: Json[] }>(emu, "/me/mailFolders/inbox/messages?$top=1");
    const m = list.body.value[0]!;
    const etag = String(m["@odata.etag"]);
    const ok = await call<Json>(emu, "PATCH", `/me/messages/${m["id"]}`, {
      body: { isRead: true },
      headers: { "If-Match": etag },
    });
    expect(ok.status).toBe(200);
    expect(ok.body["@odata.etag"]).not.toBe(etag);
    const stale = await call<{ error: Json }>(emu, "PATCH", `/me/messages/${m["id"]}`, {
      body: { categories: ["x"] },
      headers: { "If-Match": etag },
    });
    expect(stale.status).toBe(412);
    expect(stale.body.error["code"]).toBe("ErrorIrresolvableConflict");
  });
});

describe("the request log", () => {
  it("counts round trips over GET /_emulator/requests", async () => {
    await fetch(`${emu.origin}/_emulator/requests`, { method: "DELETE" });
    await get(emu, "/me");
    await get(emu, "/me/messages?$top=2");
    const log = (await (await fetch(`${emu.origin}/_emulator/requests`)).json()) as { value: Json[] };
    expect(log.value.map((e) => `${e["method"]} ${e["path"]}`)).toEqual(["GET /me", "GET /me/messages"]);
    expect(log.value[1]!["query"]).toBe("$top=2");
  });
});

describe("$select of an unknown property", () => {
  it("answers 400 like Graph, for a list and for one item", async () => {
    const list = await get<{ error: Json }>(emu, "/me/messages?$select=subject,sendr");
    expect(list.status).toBe(400);
    expect(String(list.body.error["message"])).toContain("'sendr'");
    expect((await get(emu, "/me/events?$select=subjekt")).status).toBe(400);
    expect((await get(emu, "/me/messages?$select=uniqueBody,internetMessageHeaders&$top=1")).status).toBe(
      200,
    );
  });
});

describe("ids with URL-reserved characters", () => {
  it("keeps a percent-encoded '/' inside one path segment", async () => {
    const m = emu.state.messages.values().next().value!;
    const odd = "AAMk/odd+id=";
    emu.state.messages.set(odd, { ...m, id: odd });
    const r = await get<Json>(emu, `/me/messages/${encodeURIComponent(odd)}?$select=subject`);
    expect(r.status).toBe(200);
    expect(r.body["id"]).toBe(odd);
    emu.state.messages.delete(odd);
  });
});
