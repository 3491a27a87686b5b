// Processes in the recruiter's hands, over the real adapters and real HTTP against the emulator: a
// new process written once even when OneDrive's answer is lost, a move cut off between its two
// documents that still ends with the candidate in exactly one process, and a removal that takes
// the mail links, the category and the reminders with it.
import type { Process, ProcessFields } from "../../../src/domain";
import { makeCommand, meetingHeldContact, type Command } from "../../../src/sync/commands";
import { requestsTo, untilSent, world, type World } from "./syncOverEmulator";

const BACKEND = "p-nordbank-backend";
const SALES = "p-solkraft-saljare";
const ASA = "c-asa-oberg";
const DOC_PUT = (processId: string) => new RegExp(`processes/${processId}\\.json.*content`);

let w: World;
afterEach(async () => {
  await w.close();
});

let n = 0;
const stamp = () => ({ id: `cmd-${++n}`, createdAt: w.clock.iso() });

async function doc(processId: string): Promise<Process | null> {
  const read = await w.pane.ports.processes.read(processId);
  if (!read.ok) throw new Error(read.error.code);
  return read.value?.process ?? null;
}

async function send(command: Command): Promise<void> {
  const saved = await w.pane.engine.dispatch(command);
  expect(saved.ok).toBe(true);
  await untilSent(w, [command.id]);
  expect(w.statuses.get(command.id)?.state).toBe("sent");
}

const fields: ProcessFields = {
  title: "Lagerchef",
  organisation: "Solkraft AB",
  owner: { name: "Maja Lind", email: "maja.lind@svara-demo.se" },
  language: "sv",
  answerWindowDays: 14,
  nextStep: "Intervjuer vecka 50",
  milestones: [{ id: "m-1", title: "Sista ansökningsdag", date: "2026-12-10" }],
  surveyUrl: "https://forms.office.com/r/lager",
};

describe("a process made in the pane", () => {
  it("is written once although OneDrive's answer to the create never arrives", async () => {
    w = await world();
    w.emu.faults.dropAfterCommit({ method: "PUT", path: DOC_PUT("p-lagerchef-abc123") });
    await send(
      makeCommand("SaveProcess", { processId: "p-lagerchef-abc123", create: true, fields }, stamp()),
    );
    expect(w.emu.requests.all().some((r) => r.dropped)).toBe(true);
    const listed = await w.pane.ports.processes.listAll();
    const mine = listed.ok ? listed.value.processes.filter((p) => p.process.title === "Lagerchef") : [];
    expect(mine).toHaveLength(1);
    expect(mine[0]!.process).toMatchObject({
      answerWindowDays: 14,
      surveyUrl: "https://forms.office.com/r/lager",
    });
  });

  it("takes a candidate added before its create went out, once the create is in", async () => {
    w = await world();
    w.network.online = false;
    const create = makeCommand("SaveProcess", { processId: "p-lager-1", create: true, fields }, stamp());
    expect((await w.pane.engine.dispatch(create)).ok).toBe(true);
    const add = makeCommand(
      "AddCandidate",
      {
        processId: "p-lager-1",
        candidateId: "c-ny-1",
        name: "Ny Sökande",
        email: "ny@example.se",
        phone: null,
        linkedInUrl: null,
        stageId: null,
        sourceMail: null,
      },
      stamp(),
    );
    expect((await w.pane.engine.dispatch(add)).ok).toBe(true);
    w.network.online = true;
    w.pane.engine.kick();
    await untilSent(w, [create.id, add.id]);
    expect((await doc("p-lager-1"))?.candidates.map((c) => c.id)).toEqual(["c-ny-1"]);
  });

  it("is closed and reopened, its candidates kept", async () => {
    w = await world();
    const close = makeCommand("CloseProcess", { processId: SALES, closed: true }, stamp());
    await send(close);
    const closed = await doc(SALES);
    expect(closed?.closedAt).toBe(close.createdAt);
    expect(closed?.candidates.length).toBeGreaterThan(0);
    await send(makeCommand("CloseProcess", { processId: SALES, closed: false }, stamp()));
    expect((await doc(SALES))?.closedAt).toBeUndefined();
  });
});

describe("closing a process: the recruitment is over", () => {
  const openOf = async (processId: string) => {
    const tasks = await w.pane.ports.todo.listFollowUps();
    const events = await w.pane.ports.calendar.listFollowUps();
    return [...(tasks.ok ? tasks.value : []), ...(events.ok ? events.value : [])].filter(
      (r) => r.followUp.processId === processId,
    );
  };

  it("completes its candidates' To Do tasks and deletes the calls still ahead; reopened, they come back", async () => {
    w = await world();
    const mohammed = "c-mohammed-al-sayed";
    await send(
      makeCommand(
        "LogContact",
        {
          processId: BACKEND,
          candidateId: mohammed,
          contact: meetingHeldContact("k-held", "2026-11-24T13:00:00.000Z", "Intervju", null),
        },
        stamp(),
      ),
    );
    await w.pane.engine.sweepFollowUps();
    const before = await openOf(BACKEND);
    expect(before.some((r) => r.followUp.target === "todo")).toBe(true);
    expect(before.some((r) => r.followUp.target === "calendar")).toBe(true);

    await send(makeCommand("CloseProcess", { processId: BACKEND, closed: true }, stamp()));
    expect(await openOf(BACKEND)).toEqual([]);
    // The next sweep makes nothing again for the closed process.
    await w.pane.engine.sweepFollowUps();
    expect(await openOf(BACKEND)).toEqual([]);

    await send(makeCommand("CloseProcess", { processId: BACKEND, closed: false }, stamp()));
    expect((await openOf(BACKEND)).length).toBeGreaterThan(0);
  });
});

