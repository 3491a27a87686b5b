import { cmd } from "./fakes/commandsFor";
import { offline, signInNeeded } from "./fakes/faults";
import { ASA, harness, PROCESS_ID } from "./fakes/harness";

const note = (id: string) =>
  cmd(
    "AddNote",
    { processId: PROCESS_ID, candidateId: ASA, noteId: id, at: "2026-11-25T08:00:00.000Z", text: "Ringde" },
    undefined,
    id,
  );

describe("background work that finds the sign-in expired", () => {
  it("pauses the queue when a sweep needs a sign-in: the note waits, nothing fails, and goes after 'Logga in'", async () => {
    const h = await harness();
    h.m365.todo.faults.fail("list", signInNeeded());

    const swept = await h.engine.sweepFollowUps();

    expect(swept).toMatchObject({ ok: false, error: { code: "graph-auth-needed" } });
    expect(h.engine.queueState()).toMatchObject({ paused: true, reason: { code: "graph-auth-needed" } });
    await h.engine.dispatch(note("n-wait"));
    await h.engine.idle();
    expect(h.statuses.get("n-wait")?.state).toBe("pending");
    expect(h.m365.notes.entries()).toEqual([]);

    h.engine.resume();
    await h.engine.idle();
    expect(h.statuses.get("n-wait")?.state).toBe("sent");
    expect(h.m365.notes.entries().map((e) => e.id)).toEqual(["n-wait"]);
  });

  it("pauses when the first read of the processes needs a sign-in", async () => {
    const h = await harness();
    h.m365.processes.faults.fail("listAll", signInNeeded());

    await h.engine.refresh();

    expect(h.engine.queueState().paused).toBe(true);
  });

  it("pauses only for what a sign-in cures: an offline detection pass just waits for the next", async () => {
    const h = await harness();

    expect(h.engine.pauseIfSignInNeeded(offline())).toBe(false);
    expect(h.engine.queueState().paused).toBe(false);
    expect(h.engine.pauseIfSignInNeeded(signInNeeded())).toBe(true);
    expect(h.queue.at(-1)).toMatchObject({ paused: true, reason: { code: "graph-auth-needed" } });
  });
});
