// JSON batching as documented at https://learn.microsoft.com/en-us/graph/json-batching :
// ≤ 20 requests, dependsOn, 424 Failed Dependency, per-request status inside a 200.
import { startEmulator, type RunningEmulator } from "../../graph-emulator";
import { call, type Json } from "./helpers";

let emu: RunningEmulator;
beforeAll(async () => {
  emu = await startEmulator({ port: 0, seed: "demo", now: "2026-11-24T15:00:00Z" });
});
afterAll(() => emu.close());

type Batch = { responses: Json[] };
const byId = (b: Batch): Record<string, Json> =>
  Object.fromEntries(b.responses.map((x) => [String(x["id"]), x]));

it("answers each sub-request with its own id, status, headers and body inside a 200", async () => {
  const r = await call<Batch>(emu, "POST", "/$batch", {
    body: {
      requests: [
        { id: "1", method: "GET", url: "/me?$select=displayName" },
        { id: "2", method: "GET", url: "/me/messages/does-not-exist" },
        {
          id: "3",
          method: "POST",
          url: "/me/todo/lists",
          headers: { "Content-Type": "application/json" },
          body: { displayName: "Svara" },
        },
      ],
    },
  });
  expect(r.status).toBe(200);
  const res = byId(r.body);
  expect(res["1"]).toMatchObject({ status: 200, body: { displayName: "Maja Lind" } });
  expect(res["2"]!["status"]).toBe(404);
  expect(((res["2"]!["body"] as Json)["error"] as Json)["code"]).toBe("ErrorItemNotFound");
  expect(res["3"]!["status"]).toBe(201);
  expect(typeof (res["3"]!["headers"] as Json)["Content-Type"]).toBe("string");
});

it("gives 424 to a request whose dependency failed, and runs dependants in order", async () => {
  // Two fully sequential batches: Graph refuses one that mixes requests with and without dependsOn.
  const failing = await call<Batch>(emu, "POST", "/$batch", {
    body: {
      requests: [
        { id: "a", method: "GET", url: "/me/events/missing" },
        { id: "b", method: "GET", url: "/me", dependsOn: ["a"] },
      ],
    },
  });
  const res = byId(failing.body);
  expect(res["a"]!["status"]).toBe(404);
  expect(res["b"]!["status"]).toBe(424);
  expect(((res["b"]!["body"] as Json)["error"] as Json)["code"]).toBe("FailedDependency");
  const passing = await call<Batch>(emu, "POST", "/$batch", {
    body: {
      requests: [
        { id: "c", method: "GET", url: "/me" },
        { id: "d", method: "GET", url: "/me/outlook/masterCategories", dependsOn: ["c"] },
      ],
    },
  });
  const ok = byId(passing.body);
  expect(ok["c"]!["status"]).toBe(200);
  expect(ok["d"]!["status"]).toBe(200);
});

// "Batch should be either fully sequential or fully parallel": learn.microsoft.com/graph/json-batching
// and microsoftgraph/microsoft-graph-docs-contrib issue #2339.
it.each([
  ["some with dependsOn and some without", [["a"], ["b", "a"], ["c"]]],
  ["two independent chains", [["a"], ["b", "a"], ["c"], ["d", "c"]]],
  ["a dependant before what it depends on", [["b", "a"], ["a"]]],
])(
  "refuses a batch mixing sequential and parallel requests with 400 (%s), running none of it",
  async (_, shape) => {
    emu.requests.clear();
    const requests = shape.map(([id, dep]) => ({
      id,
      method: "POST",
      url: "/me/todo/lists",
      headers: { "Content-Type": "application/json" },
      body: { displayName: `mixed ${id}` },
      ...(dep ? { dependsOn: [dep] } : {}),
    }));
    const r = await call<{ error: Json }>(emu, "POST", "/$batch", { body: { requests } });
    expect(r.status).toBe(400);
    expect(r.body.error["code"]).toBe("BadRequest");
    expect(String(r.body.error["message"])).toBe("Batch should be either fully sequential or fully parallel");
    const lists = await call<{ value: Json[] }>(emu, "GET", "/me/todo/lists");
    expect(lists.body.value.some((l) => String(l["displayName"]).startsWith("mixed"))).toBe(false);
  },
);

it("accepts a fully sequential batch where a request depends on any earlier one", async () => {
  const r = await call<Batch>(emu, "POST", "/$batch", {
    body: {
      requests: [
        { id: "a", method: "GET", url: "/me" },
        { id: "b", method: "GET", url: "/me", dependsOn: ["a"] },
        { id: "c", method: "GET", url: "/me", dependsOn: ["a"] },
      ],
    },
  });
  expect(r.status).toBe(200);
  expect(r.body.responses.every((x) => x["status"] === 200)).toBe(true);
});

it("refuses more than 20 requests with 400", async () => {
  const requests = Array.from({ length: 21 }, (_, i) => ({ id: String(i + 1), method: "GET", url: "/me" }));
  const r = await call<{ error: Json }>(emu, "POST", "/$batch", { body: { requests } });
  expect(r.status).toBe(400);
  expect(String(r.body.error["message"])).toContain("20");
});

it("counts one round trip for a batch of 20 and logs its sub-requests", async () => {
  emu.requests.clear();
  const requests = Array.from({ length: 20 }, (_, i) => ({
    id: String(i + 1),
    method: "GET",
    url: "/me/messages?$top=1",
  }));
  const r = await call<Batch>(emu, "POST", "/$batch", { body: { requests } });
  expect(r.body.responses.every((x) => x["status"] === 200)).toBe(true);
  const log = emu.requests.all();
  expect(log).toHaveLength(1);
  expect(log[0]!.batch).toHaveLength(20);
});

it("runs at most 4 sub-requests at a time, as Outlook does", async () => {
  emu.faults.latency(150, { path: "/me" });
  try {
    const requests = Array.from({ length: 8 }, (_, i) => ({ id: String(i + 1), method: "GET", url: "/me" }));
    const t = Date.now();
    const r = await call<Batch>(emu, "POST", "/$batch", { body: { requests } });
    const ms = Date.now() - t;
    expect(r.body.responses.every((x) => x["status"] === 200)).toBe(true);
    // 8 × 150 ms: two waves of 4 take ~300 ms; one at a time would take 1,200 ms, all at once 150 ms.
    expect(ms).toBeGreaterThanOrEqual(290);
    expect(ms).toBeLessThan(900);
  } finally {
    emu.faults.clear();
  }
});
