import { settle } from "./fakes/fakeClock";
import { cmd } from "./fakes/commandsFor";
import { ASA, harness, PROCESS_ID } from "./fakes/harness";
import { callContact, mailContact } from "../../../src/sync/commands";

const ref = { processId: PROCESS_ID, candidateId: ASA };

describe("sending a recruiter's change to Microsoft 365", () => {
  it("shows a logged call at once, then writes it to the process document and to OneNote", async () => {
    const h = await harness();
    const call = cmd(
      "LogContact",
      {
        ...ref,
        contact: callContact("cmd-call-1", "2026-11-25T08:55:00.000Z", "reached", "Berättade om nästa steg"),
      },
      undefined,
      "cmd-call-1",
    );
    const saved = await h.engine.dispatch(call);
    expect(saved.ok).toBe(true);
    const shown = h.engine.processes()[0]!.candidates[0]!.contacts.map((c) => c.id);
    expect(shown).toContain("cmd-call-1");
    await h.engine.idle();
    expect(h.m365.processes.doc(PROCESS_ID).candidates[0]!.contacts.map((c) => c.id)).toContain("cmd-call-1");
    expect(h.m365.notes.entries().map((e) => e.id)).toEqual(["cmd-call-1"]);
    expect(h.statuses.get("cmd-call-1")?.state).toBe("sent");
  });

  it("books the follow-ups the planner wants once the candidate changed", async () => {
    const h = await harness();
    await h.engine.dispatch(cmd("UpdateCandidate", { ...ref, changes: { phone: "070-123 45 67" } }));
    await h.engine.idle();
    await settle();
    expect(h.m365.todo.open.size + h.m365.calendar.open.size).toBeGreaterThan(0);
  });

  it("sends Åsa's next note a minute after the send handler went away mid-send, without a reload", async () => {
    const h = await harness();
    // The send handler saved its log of a sent mail and started sending; its runtime then ended.
    const handlerLog = cmd(
      "LogContact",
      { ...ref, contact: mailContact("send:u-9", h.clock.iso(), "out", "Besked", null) },
      h.clock.iso(),
      "send:u-9>asa",
    );
    const { id, type, key, payload, createdAt } = handlerLog;
    await h.outbox.enqueue({ id, type, key, payload, createdAt });
    await h.outbox.markSending(id, h.clock.now());

    await h.clock.advance(1_000);
    const note = cmd(
      "AddNote",
      { ...ref, noteId: "n-after", at: h.clock.iso(), text: "Ringer i morgon" },
      h.clock.iso(),
      "n-after",
    );
    await h.engine.dispatch(note);
    await h.engine.idle();
    expect(h.m365.notes.entries()).toEqual([]); // the handler's log may still be on its way

    await h.clock.advance(60_000);
    h.engine.drain();
    await h.engine.idle();
    expect(h.m365.notes.entries().map((e) => e.id)).toEqual(["send:u-9", "n-after"]);
    expect(h.statuses.get("n-after")?.state).toBe("sent");
  });
});
