// Erasing a candidate over the real adapters and the Graph emulator (decision 0010): whatever step
// Microsoft 365 fails — the answer lost after it did the work, throttled, unavailable — the erasure
// resumes and ends with nothing of the candidate left anywhere Svara wrote (the subject-access
// exports she saved of them too), the other candidates untouched, and one receipt without personal
// data in the process.
import { DEFAULT_SETTINGS, type Process } from "../../../src/domain";
import { exportCandidate } from "../../../src/sync/candidateExport";
import { makeCommand, meetingHeldContact, type Command } from "../../../src/sync/commands";
import { syncWeeklyTodo } from "../../../src/sync/weeklyTodoSync";
import type { RunningEmulator } from "../../graph-emulator";
import type { FaultRule } from "../../graph-emulator/faults";
import { NOW, untilSent, world, type World } from "./syncOverEmulator";

const BACKEND = "p-nordbank-backend";
const MOHAMMED = "c-mohammed-al-sayed";
const NAME = "Al-Sayed";
const EMAIL = "mohammed.alsayed@example.com";
const LINK = `${BACKEND}/${MOHAMMED}`;
const ME = "maja.lind@svara-demo.se";
const ASA = "c-asa-oberg";

let w: World;
afterEach(async () => {
  await w.close();
});

type Json = Record<string, unknown>;
const text = (v: unknown): string => JSON.stringify(v).toLowerCase();
const mentions = (v: unknown): boolean =>
  [NAME.toLowerCase(), EMAIL, MOHAMMED, LINK].some((needle) => text(v).includes(needle));

const contentOf = (it: Json): string => Buffer.from(String(it["_content"]), "base64").toString("utf8");

/** The files of the app folder's exports/ (none before the first export). */
function exportFiles(emu: RunningEmulator): Json[] {
  const items = [...emu.state.driveItems.values()];
  const folder = items.find((it) => it["name"] === "exports" && it["folder"]);
  return folder ? items.filter((it) => it["_parentId"] === folder["id"]) : [];
}

/** Every process document as stored in the app folder (the exports are counted apart). */
function documents(emu: RunningEmulator): Json[] {
  const exported = new Set(exportFiles(emu));
  return [...emu.state.driveItems.values()]
    .filter((it) => typeof it["_content"] === "string" && String(it["name"]).endsWith(".json"))
    .filter((it) => !exported.has(it))
    .map((it) => JSON.parse(contentOf(it)) as Json);
}

/** The backend process as Microsoft 365 holds it, read as the pane reads it (index and log shards). */
async function backend(): Promise<Process> {
  const read = await w.pane.ports.processes.read(BACKEND);
  if (!read.ok || !read.value) throw new Error(read.ok ? "no backend process" : read.error.code);
  return read.value.process;
}

const isHerInterview = (e: Json): boolean => /^Intervju: Mohammed/.test(String(e["subject"]));

/** What the emulator still holds of Mohammed in the places Svara writes. */
function leftOf(emu: RunningEmulator, deleteMails: boolean): string[] {
  const left: string[] = [];
  for (const d of documents(emu)) if (mentions(d)) left.push(`document ${String(d["id"])}`);
  for (const f of exportFiles(emu))
    if (/mohammed|al-sayed/.test(String(f["name"])) || mentions(contentOf(f)))
      left.push(`export ${String(f["name"])}`);
  for (const p of emu.state.pages.values())
    if (mentions({ title: p["title"], body: p["_body"] })) left.push(`page ${String(p["title"])}`);
  for (const t of emu.state.todoTasks.values()) if (mentions(t)) left.push(`task ${String(t["title"])}`);
  for (const e of emu.state.events.values()) {
    // Her own interview stays in her calendar (its subject and attendee are hers); Svara's link
    // and the process category leave it.
    const svaras = isHerInterview(e)
      ? { props: e["singleValueExtendedProperties"], categories: e["categories"] }
      : e;
    if (mentions(svaras) || (isHerInterview(e) && text(e["categories"]).includes("svara:")))
      left.push(`event ${String(e["subject"])}`);
  }
  const deleted = emu.state.folderIdOf("deleteditems");
  const drafts = emu.state.folderIdOf("drafts");
  for (const m of emu.state.messages.values()) {
    const theirs = text(m).includes(EMAIL);
    if (text(m["singleValueExtendedProperties"]).includes(LINK))
      left.push(`mail link ${String(m["subject"])}`);
    if (theirs && text(m["categories"]).includes("svara:"))
      left.push(`mail category ${String(m["subject"])}`);
    if (theirs && m["parentFolderId"] === drafts) left.push(`draft ${String(m["subject"])}`);
    if (theirs && deleteMails && m["parentFolderId"] !== deleted) left.push(`mail ${String(m["subject"])}`);
  }
  return left;
}

