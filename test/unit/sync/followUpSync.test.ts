import type { Process } from "../../../src/domain";
import type { ExecutionContext } from "../../../src/sync/executors";
import { sweepFollowUps, syncFollowUps } from "../../../src/sync/executors/followUpSync";
import { candidate, interviewHeld, mailIn, process } from "../domain/fixtures";
import { fakeMicrosoft365, type FakeMicrosoft365 } from "./fakes/fakePorts";
import { forbidden, offline } from "./fakes/faults";
import { cmd } from "./fakes/commandsFor";
import { ASA, ERIK, harness, PROCESS_ID } from "./fakes/harness";
import { settle } from "./fakes/fakeClock";
import { followUpContext, waitingProcess } from "./fakes/followUpContext";

const NOW = "2026-11-25T09:00:00.000Z";

const context = (m365: FakeMicrosoft365, now = NOW): ExecutionContext => followUpContext(m365, now);
const waiting = waitingProcess;

describe("keeping the recruiter's reminders in line with the plan", () => {
  it("creates the reminders a waiting candidate needs, and a second run makes no calls but the lists", async () => {
    const m365 = fakeMicrosoft365();
    const first = await syncFollowUps(waiting(), "c-asa-oberg", context(m365));
    expect(first.ok && first.value.created).toBeGreaterThan(0);
    const writes = [...m365.todo.writes(), ...m365.calendar.writes()];

    const second = await syncFollowUps(waiting(), "c-asa-oberg", context(m365));
    expect(second.ok && second.value).toEqual({ created: 0, updated: 0, completed: 0 });
    expect([...m365.todo.writes(), ...m365.calendar.writes()]).toEqual(writes);
  });

  it("books a call instead of a mail reminder once the candidate has been interviewed, and closes the old ones", async () => {
    const m365 = fakeMicrosoft365();
    await syncFollowUps(waiting(), "c-asa-oberg", context(m365));
    const interviewed = process({
      candidates: [
        candidate({
          stageId: "interview",
          contacts: [mailIn("2026-11-20T10:00:00.000Z"), interviewHeld("2026-11-24T13:00:00.000Z")],
        }),
      ],
    });
    const r = await syncFollowUps(interviewed, "c-asa-oberg", context(m365));
    expect(r.ok).toBe(true);
    expect([...m365.calendar.open.values()].map((e) => e.followUp.kind)).toEqual(["call"]);
    expect(m365.todo.completed.length).toBeGreaterThan(0);
  });

  it("completes every reminder of a candidate who is no longer in the process", async () => {
    const m365 = fakeMicrosoft365();
    await syncFollowUps(waiting(), "c-asa-oberg", context(m365));
    await syncFollowUps(process(), "c-asa-oberg", context(m365));
    expect(m365.todo.open.size + m365.calendar.open.size).toBe(0);
  });

  it("reports a missing To Do permission instead of skipping the reminders", async () => {
    const m365 = fakeMicrosoft365();
    m365.todo.faults.fail("upsert", forbidden("Tasks.ReadWrite"));
    const r = await syncFollowUps(waiting(), "c-asa-oberg", context(m365));
    expect(!r.ok && r.error.message.en).toContain("Tasks.ReadWrite");
  });
});

