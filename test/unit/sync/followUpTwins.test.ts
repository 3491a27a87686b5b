// Twins in the sync layer, over the fakes: another device made a second task for a follow-up; the
// sweep completes it and keeps the first, and a follow-up no longer wanted goes with all its copies.
import type { ExecutionContext } from "../../../src/sync/executors";
import { sweepFollowUps, syncFollowUps } from "../../../src/sync/executors/followUpSync";
import { fakeMicrosoft365, type FakeMicrosoft365 } from "./fakes/fakePorts";
import { process } from "../domain/fixtures";
import { forbidden } from "./fakes/faults";
import { followUpContext, waitingProcess } from "./fakes/followUpContext";

const NOW = "2026-11-25T09:00:00.000Z";

const context = (m365: FakeMicrosoft365): ExecutionContext => followUpContext(m365, NOW);
const waiting = waitingProcess;

/** The phone's copy of every task the laptop made: To Do took both creates. */
function phoneMadeTwins(m365: FakeMicrosoft365): string[] {
  const first = [...m365.todo.open.values()];
  for (const e of first) m365.todo.open.set(`${e.remoteId}-phone`, { ...e, remoteId: `${e.remoteId}-phone` });
  return first.map((e) => e.remoteId);
}

describe("twin reminders made by two devices", () => {
  it("completes the phone's copies and keeps the tasks made first, in one sweep, and the next sweep writes nothing", async () => {
    const m365 = fakeMicrosoft365();
    await syncFollowUps(waiting(), "c-asa-oberg", context(m365));
    const kept = phoneMadeTwins(m365);
    expect(m365.todo.twins().length).toBe(kept.length);

    const swept = await sweepFollowUps([waiting()], context(m365));
    expect(swept.ok && swept.value).toEqual({ created: 0, updated: 0, completed: kept.length });
    expect(m365.todo.twins()).toEqual([]);
    expect([...m365.todo.open.keys()].sort()).toEqual([...kept].sort());

    const writes = m365.todo.writes().length;
    const again = await sweepFollowUps([waiting()], context(m365));
    expect(again.ok && again.value).toEqual({ created: 0, updated: 0, completed: 0 });
    expect(m365.todo.writes()).toHaveLength(writes);
  });

  it("completes the twins of a process whose document could not be read, and leaves its kept task alone", async () => {
    const m365 = fakeMicrosoft365();
    await syncFollowUps(waiting(), "c-asa-oberg", context(m365));
    const kept = phoneMadeTwins(m365);
    const swept = await sweepFollowUps([], context(m365)); // no process readable this time
    expect(swept.ok && swept.value.completed).toBe(kept.length);
    expect([...m365.todo.open.keys()].sort()).toEqual([...kept].sort());
  });

  it("completes every copy of a candidate's reminders once she is no longer in the process", async () => {
    const m365 = fakeMicrosoft365();
    await syncFollowUps(waiting(), "c-asa-oberg", context(m365));
    phoneMadeTwins(m365);
    const gone = await syncFollowUps(process({ candidates: [] }), "c-asa-oberg", context(m365));
    expect(gone.ok).toBe(true);
    expect(m365.todo.open.size).toBe(0);
  });

  it("reports a twin To Do would not complete, and keeps it for the next sweep", async () => {
    const m365 = fakeMicrosoft365();
    await syncFollowUps(waiting(), "c-asa-oberg", context(m365));
    phoneMadeTwins(m365);
    m365.todo.faults.fail("complete", forbidden("Tasks.ReadWrite"));
    const swept = await sweepFollowUps([waiting()], context(m365));
    expect(swept.ok).toBe(false);
    expect(m365.todo.twins().length).toBeGreaterThan(0);
  });
});