describe("moving a candidate to another process", () => {
  it("ends with the candidate in exactly one process though the pane closed between the two writes", async () => {
    w = await world();
    // The source's write fails once (the pane then closes): the target already has Åsa.
    w.emu.faults.unavailable(503, { method: "PUT", path: DOC_PUT(BACKEND) });
    const move = makeCommand(
      "MoveCandidate",
      { processId: BACKEND, candidateId: ASA, toProcessId: SALES },
      stamp(),
    );
    expect((await w.pane.engine.dispatch(move)).ok).toBe(true);
    await w.pane.engine.idle();
    expect((await doc(SALES))?.candidates.some((c) => c.id === ASA)).toBe(true);
    expect((await doc(BACKEND))?.candidates.some((c) => c.id === ASA)).toBe(true); // cut off here

    await w.reopen();
    await untilSent(w, [move.id]);
    expect(w.statuses.get(move.id)?.state).toBe("sent");
    const inSales = (await doc(SALES))!.candidates.filter((c) => c.id === ASA);
    expect(inSales).toHaveLength(1);
    expect((await doc(BACKEND))!.candidates.some((c) => c.id === ASA)).toBe(false);
    // Stage by kind (screening → screening), the log kept.
    expect(inSales[0]).toMatchObject({ stageId: "screening" });
    expect(inSales[0]!.contacts.length).toBeGreaterThan(0);
    // Her mails follow her: the new link and category, the old category gone.
    const mails = await w.pane.ports.mailLinks.messagesOfCandidate({ processId: SALES, candidateId: ASA });
    expect(mails.ok && mails.value.length).toBeGreaterThan(0);
    if (mails.ok)
      for (const m of mails.value) {
        expect(m.categories.some((c) => c.includes("Solkraft"))).toBe(true);
        expect(m.categories.some((c) => c.includes("Nordbank"))).toBe(false);
      }
    const old = await w.pane.ports.mailLinks.messagesOfCandidate({ processId: BACKEND, candidateId: ASA });
    expect(old.ok && old.value).toEqual([]);
  });

  it("re-plans her reminders in the new process and completes the old ones", async () => {
    w = await world();
    await w.pane.engine.sweepFollowUps();
    const before = await w.pane.ports.todo.listFollowUps();
    expect(before.ok && before.value.some((r) => r.followUp.candidateId === ASA)).toBe(true);
    await send(
      makeCommand("MoveCandidate", { processId: BACKEND, candidateId: ASA, toProcessId: SALES }, stamp()),
    );
    const after = await w.pane.ports.todo.listFollowUps();
    const hers = after.ok ? after.value.filter((r) => r.followUp.candidateId === ASA) : [];
    expect(hers.length).toBeGreaterThan(0);
    expect(hers.every((r) => r.followUp.processId === SALES)).toBe(true);
  });
});

describe("removing a candidate added by mistake", () => {
  it("takes her out of the document, unlinks her mails, drops the category and completes her reminders", async () => {
    w = await world();
    await w.pane.engine.sweepFollowUps();
    const linked = await w.pane.ports.mailLinks.messagesOfCandidate({ processId: BACKEND, candidateId: ASA });
    const mailIds = linked.ok ? linked.value.map((m) => m.id) : [];
    expect(mailIds.length).toBeGreaterThan(0);

    await send(makeCommand("RemoveCandidate", { processId: BACKEND, candidateId: ASA }, stamp()));

    expect((await doc(BACKEND))!.candidates.some((c) => c.id === ASA)).toBe(false);
    const still = await w.pane.ports.mailLinks.messagesOfCandidate({ processId: BACKEND, candidateId: ASA });
    expect(still.ok && still.value).toEqual([]);
    for (const id of mailIds) {
      const mail = await w.pane.ports.mailLinks.messageWithLink(id);
      expect(mail.ok && mail.value?.link).toBeNull();
      expect(mail.ok && mail.value?.categories.some((c) => c.startsWith("Svara:"))).toBe(false);
    }
    const tasks = await w.pane.ports.todo.listFollowUps();
    const events = await w.pane.ports.calendar.listFollowUps();
    const open = [...(tasks.ok ? tasks.value : []), ...(events.ok ? events.value : [])];
    expect(open.filter((r) => r.followUp.candidateId === ASA)).toEqual([]);
    // The same removal sent again (a replay) writes nothing to OneDrive.
    const puts = requestsTo(w.emu, "PUT", DOC_PUT(BACKEND)).length;
    await send(makeCommand("RemoveCandidate", { processId: BACKEND, candidateId: ASA }, stamp()));
    expect(requestsTo(w.emu, "PUT", DOC_PUT(BACKEND))).toHaveLength(puts);
  });

  it("deletes the call Svara booked in the calendar for someone after interview", async () => {
    w = await world();
    const mohammed = "c-mohammed-al-sayed";
    await send(
      makeCommand(
        "LogContact",
        {
          processId: BACKEND,
          candidateId: mohammed,
          contact: meetingHeldContact("k-held", "2026-11-24T13:00:00.000Z", "Intervju", null),
        },
        stamp(),
      ),
    );
    const booked = await w.pane.ports.calendar.listFollowUps();
    expect(booked.ok && booked.value.filter((r) => r.followUp.candidateId === mohammed)).toHaveLength(1);
    await send(makeCommand("RemoveCandidate", { processId: BACKEND, candidateId: mohammed }, stamp()));
    const after = await w.pane.ports.calendar.listFollowUps();
    expect(after.ok && after.value.filter((r) => r.followUp.candidateId === mohammed)).toEqual([]);
  });
});