describe("the sweep over every candidate", () => {
  const two = (): Process =>
    process({
      candidates: [
        candidate({ contacts: [mailIn("2026-11-20T10:00:00.000Z")] }),
        candidate({
          id: "c-erik",
          name: "Erik",
          emails: ["erik@example.se"],
          contacts: [mailIn("2026-11-22T10:00:00.000Z")],
        }),
      ],
    });

  it("books everyone's reminders with one listing, and a second sweep makes no calls but the lists", async () => {
    const m365 = fakeMicrosoft365();
    const first = await sweepFollowUps([two()], context(m365));
    expect(first.ok && first.value.created).toBeGreaterThanOrEqual(2);
    expect(m365.todo.calls.filter((c) => c === "list")).toHaveLength(1);
    const writes = [...m365.todo.writes(), ...m365.calendar.writes()];
    const second = await sweepFollowUps([two()], context(m365));
    expect(second.ok && second.value).toEqual({ created: 0, updated: 0, completed: 0 });
    expect([...m365.todo.writes(), ...m365.calendar.writes()]).toEqual(writes);
  });

  it("closes the reminders of a candidate removed from the process, and leaves unknown processes alone", async () => {
    const m365 = fakeMicrosoft365();
    await sweepFollowUps(
      [
        two(),
        process({
          id: "p-other",
          candidates: [candidate({ id: "c-x", contacts: [mailIn("2026-11-20T10:00:00.000Z")] })],
        }),
      ],
      context(m365),
    );
    const otherOpen = [...m365.todo.open.values()].filter((e) => e.followUp.processId === "p-other").length;
    const onlyAsa = process({ candidates: [candidate({ contacts: [mailIn("2026-11-20T10:00:00.000Z")] })] });
    await sweepFollowUps([onlyAsa], context(m365));
    const open = [...m365.todo.open.values()].map((e) => e.followUp);
    expect(open.some((f) => f.candidateId === "c-erik")).toBe(false);
    expect(open.filter((f) => f.processId === "p-other")).toHaveLength(otherOpen);
  });
});

describe("listing the reminders once per burst of changes", () => {
  it("lists To Do and the calendar once for changes to many candidates, and again after a minute", async () => {
    const h = await harness();
    for (const candidateId of [ASA, ERIK]) {
      await h.engine.dispatch(
        cmd("UpdateCandidate", {
          processId: PROCESS_ID,
          candidateId,
          changes: { linkedInUrl: "https://www.linkedin.com/in/x" },
        }),
      );
    }
    await h.engine.idle();
    expect(h.m365.todo.calls.filter((c) => c === "list")).toHaveLength(1);
    expect(h.m365.calendar.calls.filter((c) => c === "list")).toHaveLength(1);
    await h.clock.advance(60_000);
    await h.engine.dispatch(
      cmd("UpdateCandidate", { processId: PROCESS_ID, candidateId: ASA, changes: { phone: null } }),
    );
    await h.engine.idle();
    expect(h.m365.todo.calls.filter((c) => c === "list")).toHaveLength(2);
  });

  it("looks again after a create whose answer was lost, and makes no twin", async () => {
    const h = await harness();
    h.m365.todo.faults.fail("upsert:after", offline());
    await h.engine.dispatch(
      cmd(
        "UpdateCandidate",
        { processId: PROCESS_ID, candidateId: ASA, changes: { name: "Åsa Ö" } },
        undefined,
        "u-lost",
      ),
    );
    await h.engine.idle();
    await h.clock.advance(10_000);
    await h.engine.idle();
    expect(h.statuses.get("u-lost")?.state).toBe("sent");
    const ids = [...h.m365.todo.open.values()].map((e) => e.followUp.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(h.m365.todo.creates).toBe(ids.length);
  });

  it("makes no twin To Do task when the start-up sweep runs while a change of Åsa's is being sent", async () => {
    const h = await harness();
    h.m365.todo.idempotent = false; // To Do checks no key: two creates are two tasks
    let open!: () => void;
    h.m365.todo.listGate = new Promise<void>((r) => (open = r));
    // Maja changes Åsa's phone just as the pane starts and sweeps everyone's reminders.
    await h.engine.dispatch(
      cmd("UpdateCandidate", {
        processId: PROCESS_ID,
        candidateId: ASA,
        changes: { phone: "070-123 45 67" },
      }),
    );
    const swept = h.engine.sweepFollowUps();
    // Let both have their look at To Do, if both will, before To Do answers.
    for (let i = 0; i < 100 && h.m365.todo.calls.filter((c) => c === "list").length < 2; i += 1)
      await settle();
    h.m365.todo.listGate = null;
    open();
    expect((await swept).ok).toBe(true);
    await h.engine.idle();

    expect(h.m365.todo.open.size).toBeGreaterThan(0);
    expect(h.m365.todo.twins()).toEqual([]);
    const second = await h.engine.sweepFollowUps(); // and what the sweep left is what the plan wants
    expect(second.ok && second.value).toEqual({ created: 0, updated: 0, completed: 0 });
  });
});
