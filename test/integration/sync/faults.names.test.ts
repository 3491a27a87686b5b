// Fault rows, names: hostile names through every adapter Svara writes with (mail links, To Do, the
// calendar, OneNote), a name stored before names were checked, a rename across a restart, and a
// name holding the older To Do marker. Each row: nothing lost, nothing twice, nothing stuck, and
// its figures printed (commands, requests, pages/tasks/events before and after a second sweep).
import { charCount, cleanName, TEXT_LIMITS, type Process } from "../../../src/domain";
import { meetingHeldContact, makeCommand, type Command } from "../../../src/sync/commands";
import type { Json } from "../../graph-emulator/store";
import { NOW, untilSent, world, type World } from "./syncOverEmulator";

const BACKEND = "p-nordbank-backend";
// NUL, a control character, an escape sequence, a lone surrogate, markup, an ampersand, the older
// To Do format's marker and a decomposed Å — and still a name a recruiter could mean.
const HOSTILE = "A\u030Asa\u0000 Öberg-\u0007Ñúñez \uD800<script>alert(1)</script> & \u001b[1m svara:v1 {}";
const CLEAN = cleanName(HOSTILE);

// eslint-disable-next-line no-control-regex -- looking for control characters is the point
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
const LONE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

let w: World;
afterEach(async () => {
  await w.close();
});

let n = 0;
const cmd = <T extends Parameters<typeof makeCommand>[0]>(
  type: T,
  payload: Parameters<typeof makeCommand<T>>[1],
): Command => {
  n += 1;
  return makeCommand(type, payload, { id: `names-${n}`, createdAt: NOW });
};

async function send(...commands: Command[]): Promise<void> {
  for (const c of commands) {
    const r = await w.pane.engine.dispatch(c);
    if (!r.ok) throw new Error(`${c.type}: ${r.error.code}`);
  }
  await untilSent(
    w,
    commands.map((c) => c.id),
  );
  for (const c of commands) expect(w.statuses.get(c.id)?.state).toBe("sent"); // nothing stuck
}

const pagesOf = (candidateId: string): Json[] =>
  [...w.emu.state.pages.values()].filter((p) =>
    String(p["_body"]).includes(`svara-candidate-${candidateId}"`),
  );
const tasksAbout = (candidateId: string): Json[] =>
  [...w.emu.state.todoTasks.values()].filter((t) =>
    JSON.stringify(t["linkedResources"] ?? "").includes(`:${candidateId}:`),
  );
const eventsAbout = (candidateId: string): Json[] =>
  [...w.emu.state.events.values()].filter((e) => JSON.stringify(e).includes(`:${candidateId}:`));
const writesSince = (from: number): number =>
  w.emu.requests
    .all()
    .slice(from)
    .filter((r) => r.method !== "GET").length;

async function storedDoc(processId = BACKEND): Promise<Process> {
  const read = await w.pane.ports.processes.read(processId);
  if (!read.ok || !read.value) throw new Error("no document");
  return read.value.process;
}

const someMail = (): Json => [...w.emu.state.messages.values()][0]!;

function addHostile(candidateId: string, name: string, email: string): Command {
  const mail = someMail();
  return cmd("AddCandidate", {
    processId: BACKEND,
    candidateId,
    name,
    email,
    phone: "+46701234567",
    linkedInUrl: null,
    stageId: null,
    sourceMail: {
      messageId: String(mail["id"]),
      at: "2026-11-20T09:00:00.000Z",
      subject: `Ansökan \u0000${name}`,
    },
  });
}

