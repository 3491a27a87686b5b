// The follow-up sweep plans every candidate; at thousands of them it must not hold the pane's
// thread: it plans in slices and gives the browser a turn between them.
import { IDBFactory } from "fake-indexeddb";
import "fake-indexeddb/auto";
import { candidate, process } from "../domain/fixtures";
import { createSyncEngine } from "../../../src/sync/engine";
import { FakeClock } from "./fakes/fakeClock";
import { fakeMicrosoft365 } from "./fakes/fakePorts";
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
