import "fake-indexeddb/auto";
import { IDBFactory } from "fake-indexeddb";
import { ok, type Result } from "../../../src/domain";
import type { RoamingSettings } from "../../../src/host/host";
import { pausedBecause } from "../../../src/state/outboxStatusStore";
import { createSyncStores } from "../../../src/state/syncStores";
import { createSyncEngine } from "../../../src/sync/engine";
import { candidate, process } from "../domain/fixtures";
import { FakeClock } from "../sync/fakes/fakeClock";
import { fakeMicrosoft365 } from "../sync/fakes/fakePorts";
import { signInNeeded } from "../sync/fakes/faults";
import { openOutbox } from "../sync/fakes/harness";

const roaming: RoamingSettings = {
  get: () => undefined,
  set: async (): Promise<Result<void>> => ok(undefined),
};

describe("the pane after 'Logga in'", () => {
  it("reads the processes and sweeps the reminders again that waited for her sign-in", async () => {
    const clock = new FakeClock();
    const m365 = fakeMicrosoft365();
    m365.processes.seed(process({ candidates: [candidate()] }));
    m365.processes.faults.fail("listAll", signInNeeded());
    m365.todo.faults.fail("list", signInNeeded());
    const outbox = await openOutbox(new IDBFactory());
    let windows = 0;
    const app = createSyncStores(
      (w) => createSyncEngine({ outbox, ports: m365, now: clock.now, sleep: clock.sleep, ...w }),
      roaming,
      "sv-SE",
      async () => ((windows += 1), ok(undefined)),
    );

    await app.processes.getState().load();
    const swept = await app.engine.sweepFollowUps();
    app.outbox.getState().followUpsSwept(swept.ok ? null : swept.error);
    expect(app.processes.getState().status).toBe("error");
    expect(pausedBecause(app.outbox.getState())?.code).toBe("graph-auth-needed");
    expect(windows).toBe(0); // nothing in the background opened a window

    await app.outbox.getState().resume();
    await app.engine.idle();
    await new Promise((r) => setTimeout(r, 0));

    expect(windows).toBe(1);
    expect(pausedBecause(app.outbox.getState())).toBeNull();
    expect(app.processes.getState().status).toBe("ready");
    expect(app.outbox.getState().followUpProblem).toBeNull();
    expect(m365.todo.open.size + m365.calendar.open.size).toBeGreaterThan(0);
    app.engine.stop();
  });
});
