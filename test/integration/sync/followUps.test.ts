// The follow-up sweep over the real To Do and calendar adapters: what the planner wants must come
// back from Microsoft 365 exactly as written, or every sweep would rewrite every reminder.
import { untilSent, world, type World } from "./syncOverEmulator";
import { meetingHeldContact, makeCommand } from "../../../src/sync/commands";

let w: World;
afterEach(async () => {
  await w.close();
});

describe("the recruiter's reminders in To Do and the calendar", () => {
  it("books every candidate's reminders once, and a second sweep writes nothing", async () => {
    w = await world();
    const first = await w.pane.engine.sweepFollowUps();
    expect(first.ok && first.value.created).toBeGreaterThan(0);
    const before = w.emu.requests.all().length;
    const second = await w.pane.engine.sweepFollowUps();
    expect(second.ok && second.value).toEqual({ created: 0, updated: 0, completed: 0 });
    const writes = w.emu.requests
      .all()
      .slice(before)
      .filter((r) => r.method !== "GET");
    expect(writes).toEqual([]);
  });

  it("moves a candidate's reminders from mail to a booked call once the interview is logged", async () => {
    w = await world();
    await w.pane.engine.sweepFollowUps();
    const id = "k-interview";
    const cmd = makeCommand(
      "LogContact",
      {
        processId: "p-nordbank-backend",
        candidateId: "c-mohammed-al-sayed",
        contact: meetingHeldContact(id, "2026-11-24T13:00:00.000Z", "Intervju", null),
      },
      { id, createdAt: "2026-11-24T14:00:00.000Z" },
    );
    await w.pane.engine.dispatch(cmd);
    await untilSent(w, [id]);
    const calls = await w.pane.ports.calendar.listFollowUps();
    expect(calls.ok && calls.value.map((e) => e.followUp.kind)).toContain("call");
    const again = await w.pane.engine.sweepFollowUps();
    expect(again.ok && again.value).toEqual({ created: 0, updated: 0, completed: 0 });
  });
});
