// The weekly page follows her changes while the pane is open: one sync after a burst of sent
// changes, never two at once.
import type { CommandStatus } from "../../../src/sync/syncEvents";
import { createWeeklyTodoKeeper } from "../../../src/sync/weeklyTodoKeeper";

const status = (id: string, state: CommandStatus["state"]): CommandStatus => ({
  id,
  type: "MoveStage",
  key: "p/c",
  createdAt: "2026-11-25T08:00:00.000Z",
  state,
  attempts: 1,
});

function timers() {
  const pending: { work: () => void; cancelled: boolean }[] = [];
  return {
    setTimer: (work: () => void) => {
      const t = { work, cancelled: false };
      pending.push(t);
      return () => void (t.cancelled = true);
    },
    fire: () => pending.splice(0).forEach((t) => !t.cancelled && t.work()),
  };
}

describe("keeping the weekly page in step while the pane is open", () => {
  it("syncs once after a burst of changes reached Microsoft 365, not for changes still queued", async () => {
    let syncs = 0;
    const clock = timers();
    const keeper = createWeeklyTodoKeeper({ sync: async () => void (syncs += 1), setTimer: clock.setTimer });
    keeper.commandsChanged({ a: status("a", "sending") }, {});
    clock.fire();
    expect(syncs).toBe(0);
    keeper.commandsChanged({ a: status("a", "sent") }, { a: status("a", "sending") });
    keeper.commandsChanged(
      { a: status("a", "sent"), b: status("b", "sent") },
      { a: status("a", "sent"), b: status("b", "sending") },
    );
    clock.fire();
    await keeper.runNow();
    // The burst's one sync, and the explicit one after it.
    expect(syncs).toBe(2);
  });

  it("never runs two syncs at once: a change during one is caught by a single next one", async () => {
    let running = 0;
    let most = 0;
    let syncs = 0;
    let release: () => void = () => undefined;
    const keeper = createWeeklyTodoKeeper({
      sync: async () => {
        running += 1;
        syncs += 1;
        most = Math.max(most, running);
        await new Promise<void>((r) => (release = r));
        running -= 1;
      },
    });
    const first = keeper.runNow();
    void keeper.runNow();
    void keeper.runNow();
    release();
    await new Promise((r) => setTimeout(r, 0));
    release();
    await first;
    expect(most).toBe(1);
    expect(syncs).toBe(2);
    keeper.stop();
  });
});
