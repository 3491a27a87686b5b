// $batch over real HTTP against the Graph emulator: faults apply per sub-request, so a throttled
// one comes back as a 429 inside the 200, and what depended on it as a 424.
import { createDevTokenProvider } from "../../../src/auth/tokenProvider";
import { sendBatch, type BatchItem } from "../../../src/graph/batch";
import { createGraphClient } from "../../../src/graph/client";
import { createGraphHttp, type GraphHttp } from "../../../src/graph/graphHttp";
import { startEmulator, type RunningEmulator } from "../../graph-emulator";

let emulator: RunningEmulator;
let http: GraphHttp;
let listId: string;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, seed: "demo", now: "2026-11-25T09:00:00Z" });
  const client = createGraphClient({
    baseUrl: emulator.url,
    tokens: createDevTokenProvider(),
    retry: { baseDelayMs: 20 },
  });
  if (!client.ok) throw new Error(client.error.code);
  http = createGraphHttp(client.value);
  const list = await http.post<{ id: string }>("/me/todo/lists", { displayName: "Svara" });
  if (!list.ok) throw new Error(list.error.code);
  listId = list.value.body.id;
});
afterAll(() => emulator.close());
beforeEach(() => {
  emulator.faults.clear();
  emulator.requests.clear();
});

const batches = () => emulator.requests.all().filter((r) => r.path === "/$batch");

describe("$batch against the emulator", () => {
  it("re-sends only the throttled task and the read waiting on it, after Retry-After (201 + 429 + 424)", async () => {
    emulator.faults.throttle({ method: "POST", path: "/me/todo/lists/*/tasks", retryAfter: 1 });
    const items: BatchItem[] = [
      {
        id: "call",
        method: "POST",
        url: "/me/events",
        body: {
          subject: "Samtal med Åsa Öberg",
          start: { dateTime: "2026-11-26T10:00:00", timeZone: "UTC" },
          end: { dateTime: "2026-11-26T10:15:00", timeZone: "UTC" },
          transactionId: "f-call-asa-1",
        },
        idempotent: true,
      },
      {
        id: "task",
        method: "POST",
        url: `/me/todo/lists/${listId}/tasks`,
        body: { title: "Återkoppla till Åsa" },
        idempotent: true,
      },
      { id: "check", method: "GET", url: `/me/todo/lists/${listId}/tasks`, dependsOn: ["task"] },
    ];

    const outcome = await sendBatch(http, items);

    // The task and the read waiting on it travel as their own fully sequential batch: Graph refuses
    // one mixing requests with and without dependsOn (learn.microsoft.com/graph/json-batching).
    const sent = batches();
    expect(sent.map((b) => b.status)).toEqual([200, 200, 200]);
    expect(sent.map((b) => b.batch!.map((s) => `${s.id}:${s.status}`))).toEqual([
      ["call:201"],
      expect.arrayContaining(["task:429", "check:424"]),
      expect.arrayContaining(["task:201", "check:200"]),
    ]);
    expect(sent[2]!.batch).toHaveLength(2);
    expect(Date.parse(sent[2]!.at) - Date.parse(sent[1]!.at)).toBeGreaterThanOrEqual(950);
    if (!outcome.ok) throw new Error(outcome.error.code);
    expect(outcome.value.roundTrips).toBe(3);
    expect(outcome.value.results.map((r) => r.ok && r.value.status)).toEqual([201, 201, 200]);
    const titles = (
      outcome.value.results[2]! as { ok: true; value: { body: { value: { title: string }[] } } }
    ).value.body.value.map((t) => t.title);
    expect(titles.filter((t) => t === "Återkoppla till Åsa")).toHaveLength(1);
  });

  it("hands a throttled, unmarked create back to the outbox instead of re-sending it", async () => {
    emulator.faults.throttle({ method: "POST", path: "/me/messages", retryAfter: 2 });

    const outcome = await sendBatch(http, [
      { id: "draft", method: "POST", url: "/me/messages", body: { subject: "Tack för din ansökan" } },
    ]);

    expect(batches()).toHaveLength(1);
    expect(outcome).toMatchObject({
      ok: true,
      value: { results: [{ ok: false, error: { code: "graph-throttled", retryAfterMs: 2000 } }] },
    });
  });

  it("sends 45 reads as 3 $batch requests and answers them in input order", async () => {
    const items: BatchItem[] = Array.from({ length: 45 }, (_, i) => ({
      id: `r${i}`,
      method: "GET",
      url: `/me/todo/lists/${listId}?n=${i}`,
    }));

    const outcome = await sendBatch(http, items, { concurrency: 2 });

    expect(
      batches()
        .map((b) => b.batch!.length)
        .sort(),
    ).toEqual([20, 20, 5]);
    if (!outcome.ok) throw new Error(outcome.error.code);
    expect(outcome.value.results.every((r) => r.ok && (r.value.body as { id: string }).id === listId)).toBe(
      true,
    );
    expect(outcome.value.roundTrips).toBe(3);
  });

  it("re-sends a whole $batch the service refused only when everything in it is safe to repeat", async () => {
    emulator.faults.unavailable(503, { path: "/$batch" });
    const reads = await sendBatch(http, [{ id: "a", method: "GET", url: "/me" }]);
    expect(reads).toMatchObject({ ok: true, value: { roundTrips: 2, results: [{ ok: true }] } });

    emulator.requests.clear();
    emulator.faults.unavailable(503, { path: "/$batch" });
    const creates = await sendBatch(http, [
      { id: "d", method: "POST", url: "/me/messages", body: { subject: "Utkast" } },
    ]);
    expect(creates).toMatchObject({
      ok: true,
      value: { roundTrips: 1, results: [{ ok: false, error: { status: 503 } }] },
    });
    expect(batches()).toHaveLength(1);
  });
});