describe("fault rows: names and text at the edge", () => {
  it("takes a hostile name through mail links, To Do, the calendar and OneNote: clean, once, and a second sweep writes nothing", async () => {
    w = await world();
    const id = "c-hostile";
    const commands = [
      addHostile(id, HOSTILE, "asa.hostile@example.se"),
      cmd("LogContact", {
        processId: BACKEND,
        candidateId: id,
        contact: meetingHeldContact(
          "k-hostile-interview",
          "2026-11-24T13:00:00.000Z",
          `Intervju \u0000${HOSTILE}`,
          null,
        ),
      }),
      cmd("AddNote", {
        processId: BACKEND,
        candidateId: id,
        noteId: "n-hostile",
        at: NOW,
        text: `${HOSTILE}\n\u0007rad två`,
      }),
    ];
    await send(...commands);
    const first = await w.pane.engine.sweepFollowUps();
    expect(first.ok).toBe(true);

    const stored = (await storedDoc()).candidates.find((c) => c.id === id)!;
    expect(stored.name).toBe(CLEAN);
    expect(JSON.stringify(someMail())).toContain(`${BACKEND}/${id}`); // the mail is linked
    expect(CLEAN).toBe("Åsa Öberg-Ñúñez \uFFFD<script>alert(1)</script> & [1m svara:v1 {}");

    const pages = pagesOf(id);
    expect(pages).toHaveLength(1); // one log page
    expect(pages[0]!["title"]).toBe(CLEAN); // stored as its words, & and < as typed
    expect(stored.oneNotePageId).toBe(pages[0]!["id"]);
    const body = String(pages[0]!["_body"]);
    expect(NOT_XML.test(body) || LONE.test(body)).toBe(false);
    expect(body).not.toContain("<script>");
    expect(body.split('data-id="n-hostile"')).toHaveLength(2); // the note, once
    expect(body.split('data-id="k-hostile-interview"')).toHaveLength(2);

    const tasks = tasksAbout(id);
    const events = eventsAbout(id);
    expect(tasks.length).toBeGreaterThan(0);
    expect(events).toHaveLength(1); // the call, once
    for (const t of [...tasks.map((x) => String(x["title"])), ...events.map((e) => String(e["subject"]))]) {
      expect(NOT_XML.test(t) || LONE.test(t)).toBe(false);
      expect(charCount(t)).toBeLessThanOrEqual(TEXT_LIMITS.subject);
    }
    const externalIds = tasks.map((t) => JSON.stringify(t["linkedResources"]));
    expect(new Set(externalIds).size).toBe(externalIds.length); // no twins

    const before = w.emu.requests.all().length;
    const second = await w.pane.engine.sweepFollowUps();
    expect(second.ok && second.value).toEqual({ created: 0, updated: 0, completed: 0 });
    expect(writesSince(before)).toBe(0);
    console.info(
      `names row "hostile name": commands ${commands.length}, requests ${before}, pages 1, tasks ${tasks.length}, ` +
        `events ${events.length}, writes on the second sweep 0`,
    );
  });

  it("refuses a 60 KB name before it is queued, with a message in Swedish and English", async () => {
    w = await world();
    const requests = w.emu.requests.all().length;
    const huge = addHostile("c-huge", "Å".repeat(60 * 1024), "huge@example.se");
    const r = await w.pane.engine.dispatch(huge);
    expect(!r.ok && r.error.code).toBe("text-too-long");
    expect(!r.ok && r.error.message.sv).toMatch(/Högst 100 tecken/);
    expect(!r.ok && r.error.message.en).toMatch(/At most 100 characters/);
    const queued = await w.pane.outbox.get(huge.id);
    expect(queued.ok && queued.value).toBeFalsy();
    expect(w.emu.requests.all().length).toBe(requests);
    console.info(`names row "60 KB name": commands 0 queued, requests 0, refused with text-too-long`);
  });

  it("keeps titles within a subject for a 60 KB name stored before names were checked, and sweeps it once", async () => {
    w = await world();
    const read = await w.pane.ports.processes.read(BACKEND);
    if (!read.ok || !read.value) throw new Error("no document");
    const old = read.value.process;
    const huge = "Ö".repeat(60 * 1024);
    const target = old.candidates[0]!;
    const written = await w.pane.ports.processes.write(
      { ...old, candidates: old.candidates.map((c) => (c.id === target.id ? { ...c, name: huge } : c)) },
      read.value.etag,
    );
    expect(written.ok).toBe(true);
    await w.pane.engine.refresh();
    const note = cmd("AddNote", {
      processId: BACKEND,
      candidateId: target.id,
      noteId: "n-huge",
      at: NOW,
      text: "Ringde.",
    });
    await send(note);
    const first = await w.pane.engine.sweepFollowUps();
    expect(first.ok).toBe(true);
    const titles = [
      ...tasksAbout(target.id).map((t) => String(t["title"])),
      ...eventsAbout(target.id).map((e) => String(e["subject"])),
      ...pagesOf(target.id).map((p) => String(p["title"])),
    ];
    expect(titles.length).toBeGreaterThan(1);
    for (const t of titles) expect(charCount(t)).toBeLessThanOrEqual(TEXT_LIMITS.subject);
    const before = w.emu.requests.all().length;
    const second = await w.pane.engine.sweepFollowUps();
    expect(second.ok && second.value).toEqual({ created: 0, updated: 0, completed: 0 });
    expect(writesSince(before)).toBe(0);
    console.info(
      `names row "60 KB stored name": commands 1, requests ${before}, titles ${titles.length} all ≤ 255, writes on the second sweep 0`,
    );
  });

  it("keeps a renamed candidate's log on one page across a restart, even after she retitles the page", async () => {
    w = await world();
    const id = "c-karin-strom";
    const note1 = cmd("AddNote", {
      processId: BACKEND,
      candidateId: id,
      noteId: "n-before",
      at: NOW,
      text: "Före.",
    });
    await send(note1);
    const [page] = pagesOf(id);
    expect(page).toBeDefined();
    const rename = cmd("UpdateCandidate", {
      processId: BACKEND,
      candidateId: id,
      changes: { name: "Karin Ström-Lind & Co" },
    });
    await send(rename);
    expect(pagesOf(id)[0]!["title"]).toBe("Karin Ström-Lind & Co"); // the title follows the name
    // She retitles the page in OneNote herself: the title is hers, the page is still Karin's.
    w.emu.state.pages.get(String(page!["id"]))!["title"] = "Karins logg";
    await w.reopen(); // a new session: nothing of the old one's caches
    const note2 = cmd("AddNote", {
      processId: BACKEND,
      candidateId: id,
      noteId: "n-after",
      at: NOW,
      text: "Efter.",
    });
    await send(note2);
    const pages = pagesOf(id);
    expect(pages.map((p) => p["id"])).toEqual([page!["id"]]); // one log, not two
    expect(pages[0]!["title"]).toBe("Karins logg");
    const body = String(pages[0]!["_body"]);
    expect(body.split('data-id="n-before"')).toHaveLength(2);
    expect(body.split('data-id="n-after"')).toHaveLength(2);
    expect(body).toContain("Karin Ström-Lind &amp; Co</h1>");
    console.info(
      `names row "rename + restart": commands 3, requests ${w.emu.requests.all().length}, pages 1 (2 when found by title)`,
    );
  });

  it("does not rewrite the tasks of a candidate whose name holds the older To Do marker", async () => {
    w = await world();
    const id = "c-marker";
    const name = 'Svara svara:v1 {"id":"x"} Berg';
    await send(addHostile(id, name, "marker@example.se"));
    const first = await w.pane.engine.sweepFollowUps();
    expect(first.ok && first.value.created).toBeGreaterThan(0);
    const tasks = tasksAbout(id).length;
    const before = w.emu.requests.all().length;
    for (let i = 0; i < 2; i += 1) {
      const again = await w.pane.engine.sweepFollowUps();
      expect(again.ok && again.value).toEqual({ created: 0, updated: 0, completed: 0 });
    }
    expect(writesSince(before)).toBe(0);
    expect(tasksAbout(id)).toHaveLength(tasks);
    console.info(`names row "marker in a name": commands 1, tasks ${tasks}, writes on two more sweeps 0`);
  });
});