/** A subject-access export of one candidate of the backend process, saved to exports/ as the pane
 * saves it. */
async function exportOf(candidateId: string): Promise<void> {
  const ref = { processId: BACKEND, candidateId };
  const done = await exportCandidate(w.pane.ports, w.pane.engine.processes(), ref, "sv", NOW);
  if (!done.ok || !done.value.saved.ok) throw new Error("the export was not saved");
}

/** Mohammed with something in every place: his interview held (a call and a task), a note on his
 * OneNote page, a draft to him, the weekly list naming him, and his export (and Åsa's) saved. */
async function everywhere(): Promise<void> {
  await w.pane.engine.sweepFollowUps();
  const held = makeCommand(
    "LogContact",
    {
      processId: BACKEND,
      candidateId: MOHAMMED,
      contact: meetingHeldContact("k-held", "2026-11-24T13:00:00.000Z", "Intervju med teamet", null),
    },
    { id: "k-held", createdAt: NOW },
  );
  const note = makeCommand(
    "AddNote",
    { processId: BACKEND, candidateId: MOHAMMED, noteId: "n-1", at: NOW, text: "Stark i Kotlin." },
    { id: "n-1", createdAt: NOW },
  );
  const draft = makeCommand(
    "CreateDrafts",
    {
      drafts: [
        {
          id: "d-1",
          to: [{ name: "Mohammed Al-Sayed", email: EMAIL }],
          subject: "Hej Mohammed",
          html: "<p>Tack för i dag.</p>",
          replyToMessageId: null,
        },
      ],
    },
    { id: "d-1", createdAt: NOW },
  );
  const setup: Command[] = [held, note, draft];
  for (const c of setup) await w.pane.engine.dispatch(c);
  await untilSent(
    w,
    setup.map((c) => c.id),
  );
  expect(setup.map((c) => w.statuses.get(c.id)?.state)).toEqual(["sent", "sent", "sent"]);
  await weekly();
  await exportOf(MOHAMMED);
  await exportOf(ASA);
}

const weekPage = (emu: RunningEmulator): string =>
  String([...emu.state.pages.values()].find((p) => /vecka 48/.test(String(p["title"])))?.["_body"]);

async function weekly(): Promise<void> {
  const listed = await w.pane.ports.processes.listAll();
  if (!listed.ok) throw new Error(listed.error.code);
  const processes = listed.value.processes.map((s) => s.process);
  const done = await syncWeeklyTodo(w.pane.ports.notes, processes, DEFAULT_SETTINGS, "sv", NOW);
  if (!done.ok) throw new Error(done.error.code);
}

function erase(deleteMails: boolean, candidateId = MOHAMMED): Command {
  return makeCommand(
    "EraseCandidate",
    { processId: BACKEND, candidateId, deleteMails, by: ME },
    { id: "erase-1", createdAt: NOW },
  );
}

/** What the others hold before and after: nothing of theirs may change but their place in a list. */
async function others(emu: RunningEmulator) {
  const process = await backend();
  return {
    candidates: process.candidates.filter((c) => c.id !== MOHAMMED),
    links: [...emu.state.messages.values()]
      .map((m) => text(m["singleValueExtendedProperties"]))
      .filter((p) => p.includes(BACKEND) && !p.includes(MOHAMMED))
      .sort(),
    tasks: [...emu.state.todoTasks.values()].filter((t) => !mentions(t)).length,
    exports: exportFiles(emu)
      .map((f) => `${String(f["name"])}\n${contentOf(f)}`)
      .filter((f) => !f.startsWith("svara-export-mohammed"))
      .sort(),
  };
}

