import { appError } from "../../../src/domain";
import type { OutboxEnvelope } from "../../../src/sync/outboxEnvelope";
import { cmd } from "./fakes/commandsFor";
import { offline, throttled } from "./fakes/faults";
import { ASA, harness, PROCESS_ID } from "./fakes/harness";

const asa = { processId: PROCESS_ID, candidateId: ASA };

describe("what each change does in Microsoft 365", () => {
  it("adds a candidate from their application and links the mail with the process's category", async () => {
    const h = await harness();
    await h.engine.dispatch(
      cmd(
        "AddCandidate",
        {
          processId: PROCESS_ID,
          candidateId: "c-nora-berg",
          name: "Nora Berg",
          email: "nora.berg@example.se",
          phone: null,
          linkedInUrl: null,
          stageId: null,
          sourceMail: {
            messageId: "AAMk-app",
            internetMessageId: null,
            at: "2026-11-24T07:00:00.000Z",
            subject: "Ansökan",
          },
        },
        undefined,
        "add-nora",
      ),
    );
    await h.engine.idle();
    expect(h.m365.processes.doc(PROCESS_ID).candidates.map((c) => c.id)).toContain("c-nora-berg");
    expect(h.m365.mailLinks.links.get("AAMk-app")).toEqual({
      ref: { processId: PROCESS_ID, candidateId: "c-nora-berg" },
      category: "Svara: Backend-utvecklare – Nordbank",
    });
    // Her application is unanswered: the answer reminders are in To Do.
    expect([...h.m365.todo.open.values()].some((t) => t.followUp.candidateId === "c-nora-berg")).toBe(true);
  });

  it("links a mail to a candidate without writing the process document", async () => {
    const h = await harness();
    await h.engine.dispatch(cmd("LinkMail", { ...asa, messageId: "AAMk-7" }, undefined, "l-7"));
    await h.engine.idle();
    expect(h.m365.mailLinks.links.get("AAMk-7")?.ref).toEqual(asa);
    expect(h.m365.processes.writes()).toBe(0);
  });

  it("links an interview in the calendar to its candidate", async () => {
    const h = await harness();
    await h.engine.dispatch(cmd("LinkEvent", { ...asa, eventId: "ev-1" }, undefined, "le-1"));
    await h.engine.idle();
    expect(h.m365.calendar.linked.get("ev-1")).toEqual(asa);
  });

  it("ticks off a reminder, and counts one already gone from To Do as done", async () => {
    const h = await harness();
    h.m365.todo.faults.fail("complete", appError("graph-not-found", "Borta", "Gone", { retryable: false }));
    await h.engine.dispatch(
      cmd(
        "CompleteFollowUp",
        { ...asa, followUpId: "f-1", target: "todo", remoteId: "task-9" },
        undefined,
        "done-1",
      ),
    );
    await h.engine.idle();
    expect(h.statuses.get("done-1")?.state).toBe("sent");
  });

  it("ticks off a follow-up in Svara, and the reconcile completes its To Do task once", async () => {
    const h = await harness();
    const swept = await h.engine.sweepFollowUps();
    expect(swept.ok && swept.value.created).toBeGreaterThan(0);
    const task = [...h.m365.todo.open.values()].find((t) => t.followUp.candidateId === ASA)!;
    expect(task).toBeDefined();
    const tick = cmd("CompleteFollowUp", { ...asa, followUpId: task.followUp.id }, undefined, "tick-1");
    await h.engine.dispatch(tick);
    await h.engine.idle();
    expect(h.statuses.get("tick-1")?.state).toBe("sent");
    expect(h.m365.processes.doc(PROCESS_ID).candidates.find((c) => c.id === ASA)?.completedFollowUps).toEqual(
      [task.followUp.id],
    );
    expect(h.m365.todo.completed).toEqual([task.remoteId]);
    // The next sweep leaves it done: the plan no longer holds it, so nothing is made again.
    const again = await h.engine.sweepFollowUps();
    expect(again.ok && again.value).toEqual({ created: 0, updated: 0, completed: 0 });
    expect([...h.m365.todo.open.values()].some((t) => t.followUp.id === task.followUp.id)).toBe(false);
  });

  it("completes the remote item a tick stored by an older version names, once, and records the tick", async () => {
    const h = await harness();
    await h.engine.sweepFollowUps();
    const task = [...h.m365.todo.open.values()].find((t) => t.followUp.candidateId === ASA)!;
    const old = cmd(
      "CompleteFollowUp",
      { ...asa, followUpId: task.followUp.id, target: "todo", remoteId: task.remoteId },
      undefined,
      "tick-old",
    );
    await h.engine.dispatch(old);
    await h.engine.idle();
    expect(h.statuses.get("tick-old")?.state).toBe("sent");
    expect(h.m365.todo.completed).toEqual([task.remoteId]);
    expect(h.m365.todo.calls.filter((c) => c === `complete ${task.remoteId}`)).toHaveLength(1);
    expect(h.m365.processes.doc(PROCESS_ID).candidates.find((c) => c.id === ASA)?.completedFollowUps).toEqual(
      [task.followUp.id],
    );
  });

  it("counts a mail or interview moved away before it could be linked as done, and Åsa's next changes go on", async () => {
    const h = await harness();
    const gone = () => appError("graph-not-found", "Borta", "Not found", { retryable: false });
    h.m365.mailLinks.faults.fail("link", gone()); // Maja archived the mail: its id changed
    h.m365.calendar.faults.fail("linkEvent", gone()); // the interview was deleted
    await h.engine.dispatch(cmd("LinkMail", { ...asa, messageId: "AAMk-moved" }, undefined, "l-moved"));
    await h.engine.dispatch(cmd("LinkEvent", { ...asa, eventId: "ev-gone" }, undefined, "le-gone"));
    await h.engine.dispatch(
      cmd("AddNote", { ...asa, noteId: "n-next", at: h.clock.iso(), text: "Ringde" }, undefined, "n-next"),
    );
    await h.engine.idle();
    for (const [id, linkedId] of [
      ["l-moved", "AAMk-moved"],
      ["le-gone", "ev-gone"],
    ] as const) {
      expect(h.statuses.get(id)?.state).toBe("sent");
      const kept = await h.outbox.get(id);
      expect(kept.ok && kept.value?.sentResult).toEqual({
        linked: null,
        linkSkipped: { id: linkedId, reason: "graph-not-found" },
      });
    }
    expect(h.m365.notes.entries().map((e) => e.id)).toEqual(["n-next"]);
  });

  it("adds Nora even when her application mail was moved before it could be linked", async () => {
    const h = await harness();
    h.m365.mailLinks.faults.fail(
      "link",
      appError("graph-not-found", "Borta", "Not found", { retryable: false }),
    );
    await h.engine.dispatch(
      cmd(
        "AddCandidate",
        {
          processId: PROCESS_ID,
          candidateId: "c-nora-berg",
          name: "Nora Berg",
          email: "nora.berg@example.se",
          phone: null,
          linkedInUrl: null,
          stageId: null,
          sourceMail: {
            messageId: "AAMk-old",
            internetMessageId: null,
            at: "2026-11-24T07:00:00.000Z",
            subject: "Ansökan",
          },
        },
        undefined,
        "add-nora-moved",
      ),
    );
    await h.engine.idle();
    expect(h.statuses.get("add-nora-moved")?.state).toBe("sent");
    expect(h.m365.processes.doc(PROCESS_ID).candidates.map((c) => c.id)).toContain("c-nora-berg");
    const kept = await h.outbox.get("add-nora-moved");
    expect(kept.ok && (kept.value?.sentResult as { linkSkipped?: unknown }).linkSkipped).toEqual({
      id: "AAMk-old",
      reason: "graph-not-found",
    });
  });

  it("makes 200 drafts once, even when some were throttled and the command went again", async () => {
    const h = await harness();
    const drafts = Array.from({ length: 200 }, (_, i) => ({
      id: `d-${i}`,
      to: [{ name: `Kandidat ${i}`, email: `k${i}@example.se` }],
      subject: "Lägesuppdatering",
      html: "<p>Hej!</p>",
      replyToMessageId: null,
    }));
    h.m365.drafts.faults.fail("createDrafts:after", { ...throttled(10_000), code: "graph-throttled" });
    await h.engine.dispatch(cmd("CreateDrafts", { drafts }, undefined, "drafts-1"));
    await h.engine.idle();
    expect(h.statuses.get("drafts-1")?.state).toBe("pending");
    await h.clock.advance(10_000);
    await h.engine.idle();
    expect(h.statuses.get("drafts-1")?.state).toBe("sent");
    expect(h.m365.drafts.creates).toBe(200);
  });

  it("fails, but keeps, a change of a kind this version does not know (saved by a newer Svara)", async () => {
    const h = await harness();
    const future = {
      id: "future-1",
      type: "ScheduleInterview",
      key: `${PROCESS_ID}/${ASA}`,
      payload: {},
      createdAt: h.clock.iso(),
    };
    await h.outbox.enqueue(future);
    await h.engine.replay();
    await h.engine.idle();
    const kept = await h.outbox.get("future-1");
    expect(kept.ok && (kept.value as OutboxEnvelope).status).toBe("failed");
    expect(h.statuses.get("future-1")?.error?.code).toBe("sync-unknown-command");
  });

  it("shows the failed and pending changes again after a reload", async () => {
    const h = await harness();
    h.m365.processes.faults.fail("write", offline());
    h.m365.mailLinks.faults.fail(
      "link",
      appError("graph-request-rejected", "Nej", "No", { retryable: false }),
    );
    await h.engine.dispatch(cmd("LinkMail", { ...asa, messageId: "AAMk-x" }, undefined, "l-x"));
    await h.engine.idle();
    await h.reopen();
    h.statuses.clear();
    await h.engine.replay();
    expect(h.statuses.get("l-x")?.state).toBe("failed");
  });
});

describe("a note of any characters", () => {
  it("keeps the note whole in OneNote, minus what XML cannot carry, and as typed in the document's summary", async () => {
    const h = await harness();
    const text = `Åsa 🌸 <script>alert(1)</script> & "citat" \u0000\u0007 slut \uD800`;
    await h.engine.dispatch(
      cmd("AddNote", { ...asa, noteId: "n-any", at: h.clock.iso(), text }, undefined, "n-any"),
    );
    await h.engine.idle();
    const [entry] = h.m365.notes.entries();
    expect(entry!.html).toContain(
      "Åsa 🌸 &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;citat&quot;  slut \uFFFD",
    );
    expect([...entry!.html].some((ch) => ch.charCodeAt(0) < 9)).toBe(false);
    expect(h.m365.processes.doc(PROCESS_ID).candidates[0]!.contacts.at(-1)!.summary).toContain("\u0007");
  });
});
