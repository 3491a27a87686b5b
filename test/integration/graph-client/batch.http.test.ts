// $batch over real HTTP. The emulator's $batch is not built yet, so this file serves Graph's JSON
// batching shapes from a small node:http server; move these cases to the emulator's faults when
// it answers $batch (see the report of issue 5).
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createDevTokenProvider } from "../../../src/auth/tokenProvider";
import { sendBatch, type BatchItem } from "../../../src/graph/batch";
import { createGraphClient } from "../../../src/graph/client";
import { createGraphHttp, type GraphHttp } from "../../../src/graph/graphHttp";

interface SubRequest {
  id: string;
  method: string;
  url: string;
  dependsOn?: string[];
}
interface SubAnswer {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}
interface Arrival {
  at: number;
  ids: string[];
  dependsOn: Record<string, string[]>;
}

let server: Server;
let baseUrl: string;
let arrivals: Arrival[];
let envelopeStatus: number[];
let answer: (sub: SubRequest, round: number) => SubAnswer;

const readJson = async (req: IncomingMessage): Promise<unknown> => {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString("utf8"));
};

beforeAll(async () => {
  server = createServer(async (req, res) => {
    if (
      req.method !== "POST" ||
      req.url !== "/v1.0/$batch" ||
      !req.headers.authorization?.startsWith("Bearer ")
    ) {
      res.writeHead(404).end();
      return;
    }
    const { requests } = (await readJson(req)) as { requests: SubRequest[] };
    const next = envelopeStatus.shift();
    if (next !== undefined && next !== 200) {
      res
        .writeHead(next, { "content-type": "application/json", "retry-after": "0" })
        .end(JSON.stringify({ error: { code: "ServiceNotAvailable" } }));
      return;
    }
    const round = arrivals.length + 1;
    arrivals.push({
      at: Date.now(),
      ids: requests.map((r) => r.id),
      dependsOn: Object.fromEntries(requests.filter((r) => r.dependsOn).map((r) => [r.id, r.dependsOn!])),
    });
    const responses = requests.map((r) => ({ id: r.id, headers: {}, ...answer(r, round) }));
    res.writeHead(200, { "content-type": "application/json", "request-id": `batch-${round}` });
    res.end(JSON.stringify({ responses }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1.0`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  arrivals = [];
  envelopeStatus = [];
});

function connect(): GraphHttp {
  const client = createGraphClient({ baseUrl, tokens: createDevTokenProvider(), retry: { baseDelayMs: 20 } });
  if (!client.ok) throw new Error(client.error.code);
  return createGraphHttp(client.value);
}

describe("$batch over HTTP", () => {
  it("re-sends only the throttled task and the link waiting on it, after Retry-After (201 + 429 + 424)", async () => {
    const items: BatchItem[] = [
      {
        id: "call",
        method: "POST",
        url: "/me/events",
        body: { subject: "Samtal med Åsa", transactionId: "f-1" },
        idempotent: true,
      },
      {
        id: "task",
        method: "POST",
        url: "/me/todo/lists/L/tasks",
        body: { title: "Återkoppla till Åsa" },
        idempotent: true,
      },
      {
        id: "link",
        method: "POST",
        url: "/me/todo/lists/L/tasks/T/linkedResources",
        body: { externalId: "f-2" },
        dependsOn: ["task"],
        idempotent: true,
      },
    ];
    answer = (sub, round) => {
      if (round === 1) {
        if (sub.id === "call") return { status: 201, body: { id: "E1" } };
        if (sub.id === "task")
          return {
            status: 429,
            headers: { "Retry-After": "1" },
            body: { error: { code: "TooManyRequests" } },
          };
        return { status: 424, body: { error: { code: "FailedDependency" } } };
      }
      return { status: 201, body: { id: `${sub.id}-2` } };
    };

    const outcome = await sendBatch(connect(), items);

    expect(arrivals.map((a) => a.ids)).toEqual([
      ["call", "task", "link"],
      ["task", "link"],
    ]);
    expect(arrivals[1]!.dependsOn).toEqual({ link: ["task"] });
    expect(arrivals[1]!.at - arrivals[0]!.at).toBeGreaterThanOrEqual(950);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.value.roundTrips).toBe(2);
    expect(outcome.value.results.map((r) => (r.ok ? r.value.body : r.error.code))).toEqual([
      { id: "E1" },
      { id: "task-2" },
      { id: "link-2" },
    ]);
  });

  it("sends 45 reads as 3 $batch requests and answers them in input order", async () => {
    answer = (sub) => ({ status: 200, body: { id: sub.id } });
    const items: BatchItem[] = Array.from({ length: 45 }, (_, i) => ({
      id: `r${i}`,
      method: "GET",
      url: `/me/messages/m${i}`,
    }));

    const outcome = await sendBatch(connect(), items, { concurrency: 2 });

    expect(arrivals.map((a) => a.ids.length).sort()).toEqual([20, 20, 5].sort());
    if (!outcome.ok) throw new Error(outcome.error.code);
    expect(outcome.value.results.map((r) => r.ok && (r.value.body as { id: string }).id)).toEqual(
      items.map((i) => i.id),
    );
  });

  it("re-sends a whole $batch the service refused only when everything in it is safe to repeat", async () => {
    answer = () => ({ status: 200, body: {} });
    envelopeStatus = [503];
    const reads = await sendBatch(connect(), [{ id: "a", method: "GET", url: "/me" }]);
    expect(reads).toMatchObject({ ok: true, value: { roundTrips: 2, results: [{ ok: true }] } });

    envelopeStatus = [503];
    arrivals = [];
    const creates = await sendBatch(connect(), [{ id: "d", method: "POST", url: "/me/messages", body: {} }]);
    expect(creates).toMatchObject({
      ok: true,
      value: { roundTrips: 1, results: [{ ok: false, error: { code: "graph-throttled", status: 503 } }] },
    });
    expect(arrivals).toHaveLength(0);
  });
});
