import fc from "fast-check";
import {
  batchRequestBody,
  groupByDependency,
  judgeRound,
  MAX_BATCH_SIZE,
  packBatches,
  readBatchResponse,
  type BatchItem,
  type SubResponse,
} from "../../../src/graph/batchPlan";
import { DEFAULT_RETRY } from "../../../src/graph/retryPolicy";

const get = (id: string, extra: Partial<BatchItem> = {}): BatchItem => ({
  id,
  method: "GET",
  url: `/me/messages/${id}`,
  ...extra,
});
const post = (id: string, extra: Partial<BatchItem> = {}): BatchItem => ({
  id,
  method: "POST",
  url: "/me/messages",
  body: { subject: id },
  ...extra,
});
const answer = (id: string, status: number, headers: Record<string, string> = {}): SubResponse => ({
  id,
  status,
  headers,
  body: {},
});
const judge = (round: BatchItem[], responses: SubResponse[], attempt = 1) =>
  judgeRound(
    round,
    new Map(responses.map((r) => [r.id, r])),
    new Map(round.map((i) => [i.id, attempt])),
    DEFAULT_RETRY,
    0,
    () => 0.5,
  );

describe("splitting requests into $batch requests", () => {
  it("packs any number of independent requests into batches of at most 20, in order", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 130 }), (n) => {
        const items = Array.from({ length: n }, (_, i) => get(`m${i}`));
        const grouped = groupByDependency(items);
        if (!grouped.ok) return false;
        const batches = packBatches(grouped.value);
        return (
          batches.every((b) => b.length >= 1 && b.length <= MAX_BATCH_SIZE) &&
          batches
            .flat()
            .map((i) => i.id)
            .join() === items.map((i) => i.id).join() &&
          batches.length === Math.ceil(n / MAX_BATCH_SIZE)
        );
      }),
    );
  });

  it("keeps a request and what it depends on in the same batch", () => {
    const items = [
      ...Array.from({ length: 19 }, (_, i) => get(`g${i}`)),
      post("draft"),
      post("attach", { dependsOn: ["draft"] }),
    ];
    const grouped = groupByDependency(items);
    expect(grouped.ok).toBe(true);
    if (!grouped.ok) return;
    const batches = packBatches(grouped.value);
    const home = batches.find((b) => b.some((i) => i.id === "draft"))!;
    expect(home.map((i) => i.id)).toEqual(expect.arrayContaining(["draft", "attach"]));
    expect(batches.every((b) => b.length <= MAX_BATCH_SIZE)).toBe(true);
  });

  it.each([
    ["a duplicate id", [get("a"), get("a")]],
    ["an unknown dependency", [get("a", { dependsOn: ["ghost"] })]],
    ["a cycle", [get("a", { dependsOn: ["b"] }), get("b", { dependsOn: ["a"] })]],
    [
      "a chain longer than 20",
      Array.from({ length: 21 }, (_, i) => get(`c${i}`, i ? { dependsOn: [`c${i - 1}`] } : {})),
    ],
  ])("refuses %s", (_, items) => {
    expect(groupByDependency(items)).toMatchObject({ ok: false, error: { code: "graph-batch-invalid" } });
  });

  it("writes Graph's JSON, with a content type for bodies and dependsOn only within the batch", () => {
    const body = batchRequestBody([post("draft"), post("attach", { dependsOn: ["draft", "sent-earlier"] })]);
    expect(body.requests).toEqual([
      {
        id: "draft",
        method: "POST",
        url: "/me/messages",
        headers: { "Content-Type": "application/json" },
        body: { subject: "draft" },
      },
      {
        id: "attach",
        method: "POST",
        url: "/me/messages",
        headers: { "Content-Type": "application/json" },
        body: { subject: "attach" },
        dependsOn: ["draft"],
      },
    ]);
  });

  it("reads sub-responses by id with lower-cased header names", () => {
    const read = readBatchResponse({
      responses: [{ id: "1", status: 429, headers: { "Retry-After": "4" } }, { junk: true }],
    });
    expect([...read.values()]).toEqual([
      { id: "1", status: 429, headers: { "retry-after": "4" }, body: undefined },
    ]);
  });
});

