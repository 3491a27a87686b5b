// A subject-access export over the real adapters and the Graph emulator (issue 14): what the
// recruiter hands the candidate is what Microsoft 365 holds of them — the stages they entered, the
// log, the text of their OneNote page, their reminders, their mails' subjects and dates — nothing
// of anyone else, and both files kept in the app folder's exports/.
import type { Process } from "../../../src/domain";
import { createExportFiles } from "../../../src/graph/exportFiles";
import { makeCommand, meetingHeldContact, type Command } from "../../../src/sync/commands";
import { exportCandidate } from "../../../src/sync/candidateExport";
import type { RunningEmulator } from "../../graph-emulator";
import { graphHttp, NOW, untilSent, world, type World } from "./syncOverEmulator";

const BACKEND = "p-nordbank-backend";
const MOHAMMED = "c-mohammed-al-sayed";
const LINK = `${BACKEND}/${MOHAMMED}`;
const ref = { processId: BACKEND, candidateId: MOHAMMED };

let w: World;
beforeEach(async () => {
  w = await world();
});
afterEach(async () => {
  await w.close();
});

type Json = Record<string, unknown>;
interface Exported {
  person: { name: string; emails: string[] };
  stages: { stage: string; enteredAt: string }[];
  log: { at: string; summary: string }[];
  reminders: { title: string; dueAt: string }[];
  mails: { subject: string; at: string; direction: string }[];
  notes: { kind: string; text?: string };
}

/** Mohammed's interview held (a call and a task follow), a note on his OneNote page, and a move
 * to the final interview (his stage history). */
async function seed(): Promise<void> {
  await w.pane.engine.sweepFollowUps();
  const setup: Command[] = [
    makeCommand(
      "LogContact",
      {
        processId: BACKEND,
        candidateId: MOHAMMED,
        contact: meetingHeldContact("k-held", "2026-11-24T13:00:00.000Z", "Intervju med teamet", null),
      },
      { id: "k-held", createdAt: NOW },
    ),
    makeCommand(
      "AddNote",
      { processId: BACKEND, candidateId: MOHAMMED, noteId: "n-1", at: NOW, text: "Stark i Kotlin & <Go>." },
      { id: "n-1", createdAt: NOW },
    ),
    makeCommand(
      "MoveStage",
      { processId: BACKEND, candidateId: MOHAMMED, stageId: "final", rejection: null },
      { id: "k-move", createdAt: NOW },
    ),
  ];
  for (const c of setup) await w.pane.engine.dispatch(c);
  await untilSent(
    w,
    setup.map((c) => c.id),
  );
  expect(setup.map((c) => w.statuses.get(c.id)?.state)).toEqual(["sent", "sent", "sent"]);
  await w.pane.engine.sweepFollowUps();
}

/** The backend process as Microsoft 365 holds it now. */
async function stored(): Promise<Process> {
  const read = await w.pane.ports.processes.read(BACKEND);
  if (!read.ok || !read.value) throw new Error(read.ok ? "no backend process" : read.error.code);
  return read.value.process;
}

async function run(language: "sv" | "en" = "sv") {
  const ports = { ...w.pane.ports, exportFiles: createExportFiles(graphHttp(w.emu, w.network)) };
  return exportCandidate(ports, w.pane.engine.processes(), ref, language, NOW);
}

const linkedMails = (emu: RunningEmulator): Json[] =>
  [...emu.state.messages.values()].filter((m) =>
    JSON.stringify(m["singleValueExtendedProperties"] ?? []).includes(LINK),
  );

