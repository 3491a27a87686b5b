// The fault suite: the sync engine over the real adapters and real HTTP, with the emulator's
// faults on. Whatever happens, nothing the recruiter did is lost and nothing reaches Microsoft 365
// twice.
import { LEASE_MS } from "../../../src/sync/outboxLease";
import { followUpId, parseProcessDocument, type Process } from "../../../src/domain";
import { meetingHeldContact, makeCommand, type Command } from "../../../src/sync/commands";
import { demoDataset } from "../../graph-emulator";
import { NOW, occurrences, pageBodies, requestsTo, untilSent, world, type World } from "./syncOverEmulator";

const BACKEND = "p-nordbank-backend";
const demo = demoDataset(NOW).processes.map((p) => {
  const parsed = parseProcessDocument(p);
  if (!parsed.ok) throw new Error(parsed.error.code);
  return parsed.value.process;
});

let n = 0;
function note(processId: string, candidateId: string, text: string): Command {
  n += 1;
  const id = `n-${n}-${candidateId}`;
  return makeCommand(
    "AddNote",
    { processId, candidateId, noteId: id, at: NOW, text },
    { id, createdAt: NOW },
  );
}

/** Mohammed's interview was held: the planner books a call (calendar) and an answer task (To Do). */
function interviewHeld(): Command {
  const id = "k-mohammed-interview";
  return makeCommand(
    "LogContact",
    {
      processId: BACKEND,
      candidateId: "c-mohammed-al-sayed",
      contact: meetingHeldContact(id, "2026-11-24T13:00:00.000Z", "Intervju med teamet", null),
    },
    { id, createdAt: NOW },
  );
}

async function storedDoc(w: World, processId = BACKEND): Promise<Process> {
  const read = await w.pane.ports.processes.read(processId);
  if (!read.ok || !read.value) throw new Error("no document");
  return read.value.process;
}

let w: World;
afterEach(async () => {
  await w.close();
});

const PAGE_PATCH = /^\/me\/onenote\/pages\/[^/]+\/content$/;

