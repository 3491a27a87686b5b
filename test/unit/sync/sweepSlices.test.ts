// The follow-up sweep plans every candidate; at thousands of them it must not hold the pane's
// thread: it plans in slices and gives the browser a turn between them.
import { IDBFactory } from "fake-indexeddb";
import "fake-indexeddb/auto";
import fc from "fast-check";
import type { Candidate, Process } from "../../../src/domain";
import { sweepFollowUps } from "../../../src/sync/executors/followUpSync";
import { candidate, contact, process } from "../domain/fixtures";
import { createSyncEngine } from "../../../src/sync/engine";
import { FakeClock } from "./fakes/fakeClock";
import { fakeMicrosoft365 } from "./fakes/fakePorts";
import { followUpContext } from "./fakes/followUpContext";
import { openOutbox } from "./fakes/harness";

const CANDIDATES = 500;

describe("the follow-up sweep over a big pipeline", () => {
  it("lets a click through while it plans five hundred candidates, then books their reminders", async () => {
    const clock = new FakeClock();
    const m365 = fakeMicrosoft365();
    const candidates = Array.from({ length: CANDIDATES }, (_, i) =>
      candidate({ id: `c-${i}`, emails: [`kandidat${i}@example.se`] }),
    );
    m365.processes.seed(process({ candidates }));
    const engine = createSyncEngine({
      outbox: await openOutbox(new IDBFactory()),
      ports: m365,
      now: clock.now,
      sleep: clock.sleep,
      listener: { command: () => undefined, queue: () => undefined },
    });
    expect((await engine.refresh()).ok).toBe(true);

    // A click the browser wants to handle while the sweep runs.
    const turns = { clickHandled: false, beforeFirstWrite: false };
    const write = m365.todo.upsertFollowUps.bind(m365.todo);
    m365.todo.upsertFollowUps = (writes, language) => {
      turns.beforeFirstWrite ||= turns.clickHandled;
      return write(writes, language);
    };
    const swept = engine.sweepFollowUps();
    setTimeout(() => (turns.clickHandled = true), 0);
    const result = await swept;

    expect(result.ok && result.value.created).toBeGreaterThanOrEqual(CANDIDATES);
    expect(turns.beforeFirstWrite).toBe(true);
    engine.stop();
  });
});

describe("the sweep at a later start", () => {
  it("books reminders for a candidate another device added to one of 500 since this device last swept", async () => {
    const clock = new FakeClock();
    const m365 = fakeMicrosoft365();
    const candidates = Array.from({ length: CANDIDATES }, (_, i) =>
      candidate({ id: `c-${i}`, emails: [`kandidat${i}@example.se`] }),
    );
    const processId = process().id;
    m365.processes.seed(process({ candidates }));
    m365.processes.seed(process({ id: "p-other", candidates: candidates.slice(0, 3) }));
    const start = async () => {
      const engine = createSyncEngine({
        outbox: await openOutbox(new IDBFactory()),
        ports: m365,
        now: clock.now,
        sleep: clock.sleep,
        listener: { command: () => undefined, queue: () => undefined },
      });
      expect((await engine.refresh()).ok).toBe(true);
      expect((await engine.sweepFollowUps()).ok).toBe(true);
      engine.stop();
    };
    await start();
    const nora = candidate({ id: "c-nora", name: "Nora Ek", emails: ["nora@example.se"] });
    m365.processes.editRemotely(processId, (p) => ({ ...p, candidates: [...p.candidates, nora] }));

    await start();

    const hers = [...m365.todo.open.values(), ...m365.calendar.open.values()].filter(
      (e) => e.followUp.processId === processId && e.followUp.candidateId === "c-nora",
    );
    expect(hers.length).toBeGreaterThan(0);
  });
});

describe("the follow-up sweep cut into slices", () => {
  const base = Date.parse("2026-11-02T08:00:00.000Z");
  const instant = fc.integer({ min: 0, max: 40 * 86_400_000 }).map((ms) => new Date(base + ms).toISOString());
  const mail = fc
    .record({
      at: instant,
      direction: fc.constantFrom<"in" | "out">("in", "out"),
      kind: fc.constantFrom<"message" | "answer" | "interview">("message", "answer", "interview"),
      link: fc.integer({ min: 0, max: 3 }),
    })
    .map(({ link, ...e }) =>
      contact({
        ...e,
        channel: e.kind === "interview" ? "meeting" : "email",
        webLink: `https://outlook/m-${link}`,
      }),
    );
  const pipeline = fc
    .array(
      fc.record({
        stageId: fc.constantFrom("applied", "screening", "interview", "rejected"),
        contacts: fc.array(mail, { maxLength: 3 }),
      }),
      { maxLength: 9 },
    )
    .map((cs) =>
      cs.map((c, i): Candidate =>
        candidate({
          id: `c-${i}`,
          emails: [`k${i}@example.se`],
          ...c,
          rejection: c.stageId === "rejected" ? { reason: "other", detail: "" } : null,
        }),
      ),
    );
  /** What changed between two sweeps: candidates gone, new mails, time gone by. */
  const change = fc.record({
    gone: fc.array(fc.integer({ min: 0, max: 8 }), { maxLength: 3 }),
    mails: fc.array(fc.tuple(fc.integer({ min: 0, max: 8 }), mail), { maxLength: 4 }),
    later: fc.integer({ min: 0, max: 20 * 86_400_000 }),
  });

  const context = followUpContext;

  it("makes the very calls, in the same order, that the sweep in one piece makes, whatever changed since the last", async () => {
    await fc.assert(
      fc.asyncProperty(
        pipeline,
        change,
        instant,
        fc.integer({ min: 1, max: 4 }),
        async (cs, ch, t1, slice) => {
          const before: Process = process({ candidates: cs });
          const after: Process = process({
            candidates: cs
              .filter((_, i) => !ch.gone.includes(i))
              .map((c, i) => ({
                ...c,
                contacts: [...c.contacts, ...ch.mails.filter(([j]) => j === i).map(([, m]) => m)],
              })),
          });
          const t2 = new Date(Date.parse(t1) + ch.later).toISOString();
          const run = async (size: number) => {
            const m365 = fakeMicrosoft365();
            await sweepFollowUps([before], context(m365, t1), Number.POSITIVE_INFINITY);
            const result = await sweepFollowUps([after], context(m365, t2), size);
            return { result, todo: m365.todo.calls, calendar: m365.calendar.calls };
          };
          const [whole, sliced] = [await run(Number.POSITIVE_INFINITY), await run(slice)];
          expect(sliced).toEqual(whole);
        },
      ),
      { numRuns: 150 },
    );
  });
});
