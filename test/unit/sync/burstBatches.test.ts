import { burstsByProcess, inPool } from "../../../src/sync/burstBatches";
import type { OutboxEnvelope } from "../../../src/sync/outboxEnvelope";

const envelope = (id: string, type: string, processId: string, candidateId: string): OutboxEnvelope => ({
  id,
  type,
  key: `${processId}/${candidateId}`,
  payload: { processId, candidateId },
  createdAt: "2026-11-25T09:00:00.000Z",
  attempts: 0,
  status: "pending",
});

const ready = (...envelopes: OutboxEnvelope[]) => {
  const byKey = new Map<string, OutboxEnvelope[]>();
  for (const e of envelopes) byKey.set(e.key, [...(byKey.get(e.key) ?? []), e]);
  return byKey;
};

describe("which detected mails the drain sends as one burst", () => {
  it("takes the next mail of each trainee of one process, never a trainee's second one", () => {
    const bursts = burstsByProcess(
      ready(
        envelope("a-1", "LogContact", "p-1", "a"),
        envelope("a-2", "LogContact", "p-1", "a"),
        envelope("b-1", "LinkMail", "p-1", "b"),
        envelope("c-1", "AddNote", "p-1", "c"),
      ),
      () => true,
    );
    expect(bursts.get("p-1")?.map((e) => e.id)).toEqual(["a-1", "b-1", "c-1"]);
  });

  it("leaves a stage change, a lone mail and a candidate already sending to the ordinary way", () => {
    const bursts = burstsByProcess(
      ready(
        envelope("a-1", "MoveStage", "p-1", "a"),
        envelope("b-1", "LogContact", "p-1", "b"),
        envelope("x-1", "LogContact", "p-2", "x"),
        envelope("y-1", "LogContact", "p-2", "y"),
      ),
      (key) => key !== "p-2/y",
    );
    expect(bursts.size).toBe(0);
  });

  it("keeps bursts of two processes apart", () => {
    const bursts = burstsByProcess(
      ready(
        envelope("a-1", "LogContact", "p-1", "a"),
        envelope("x-1", "LogContact", "p-2", "x"),
        envelope("b-1", "LogContact", "p-1", "b"),
        envelope("y-1", "LinkEvent", "p-2", "y"),
      ),
      () => true,
    );
    expect([...bursts].map(([p, b]) => [p, b.map((e) => e.id)])).toEqual([
      ["p-1", ["a-1", "b-1"]],
      ["p-2", ["x-1", "y-1"]],
    ]);
  });
});

describe("sending a burst's commands", () => {
  it("runs no more than the bound at once and starts them in order", async () => {
    let running = 0;
    let most = 0;
    const started: number[] = [];
    await inPool([1, 2, 3, 4, 5, 6, 7], 3, async (n) => {
      started.push(n);
      running += 1;
      most = Math.max(most, running);
      await new Promise((r) => setTimeout(r, 1));
      running -= 1;
    });
    expect(most).toBe(3);
    expect(started).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });
});
