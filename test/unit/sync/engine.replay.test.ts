import { callContact } from "../../../src/sync/commands";
import { LEASE_MS } from "../../../src/sync/outboxLease";
import { cmd } from "./fakes/commandsFor";
import { settle } from "./fakes/fakeClock";
import { offline } from "./fakes/faults";
import { ASA, harness, harnessWith, PROCESS_ID } from "./fakes/harness";

const asa = { processId: PROCESS_ID, candidateId: ASA };

describe("closing the pane and opening it again", () => {
  it("sends after a reload what was saved but not yet sent, and nothing twice", async () => {
    const h = await harness();
    h.m365.processes.faults.fail("write", offline());
    await h.engine.dispatch(
      cmd(
        "AddNote",
        { ...asa, noteId: "n-1", at: "2026-11-25T08:00:00.000Z", text: "Skickar case i morgon" },
        undefined,
        "n-1",
      ),
    );
    await h.engine.dispatch(
      cmd("MoveStage", { ...asa, stageId: "interview", rejection: null }, undefined, "m-1"),
    );
    await h.engine.idle();

    await h.reopen();
    const replayed = await h.engine.replay();
    expect(replayed.ok && replayed.value).toBe(2);
    expect(h.engine.processes()[0]!.candidates[0]!.stageId).toBe("interview"); // shown again at once
    await h.engine.idle();
    const asaNow = h.m365.processes.doc(PROCESS_ID).candidates[0]!;
    expect(asaNow.stageId).toBe("interview");
    expect(asaNow.contacts.filter((c) => c.id === "n-1")).toHaveLength(1);
    expect(h.m365.notes.entries().map((e) => e.id)).toEqual(["n-1"]);
  });

  it("re-sends a change caught between Graph's answer and the local done mark, and Graph gets no twins", async () => {
    const hanging = () => new Promise<never>(() => undefined); // the pane closed: the mark never lands
    const h = await harnessWith({}, (o) => ({ ...o, markSent: hanging }));
    await h.engine.dispatch(
      cmd(
        "LogContact",
        { ...asa, contact: callContact("k-1", "2026-11-25T08:00:00.000Z", "reached", "Besked om intervju") },
        undefined,
        "k-1",
      ),
    );
    for (let i = 0; i < 5; i += 1) await settle(); // the old pane never finishes: no idle() to wait for
    // Everything reached Microsoft 365 once; the outbox still says "sending".
    const before = {
      writes: h.m365.processes.writes(),
      appended: h.m365.notes.appended,
      tasks: h.m365.todo.creates,
      events: h.m365.calendar.creates,
    };
    expect(before.writes).toBe(1);
    expect(before.appended).toBe(1);
    const stuck = await h.outbox.get("k-1");
    expect(stuck.ok && stuck.value?.status).toBe("sending");

    // The closed pane renews its lease no more: once it has run out the command is the new pane's.
    h.engine.stop();
    await h.clock.advance(LEASE_MS);
    await h.reopen();
    await h.engine.replay();
    await h.engine.idle();
    expect(h.statuses.get("k-1")?.state).toBe("sent");
    expect({
      writes: h.m365.processes.writes(),
      appended: h.m365.notes.appended,
      tasks: h.m365.todo.creates,
      events: h.m365.calendar.creates,
    }).toEqual(before);
    expect(
      h.m365.processes.doc(PROCESS_ID).candidates[0]!.contacts.filter((c) => c.id === "k-1"),
    ).toHaveLength(1);
  });

  it("re-sends after a connection dropped once Graph had committed a follow-up, making exactly one", async () => {
    const h = await harness();
    h.m365.todo.faults.fail("upsert:after", offline());
    await h.engine.dispatch(
      cmd(
        "LogContact",
        { ...asa, contact: callContact("k-2", "2026-11-25T08:00:00.000Z", "no-answer", "") },
        undefined,
        "k-2",
      ),
    );
    await h.engine.idle();
    await h.clock.advance(60_000);
    await h.engine.idle();
    expect(h.statuses.get("k-2")?.state).toBe("sent");
    const ids = [...h.m365.todo.open.values()].map((e) => e.followUp.id);
    expect(ids.length).toBeGreaterThan(0);
    expect(new Set(ids).size).toBe(ids.length);
    expect(h.m365.todo.creates).toBe(ids.length);
  });
});