describe("the outbox against Microsoft 365's bad days", () => {
  it("waits out OneNote's Retry-After on a note, then appends it once", async () => {
    w = await world();
    w.emu.faults.throttle({ method: "PATCH", path: "/me/onenote/pages/*/content", retryAfter: 2 });
    const cmd = note(BACKEND, "c-asa-oberg", "Hon har ett annat erbjudande – ring i dag.");
    expect((await w.pane.engine.dispatch(cmd)).ok).toBe(true);
    await w.pane.engine.idle();
    expect(w.statuses.get(cmd.id)).toMatchObject({ state: "pending", retryAt: w.clock.now() + 2_000 });
    expect(requestsTo(w.emu, "PATCH", PAGE_PATCH)).toHaveLength(1);

    await w.clock.advance(1_999);
    await w.pane.engine.idle();
    expect(requestsTo(w.emu, "PATCH", PAGE_PATCH)).toHaveLength(1); // not before the delay

    await w.clock.advance(1);
    await w.pane.engine.idle();
    expect(requestsTo(w.emu, "PATCH", PAGE_PATCH)).toHaveLength(2); // exactly one retry
    expect(w.statuses.get(cmd.id)?.state).toBe("sent");
    expect(occurrences(pageBodies(w.emu), `data-id="${cmd.id}"`)).toBe(1);
  });

  it("backs off while OneNote throttles without Retry-After, never more than 5 at once, and keeps every note", async () => {
    w = await world();
    const rule = w.emu.faults.throttleWithoutRetryAfter({ path: "/me/onenote/*", count: 10_000 });
    const notes = demo.flatMap((p) =>
      p.candidates.slice(0, 4).map((c) => note(p.id, c.id, `Anteckning om ${c.name}`)),
    );
    for (const c of notes) expect((await w.pane.engine.dispatch(c)).ok).toBe(true);
    await w.pane.engine.idle();
    const firstWaits = notes.map((c) => w.statuses.get(c.id)!);
    expect(firstWaits.every((s) => s.state === "pending" && s.error?.code === "graph-throttled")).toBe(true);
    expect(w.network.maxInFlight.get("onenote")).toBeLessThanOrEqual(5);

    const first = firstWaits[0]!.retryAt! - w.clock.now();
    await w.clock.advance(first);
    await w.pane.engine.idle();
    const second = w.statuses.get(notes[0]!.id)!;
    expect(second.state).toBe("pending");
    expect(second.retryAt! - w.clock.now()).toBeGreaterThan(first); // backing off, not hammering

    w.emu.faults.remove(rule.id);
    await untilSent(
      w,
      notes.map((c) => c.id),
      5 * 60_000,
    );
    expect(notes.every((c) => w.statuses.get(c.id)?.state === "sent")).toBe(true);
    const bodies = pageBodies(w.emu);
    for (const c of notes) expect(occurrences(bodies, `data-id="${c.id}"`)).toBe(1);
    expect(w.network.maxInFlight.get("onenote")).toBeLessThanOrEqual(5);
  });

  it("makes exactly one event, one task and one log entry when each connection drops after Graph saved it", async () => {
    w = await world();
    w.emu.faults.dropAfterCommit({ method: "POST", path: "/me/events" });
    w.emu.faults.dropAfterCommit({ method: "POST", path: "/me/todo/lists/*/tasks" });
    w.emu.faults.dropAfterCommit({ method: "PATCH", path: "/me/onenote/pages/*/content" });
    const cmd = interviewHeld();
    await w.pane.engine.dispatch(cmd);
    await untilSent(w, [cmd.id]);
    expect(w.statuses.get(cmd.id)?.state).toBe("sent");
    expect(w.emu.requests.all().filter((r) => r.dropped).length).toBeGreaterThanOrEqual(2);

    const anchor = "20261124T130000Z";
    const callId = followUpId(BACKEND, "c-mohammed-al-sayed", "call", anchor);
    const answerId = followUpId(BACKEND, "c-mohammed-al-sayed", "answer-due", anchor);
    const calls = await w.pane.ports.calendar.listFollowUps();
    expect(calls.ok && calls.value.filter((e) => e.followUp.id === callId)).toHaveLength(1);
    // The only event Svara made (the seed's interviews carry no transactionId).
    expect([...w.emu.state.events.values()].filter((e) => e["transactionId"])).toHaveLength(1);
    const tasks = await w.pane.ports.todo.listFollowUps();
    expect(tasks.ok && tasks.value.filter((t) => t.followUp.id === answerId)).toHaveLength(1);
    expect(occurrences(pageBodies(w.emu), `data-id="${cmd.id}"`)).toBe(1);
    const mohammed = (await storedDoc(w)).candidates.find((c) => c.id === "c-mohammed-al-sayed")!;
    expect(mohammed.contacts.filter((c) => c.id === cmd.id)).toHaveLength(1);
  });

  it("keeps a note saved on this device while offline, through a reload, and writes it once the network is back", async () => {
    w = await world();
    w.network.online = false;
    const cmd = note(BACKEND, "c-li-wei", "Vill ha besked före jul.");
    const saved = await w.pane.engine.dispatch(cmd);
    expect(saved.ok).toBe(true); // saved: in IndexedDB, though Graph is out of reach
    await w.pane.engine.idle();
    expect(w.statuses.get(cmd.id)).toMatchObject({ state: "pending", error: { code: "graph-offline" } });

    await w.reopen(); // the recruiter closes Outlook, opens it again, still offline
    await w.pane.engine.idle();
    const kept = await w.pane.outbox.get(cmd.id);
    expect(kept.ok && kept.value?.status).toBe("pending");

    w.network.online = true;
    w.pane.engine.kick();
    await w.pane.engine.idle();
    expect(w.statuses.get(cmd.id)?.state).toBe("sent");
    expect(occurrences(pageBodies(w.emu), `data-id="${cmd.id}"`)).toBe(1);
    const li = (await storedDoc(w)).candidates.find((c) => c.id === "c-li-wei")!;
    expect(li.contacts.filter((c) => c.id === cmd.id)).toHaveLength(1);
  });

  it("sends nothing twice when the pane closed between Graph's 201 and marking the command done", async () => {
    let graphAnswered!: () => void;
    const answered = new Promise<void>((r) => (graphAnswered = r));
    // Graph has it all; the pane closes before the outbox can write "sent".
    w = await world((o) => ({
      ...o,
      markSent: () => (graphAnswered(), new Promise<never>(() => undefined)),
    }));
    const cmd = interviewHeld();
    await w.pane.engine.dispatch(cmd);
    await answered;
    const stuck = await w.pane.outbox.get(cmd.id);
    expect(stuck.ok && stuck.value?.status).toBe("sending");
    const writesBefore = requestsTo(w.emu, "PUT", /approot/).length;
    const eventsBefore = w.emu.state.events.size;
    const tasksBefore = w.emu.state.todoTasks.size;
    expect([...w.emu.state.events.values()].filter((e) => e["transactionId"])).toHaveLength(1);

    // The closed pane renews its lease no more; once it has run out the new pane takes over.
    w.pane.engine.stop();
    await w.clock.advance(LEASE_MS);
    await w.reopen();
    await w.pane.engine.idle();
    expect(w.statuses.get(cmd.id)?.state).toBe("sent");
    expect(requestsTo(w.emu, "PUT", /approot/).length).toBe(writesBefore); // the document had it
    expect(w.emu.state.events.size).toBe(eventsBefore);
    expect(w.emu.state.todoTasks.size).toBe(tasksBefore);
    expect(occurrences(pageBodies(w.emu), `data-id="${cmd.id}"`)).toBe(1);
    const mohammed = (await storedDoc(w)).candidates.find((c) => c.id === "c-mohammed-al-sayed")!;
    expect(mohammed.contacts.filter((c) => c.id === cmd.id)).toHaveLength(1);
  });

  it("pauses on an expired sign-in without losing the change, and sends it after sign-in", async () => {
    w = await world();
    const rule = w.emu.faults.auth("expired");
    const cmd = note(BACKEND, "c-karin-strom", "Referenserna klara.");
    await w.pane.engine.dispatch(cmd);
    await w.pane.engine.idle();
    expect(w.pane.engine.queueState().paused).toBe(true);
    expect(w.statuses.get(cmd.id)?.state).toBe("pending");
    w.emu.faults.remove(rule.id);
    w.pane.engine.resume();
    await w.pane.engine.idle();
    expect(w.statuses.get(cmd.id)?.state).toBe("sent");
    expect(occurrences(pageBodies(w.emu), `data-id="${cmd.id}"`)).toBe(1);
  });
});
