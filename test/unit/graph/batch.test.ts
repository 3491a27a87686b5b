import { sendBatch, type BatchItem } from "../../../src/graph/batch";
import { graphOver, json, scriptedFetch, type SentRequest } from "./fakeGraph";

type SubReq = { id: string; method: string; url: string; dependsOn?: string[] };
const subRequests = (req: SentRequest): SubReq[] =>
  (JSON.parse(req.body!) as { requests: SubReq[] }).requests;

/** A $batch endpoint whose sub-responses are chosen per sub-request id, round by round. */
function batchServer(
  plan: (sub: SubReq, round: number) => { status: number; headers?: Record<string, string>; body?: unknown },
) {
  const seen = new Map<string, number>();
  return (req: SentRequest): Response => {
    const responses = subRequests(req).map((sub) => {
      const round = (seen.get(sub.id) ?? 0) + 1;
      seen.set(sub.id, round);
      return { id: sub.id, ...plan(sub, round) };
    });
    return json(200, { responses: responses.reverse() }); // Graph answers in any order
  };
}

const gets = (n: number): BatchItem[] =>
  Array.from({ length: n }, (_, i) => ({ id: `m${i}`, method: "GET", url: `/me/messages/m${i}` }));

describe("sending $batch requests", () => {
  it("sends 200 drafts' worth of requests in 10 $batch requests and returns results in input order", async () => {
    const server = batchServer((sub) => ({ status: 200, body: { id: sub.id } }));
    const { fetchImpl, sent } = scriptedFetch(...Array.from({ length: 10 }, () => server));
    const { http } = graphOver(fetchImpl);

    const outcome = await sendBatch(http, gets(200));

    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(sent).toHaveLength(10);
    expect(sent.every((s) => s.url.endsWith("/v1.0/$batch") && subRequests(s).length === 20)).toBe(true);
    expect(outcome.value.roundTrips).toBe(10);
    expect(outcome.value.results.map((r) => (r.ok ? (r.value.body as { id: string }).id : "x"))).toEqual(
      gets(200).map((g) => g.id),
    );
  });

  it("keeps at most the configured number of $batch requests in flight", async () => {
    let inFlight = 0;
    let peak = 0;
    const server = batchServer(() => ({ status: 200 }));
    const slow = async (url: string, init?: RequestInit) => {
      inFlight += 1;
      peak = Math.max(peak, inFlight);
      await new Promise((r) => setTimeout(r, 5));
      inFlight -= 1;
      return server({ url, method: "POST", headers: new Headers(), body: init?.body as string });
    };
    const { http } = graphOver(slow);

    await sendBatch(http, gets(200), { concurrency: 3 });
    expect(peak).toBe(3);
  });

  it("re-sends only the throttled sub-request, not before its Retry-After, and counts both round trips", async () => {
    const server = batchServer((sub, round) =>
      sub.id === "m1" && round === 1 ? { status: 429, headers: { "Retry-After": "4" } } : { status: 200 },
    );
    const { fetchImpl, sent } = scriptedFetch(server, server);
    const sleeps: number[] = [];
    const { http } = graphOver(fetchImpl);

    const outcome = await sendBatch(http, gets(3), {
      clock: { sleep: async (ms) => void sleeps.push(ms), now: () => 0 },
    });

    expect(sent.map((s) => subRequests(s).map((r) => r.id))).toEqual([["m0", "m1", "m2"], ["m1"]]);
    expect(sleeps).toEqual([4000]);
    expect(outcome).toMatchObject({ ok: true, value: { roundTrips: 2 } });
    if (outcome.ok) expect(outcome.value.results.every((r) => r.ok)).toBe(true);
  });

  it("re-sends a 424 with its throttled dependency and leaves the created one alone (201 + 429 + 424)", async () => {
    const items: BatchItem[] = [
      { id: "event", method: "POST", url: "/me/events", body: { transactionId: "f-1" }, idempotent: true },
      {
        id: "task",
        method: "POST",
        url: "/me/todo/lists/L/tasks",
        body: { title: "Ring" },
        idempotent: true,
      },
      {
        id: "link",
        method: "PATCH",
        url: "/me/todo/lists/L/tasks/x",
        body: {},
        dependsOn: ["task"],
        idempotent: true,
      },
    ];
    const server = batchServer((sub, round) => {
      if (round > 1) return { status: sub.id === "task" ? 201 : 200 };
      return {
        event: { status: 201 },
        task: { status: 429, headers: { "Retry-After": "1" } },
        link: { status: 424 },
      }[sub.id]!;
    });
    const { fetchImpl, sent } = scriptedFetch(server, server, server);
    const { http } = graphOver(fetchImpl);

    const outcome = await sendBatch(http, items, { clock: { sleep: async () => undefined } });

    // The chain travels as its own fully sequential batch: Graph refuses a $batch mixing requests
    // with and without dependsOn (learn.microsoft.com/graph/json-batching; docs-contrib #2339).
    expect(sent.map((s) => subRequests(s).map((r) => r.id))).toEqual([
      ["event"],
      ["task", "link"],
      ["task", "link"],
    ]);
    expect(subRequests(sent[2]!).find((r) => r.id === "link")!.dependsOn).toEqual(["task"]);
    expect(outcome.ok).toBe(true);
    if (outcome.ok) expect(outcome.value.results.map((r) => r.ok && r.value.status)).toEqual([201, 201, 200]);
  });

  it("hands a throttled, unmarked create back to the outbox instead of re-sending it", async () => {
    const server = batchServer(() => ({ status: 429, headers: { "Retry-After": "2" } }));
    const { fetchImpl, sent } = scriptedFetch(server);
    const { http } = graphOver(fetchImpl);

    const outcome = await sendBatch(http, [{ id: "draft", method: "POST", url: "/me/messages", body: {} }]);

    expect(sent).toHaveLength(1);
    expect(outcome).toMatchObject({
      ok: true,
      value: { results: [{ ok: false, error: { code: "graph-throttled", retryAfterMs: 2000 } }] },
    });
  });

  it("explains a request whose dependency failed for good", async () => {
    const server = batchServer((sub) =>
      sub.id === "a" ? { status: 404, body: { error: { code: "ErrorItemNotFound" } } } : { status: 424 },
    );
    const { fetchImpl } = scriptedFetch(server);
    const { http } = graphOver(fetchImpl);

    const outcome = await sendBatch(http, [
      { id: "a", method: "GET", url: "/me/messages/gone" },
      { id: "b", method: "PATCH", url: "/me/messages/gone", body: {}, dependsOn: ["a"] },
    ]);

    if (!outcome.ok) throw new Error("expected ok");
    expect(outcome.value.results[0]).toMatchObject({ ok: false, error: { code: "graph-not-found" } });
    expect(outcome.value.results[1]).toMatchObject({
      ok: false,
      error: { code: "graph-dependency-failed", status: 424, retryable: false },
    });
  });

  it("gives every item of a $batch that could not be sent the reason, and does not re-send creates", async () => {
    const { fetchImpl, sent } = scriptedFetch(new TypeError("fetch failed"));
    const { http } = graphOver(fetchImpl);

    const outcome = await sendBatch(http, [
      { id: "a", method: "GET", url: "/me" },
      { id: "b", method: "POST", url: "/me/messages", body: {} },
    ]);

    expect(sent).toHaveLength(1);
    if (!outcome.ok) throw new Error("expected ok");
    expect(outcome.value.results.map((r) => !r.ok && r.error.code)).toEqual([
      "graph-offline",
      "graph-offline",
    ]);
    expect(outcome.value.roundTrips).toBe(1);
  });

  it("counts every try of a $batch of reads that kept failing", async () => {
    const { fetchImpl, sent } = scriptedFetch(json(503, {}), json(503, {}), json(503, {}));
    const { http } = graphOver(fetchImpl, { retry: { maxAttempts: 3 } });

    const outcome = await sendBatch(http, gets(2));

    expect(sent).toHaveLength(3);
    expect(outcome).toMatchObject({ ok: true, value: { roundTrips: 3 } });
  });
});