describe("exporting one candidate's data over Microsoft 365", () => {
  it("matches what the emulator holds: stages, log, OneNote note, reminders, mail subjects and dates", async () => {
    await seed();
    const done = await run();
    if (!done.ok) throw new Error(JSON.stringify(done.error));
    const [html, json] = done.value.files;
    const x = JSON.parse(json!.content) as Exported;
    const process = await stored();
    const him = process.candidates.find((c) => c.id === MOHAMMED)!;
    const stageName = (id: string) => process.stages.find((s) => s.id === id)!.name;

    expect(x.person).toMatchObject({ name: him.name, emails: him.emails });
    expect(x.stages).toEqual(
      (him.stageHistory ?? []).map((e) => ({ stage: stageName(e.stageId), enteredAt: e.at })),
    );
    expect(x.stages.map((s) => s.stage)).toContain("Slutintervju");
    expect(x.log.map((e) => e.summary).sort()).toEqual(him.contacts.map((c) => c.summary).sort());
    expect(x.log.map((e) => e.summary)).toContain("Stark i Kotlin & <Go>.");

    // The OneNote page as stored in the emulator: the note is on it, and the export has its text.
    const page = [...w.emu.state.pages.values()].find((p) => p["id"] === him.oneNotePageId)!;
    expect(String(page["_body"])).toContain("Stark i Kotlin &amp; &lt;Go&gt;.");
    expect(x.notes.kind).toBe("page");
    expect(x.notes.text).toContain(him.name);
    expect(x.notes.text).toContain("Stark i Kotlin & <Go>.");

    // His open reminders, in To Do and the calendar (the follow-up id beside each), and no one else's.
    const tasks = [...w.emu.state.todoTasks.values()].filter(
      (t) => t["status"] !== "completed" && JSON.stringify(t).includes(`${BACKEND}:${MOHAMMED}:`),
    );
    const events = [...w.emu.state.events.values()].filter(
      (e) =>
        !e["isCancelled"] &&
        JSON.stringify(e["singleValueExtendedProperties"]).includes(`${BACKEND}:${MOHAMMED}:`),
    );
    expect(tasks.length + events.length).toBeGreaterThan(0);
    expect(x.reminders.map((r) => r.title).sort()).toEqual(
      [...tasks.map((t) => String(t["title"])), ...events.map((e) => String(e["subject"]))].sort(),
    );

    // His mails: every one linked to him, by subject and date.
    const mails = linkedMails(w.emu);
    expect(mails.length).toBeGreaterThan(0);
    expect(x.mails.map((m) => [m.subject, Date.parse(m.at)]).sort()).toEqual(
      mails
        .map((m) => [String(m["subject"]), Date.parse(String(m["sentDateTime"] ?? m["receivedDateTime"]))])
        .sort(),
    );

    // The page for him shows the same, and nothing of the process's other candidates.
    expect(html!.content).toContain("Stark i Kotlin &amp; &lt;Go&gt;.");
    for (const other of process.candidates.filter((c) => c.id !== MOHAMMED))
      expect(`${html!.content}${json!.content}`).not.toContain(other.emails[0]!);
  });

  it("keeps both files in the app folder's exports/, as downloaded", async () => {
    await seed();
    const done = await run("en");
    if (!done.ok) throw new Error(done.error.code);
    expect(done.value.saved.ok).toBe(true);
    const items = [...w.emu.state.driveItems.values()];
    const exportsFolder = items.find((it) => it["name"] === "exports" && it["folder"]);
    expect(exportsFolder).toBeDefined();
    for (const file of done.value.files) {
      const kept = items.find((it) => it["name"] === file.name && it["_parentId"] === exportsFolder!["id"]);
      expect(Buffer.from(String(kept?.["_content"]), "base64").toString("utf8")).toBe(file.content);
    }
    // Exported again the same day: the same two files, replaced, not a second pair.
    await run("en");
    expect(
      [...w.emu.state.driveItems.values()].filter((it) => it["_parentId"] === exportsFolder!["id"]),
    ).toHaveLength(2);
  });

  it("makes no file when OneNote is unavailable, and says which part could not be read", async () => {
    await seed();
    w.emu.faults.unavailable(503, { method: "GET", path: "/me/onenote/pages/*/content" });
    const done = await run();
    expect(done.ok).toBe(false);
    if (!done.ok) expect(done.error.message.en).toMatch(/could not read the notes page in OneNote/);
    expect([...w.emu.state.driveItems.values()].some((it) => it["name"] === "exports")).toBe(false);
  });
});