const FAULTS: readonly [string, (w: World) => FaultRule][] = [
  [
    "the OneNote page's delete answered after it was done",
    (w) => w.emu.faults.dropAfterCommit({ method: "DELETE", path: "/me/onenote/pages/*" }),
  ],
  [
    "To Do throttling a task's delete",
    (w) => w.emu.faults.throttle({ method: "DELETE", path: "/me/todo/lists/*/tasks/*" }),
  ],
  [
    "the calendar unavailable for a call's delete",
    (w) => w.emu.faults.unavailable(503, { method: "DELETE", path: "/me/events/*" }),
  ],
  [
    "the interview's unlink answered after it was done",
    (w) => w.emu.faults.dropAfterCommit({ method: "PATCH", path: "/me/events/*" }),
  ],
  [
    "the draft's delete unavailable",
    (w) => w.emu.faults.unavailable(503, { method: "DELETE", path: "/me/messages/*" }),
  ],
  [
    "a mail's move answered after it was done",
    (w) => w.emu.faults.dropAfterCommit({ method: "POST", path: "/me/messages/*/move" }),
  ],
  [
    "Outlook throttling a mail's unlink",
    (w) => w.emu.faults.throttle({ method: "PATCH", path: "/me/messages/*" }),
  ],
  [
    "OneDrive throttling the listing of saved exports",
    (w) => w.emu.faults.throttle({ method: "GET", path: "/me/drive/special/approot:/exports:/children*" }),
  ],
  [
    "an export file's delete answered after it was done",
    (w) => w.emu.faults.dropAfterCommit({ method: "DELETE", path: "/me/drive/items/*", count: 1 }),
  ],
  [
    "the first document write answered after it was done",
    (w) => w.emu.faults.dropAfterCommit({ method: "PUT", path: "/me/drive/*" }),
  ],
  [
    "the last document write unavailable",
    (w) => w.emu.faults.unavailable(503, { method: "PUT", path: "/me/drive/*", count: 1 }),
  ],
];

describe("erasing a candidate everywhere Svara wrote", () => {
  it.each(FAULTS)("leaves nothing of them when %s, the others untouched, one receipt", async (_, fault) => {
    w = await world();
    await everywhere();
    // He is everywhere to begin with.
    const places = leftOf(w.emu, true).map((l) => l.split(" ")[0]);
    expect(new Set(places)).toEqual(
      new Set(["document", "page", "task", "event", "mail", "draft", "export"]),
    );
    const before = await others(w.emu);
    expect(before.exports).toHaveLength(2);
    const rule = fault(w);
    const cmd = erase(true);
    await w.pane.engine.dispatch(cmd);
    await untilSent(w, [cmd.id]);
    expect(w.statuses.get(cmd.id)?.state).toBe("sent");
    expect(w.emu.faults.fired(rule.id)).toBeGreaterThan(0);
    await weekly();

    expect(leftOf(w.emu, true)).toEqual([]);
    expect(await others(w.emu)).toEqual(before);
    const receipts = ((await backend()).erasures ?? []).filter((e) => e.id === cmd.id);
    expect(receipts).toHaveLength(1);
    expect(receipts[0]).toMatchObject({ by: ME, deleteMails: true });
    expect(receipts[0]!.erasedAt).toBeDefined();
    expect(receipts[0]!.places?.map((p) => p.place)).toContain("exports");
    expect(mentions(receipts[0])).toBe(false);
  });

  it("keeps their mails where they are, without Svara's mark, when she does not ask to delete them", async () => {
    w = await world();
    await everywhere();
    const theirs = () => [...w.emu.state.messages.values()].filter((m) => text(m).includes(EMAIL));
    const mails = theirs().filter((m) => m["parentFolderId"] !== w.emu.state.folderIdOf("drafts")).length;
    const cmd = erase(false);
    await w.pane.engine.dispatch(cmd);
    await untilSent(w, [cmd.id]);
    expect(leftOf(w.emu, false)).toEqual([]);
    expect(theirs()).toHaveLength(mails);
    expect(theirs().every((m) => m["parentFolderId"] !== w.emu.state.folderIdOf("deleteditems"))).toBe(true);
  });

  it("takes their lines off this week's to-do page, not struck through, and keeps everyone else's", async () => {
    w = await world();
    await w.pane.engine.sweepFollowUps();
    await weekly();
    expect(weekPage(w.emu)).toContain("Åsa Öberg");
    const lines = weekPage(w.emu).split("data-tag=").length;
    const cmd = erase(false, "c-asa-oberg");
    await w.pane.engine.dispatch(cmd);
    await untilSent(w, [cmd.id]);
    await weekly();
    expect(weekPage(w.emu)).not.toContain("Åsa");
    expect(weekPage(w.emu).split("data-tag=").length).toBe(lines - 1);
    expect(weekPage(w.emu)).toContain("Björn Ekdahl");
    // She saved no export: no exports/ folder, and nothing there to delete.
    const receipt = ((await backend()).erasures ?? []).find((e) => e.id === cmd.id);
    expect(receipt?.places).toContainEqual({ place: "exports", count: 0 });
  });
});