describe("reading bodies Graph base64-encoded inside a $batch", () => {
  const b64 = (text: string) => Buffer.from(text, "utf8").toString("base64");
  const read = (body: unknown, contentType: string) =>
    readBatchResponse({
      responses: [{ id: "1", status: 200, headers: { "Content-Type": contentType }, body }],
    }).get("1")!.body;

  it("decodes OneNote's page HTML to text, Swedish letters intact", () => {
    expect(read(b64('<p data-id="k-1">Ringde Åsa</p>'), "text/html")).toBe('<p data-id="k-1">Ringde Åsa</p>');
  });

  it("decodes JSON that came back base64-encoded, and leaves plain JSON alone", () => {
    expect(read(b64('{"id":"F1"}'), "application/json")).toEqual({ id: "F1" });
    expect(read({ id: "F2" }, "application/json; odata.metadata=minimal")).toEqual({ id: "F2" });
  });

  it("leaves binary content base64 for the caller", () => {
    expect(read("iVBORw0KGgo=", "image/png")).toBe("iVBORw0KGgo=");
  });
});

describe("deciding what to send again after a $batch answer", () => {
  it("retries only the throttled sub-request, after its Retry-After", () => {
    const verdict = judge(
      [get("a"), get("b"), get("c")],
      [answer("a", 200), answer("b", 429, { "retry-after": "5" }), answer("c", 404)],
    );
    expect(verdict.retry.map((i) => i.id)).toEqual(["b"]);
    expect(verdict.delayMs).toBe(5000);
    expect([...verdict.final.keys()]).toEqual(["a", "c"]);
  });

  it("waits for the longest Retry-After among the retried", () => {
    const verdict = judge(
      [get("a"), get("b")],
      [answer("a", 503, { "retry-after": "2" }), answer("b", 429, { "retry-after": "9" })],
    );
    expect(verdict.delayMs).toBe(9000);
  });

  it("backs off when a throttled sub-request gives no Retry-After (OneNote)", () => {
    expect(judge([get("page")], [answer("page", 429)]).delayMs).toBe(500);
  });

  it("re-sends a 424 together with its throttled dependency", () => {
    const items = [
      post("event", { idempotent: true }),
      post("note", { dependsOn: ["event"], idempotent: true }),
      post("todo", { dependsOn: ["note"], idempotent: true }),
    ];
    const verdict = judge(items, [
      answer("event", 429, { "retry-after": "1" }),
      answer("note", 424),
      answer("todo", 424),
    ]);
    expect(verdict.retry.map((i) => i.id)).toEqual(["event", "note", "todo"]);
  });

  it("fails a 424 for good when its dependency failed for good", () => {
    const verdict = judge([get("a"), get("b", { dependsOn: ["a"] })], [answer("a", 404), answer("b", 424)]);
    expect(verdict.retry).toEqual([]);
    expect(verdict.final.get("b")).toMatchObject({
      kind: "dependency-failed",
      dependency: { id: "a", status: 404 },
    });
  });

  it("does not re-send a throttled create that is not marked idempotent", () => {
    const verdict = judge([post("draft")], [answer("draft", 429, { "retry-after": "1" })]);
    expect(verdict.retry).toEqual([]);
    expect(verdict.final.get("draft")).toMatchObject({ kind: "response", response: { status: 429 } });
  });

  it("stops after the last attempt", () => {
    expect(judge([get("a")], [answer("a", 503)], DEFAULT_RETRY.maxAttempts).retry).toEqual([]);
  });

  it("reports a sub-request Graph did not answer", () => {
    expect(judge([get("a")], []).final.get("a")).toEqual({ kind: "missing" });
  });
});
