// Chaos rig: each fault fires exactly as configured, from tests (faults.*) and over HTTP
// (POST /_emulator/faults), including inside $batch.
import { startEmulator, type RunningEmulator } from "../../graph-emulator";
import { call, get, type Json } from "./helpers";

let emu: RunningEmulator;

beforeAll(async () => {
  emu = await startEmulator({ port: 0, seed: "demo", now: "2026-11-24T15:00:00Z" });
});
afterAll(() => emu.close());
afterEach(() => emu.faults.clear());

it("throttles exactly the next N matching requests with 429 and Retry-After, then lets them through", async () => {
  const rule = emu.faults.throttle({ method: "GET", path: "/me/messages*", count: 2, retryAfter: 3 });
  const other = await get(emu, "/me");
  expect(other.status).toBe(200);
  const a = await get<{ error: Json }>(emu, "/me/messages?$top=1");
  const b = await get(emu, "/me/messages?$top=1");
  const c = await get(emu, "/me/messages?$top=1");
  expect([a.status, b.status, c.status]).toEqual([429, 429, 200]);
  expect(a.headers.get("retry-after")).toBe("3");
  expect(typeof a.body.error["code"]).toBe("string");
  expect(emu.faults.fired(rule.id)).toBe(2);
});

it("throttles OneNote-style: 429 with no Retry-After", async () => {
  emu.faults.throttleWithoutRetryAfter({ path: "/me/onenote/*" });
  const r = await get(emu, "/me/onenote/notebooks");
  expect(r.status).toBe(429);
  expect(r.headers.get("retry-after")).toBeNull();
  expect((await get(emu, "/me/onenote/notebooks")).status).toBe(200);
});

it("answers 503 and 504 when asked", async () => {
  emu.faults.unavailable(503, { path: "/me", retryAfter: 2 });
  emu.faults.unavailable(504, { path: "/me" });
  const first = await get(emu, "/me");
  const second = await get(emu, "/me");
  expect([first.status, second.status, (await get(emu, "/me")).status]).toEqual([503, 504, 200]);
  expect(first.headers.get("retry-after")).toBe("2");
});

it("adds latency to matching requests", async () => {
  emu.faults.latency(150, { path: "/me" });
  const t = Date.now();
  await get(emu, "/me");
  expect(Date.now() - t).toBeGreaterThanOrEqual(140);
});

it("drops the connection after committing the change, so a naive retry would duplicate it", async () => {
  emu.faults.dropAfterCommit({ method: "POST", path: "/me/events" });
  const event = {
    subject: "Telefonsamtal: Åsa Öberg",
    start: { dateTime: "2026-11-26T09:00:00", timeZone: "UTC" },
    end: { dateTime: "2026-11-26T09:15:00", timeZone: "UTC" },
  };
  const before = emu.state.events.size;
  await expect(call(emu, "POST", "/me/events", { body: event })).rejects.toThrow();
  expect(emu.state.events.size).toBe(before + 1);
  const log = emu.requests.all();
  expect(log[log.length - 1]).toMatchObject({ method: "POST", path: "/me/events", dropped: true });
});

it("takes faults over HTTP on /_emulator/faults, outside /v1.0", async () => {
  const add = await fetch(`${emu.origin}/_emulator/faults`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ kind: "throttle", method: "GET", path: "/me", count: 1, retryAfter: 7 }),
  });
  expect(add.status).toBe(201);
  const r = await get(emu, "/me");
  expect(r.status).toBe(429);
  expect(r.headers.get("retry-after")).toBe("7");
  const list = (await (await fetch(`${emu.origin}/_emulator/faults`)).json()) as { value: Json[] };
  expect(list.value[0]).toMatchObject({ kind: "throttle", fired: 1, remaining: 0 });
  await fetch(`${emu.origin}/_emulator/faults`, { method: "DELETE" });
  expect(emu.faults.list()).toHaveLength(0);
});

it("throttles a sub-request inside $batch as a 429 inside the 200", async () => {
  emu.faults.throttle({ path: "/me/mailFolders/inbox/messages", retryAfter: 5 });
  const r = await call<{ responses: Json[] }>(emu, "POST", "/$batch", {
    body: {
      requests: [
        { id: "1", method: "GET", url: "/me" },
        { id: "2", method: "GET", url: "/me/mailFolders/inbox/messages?$top=1" },
      ],
    },
  });
  expect(r.status).toBe(200);
  const byId = Object.fromEntries(r.body.responses.map((x) => [x["id"], x]));
  expect(byId["1"]!["status"]).toBe(200);
  expect(byId["2"]!["status"]).toBe(429);
  expect((byId["2"]!["headers"] as Json)["Retry-After"]).toBe("5");
});

it("answers 429 ApplicationThrottled beyond Outlook's 4 concurrent requests", async () => {
  emu.faults.concurrency(4);
  emu.faults.latency(300, { path: "/me" });
  const answers = await Promise.all(Array.from({ length: 6 }, () => get(emu, "/me")));
  const statuses = answers.map((a) => a.status).sort();
  expect(statuses).toEqual([200, 200, 200, 200, 429, 429]);
  emu.faults.clear();
  expect((await get(emu, "/me")).status).toBe(200);
});

it("drops a whole $batch after running it when a sub-request matches a drop fault", async () => {
  emu.faults.dropAfterCommit({ method: "POST", path: "/me/todo/lists" });
  const before = emu.state.todoLists.size;
  await expect(
    call(emu, "POST", "/$batch", {
      body: {
        requests: [
          {
            id: "1",
            method: "POST",
            url: "/me/todo/lists",
            headers: { "Content-Type": "application/json" },
            body: { displayName: "A" },
          },
          { id: "2", method: "GET", url: "/me" },
        ],
      },
    }),
  ).rejects.toThrow();
  expect(emu.state.todoLists.size).toBe(before + 1);
});

it("refuses an unknown fault kind over HTTP and reads the log since a sequence number", async () => {
  const bad = await fetch(`${emu.origin}/_emulator/faults`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ kind: "meteor" }),
  });
  expect(bad.status).toBe(400);
  const last = emu.requests.all().at(-1)!.seq;
  await get(emu, "/me");
  const log = (await (await fetch(`${emu.origin}/_emulator/requests?since=${last}`)).json()) as {
    value: Json[];
  };
  expect(log.value.map((e) => e["path"])).toEqual(["/me"]);
});
