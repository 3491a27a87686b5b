// Every contact with a candidate is logged on their OneNote page, readable outside Svara.
import { demoDataset, type RunningEmulator } from "../../graph-emulator";
import {
  logEntry,
  logEntryHtml,
  parseProcessDocument,
  type Candidate,
  type ContactEvent,
  type Process,
} from "../../../src/domain";
import { createOneNote } from "../../../src/graph/onenote";
import { counted, emulator, graphFor, NOW, unwrap } from "./helpers";

let emu: RunningEmulator;
beforeEach(async () => {
  emu = await emulator("empty");
});
afterEach(() => emu.close());

const demoProcess: Process = unwrap(parseProcessDocument(demoDataset(NOW).processes[0])).process;
const [asa, erik] = demoProcess.candidates as [Candidate, Candidate];

function note(candidate: Candidate, id: string, summary: string): { id: string; html: string } {
  const contact: ContactEvent = {
    id,
    at: "2026-11-24T14:00:00.000Z",
    direction: "out",
    channel: "phone",
    kind: "note",
    summary,
    messageId: null,
    eventId: null,
  };
  return { id, html: logEntryHtml(logEntry(contact, candidate, demoProcess), "sv", "Europe/Stockholm") };
}

const pageHtml = (e: RunningEmulator, pageId: string) => String(e.state.pages.get(pageId)!["_body"]);
const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");
async function readBack(e: RunningEmulator, pageId: string): Promise<string> {
  const got = await graphFor(e).get<string>(`/me/onenote/pages/${pageId}/content?includeIDs=true`);
  return unwrap(got).body;
}

describe("the communication log in OneNote", () => {
  it("makes notebook, process section and candidate page once, then finds the page again", async () => {
    const notes = createOneNote(graphFor(emu));
    const pageId = unwrap(await notes.ensurePage(demoProcess, asa));
    const warm = await counted(emu, () => notes.ensurePage(demoProcess, asa));
    expect(unwrap(warm.result)).toBe(pageId);
    expect(warm.requests).toBe(0);
    const cold = await counted(emu, () => createOneNote(graphFor(emu)).ensurePage(demoProcess, asa));
    expect(unwrap(cold.result)).toBe(pageId);
    expect(cold.requests).toBe(3); // notebook, sections, pages of the section
    expect(emu.state.notebooks.size).toBe(1);
    expect([...emu.state.sections.values()].map((s) => s["displayName"])).toEqual([
      `${demoProcess.title} – ${demoProcess.organisation}`,
    ]);
    const content = await readBack(emu, pageId);
    expect(content).toContain(`<title>${asa.name}</title>`);
    expect(textOf(content)).toContain(demoProcess.title);
    expect(textOf(content)).toContain(asa.emails[0]!);
  });

  it("finds all the pages of a process with one listing, within OneNote's 120 requests a minute", async () => {
    const setup = createOneNote(graphFor(emu));
    unwrap(await setup.ensurePage(demoProcess, asa));
    unwrap(await setup.ensurePage(demoProcess, erik));
    const fresh = createOneNote(graphFor(emu));
    const first = await counted(emu, () => fresh.ensurePage(demoProcess, asa));
    const second = await counted(emu, () => fresh.ensurePage(demoProcess, erik));
    expect(first.requests).toBe(3);
    expect(second.requests).toBe(0);
  });

  it("keeps two candidates with the same name on pages of their own", async () => {
    const twin: Candidate = { ...erik, name: asa.name };
    const process: Process = { ...demoProcess, candidates: [asa, twin] };
    const notes = createOneNote(graphFor(emu));
    const a = unwrap(await notes.ensurePage(process, asa));
    const b = unwrap(await notes.ensurePage(process, twin));
    expect(b).not.toBe(a);
    const fresh = createOneNote(graphFor(emu));
    expect(unwrap(await fresh.ensurePage(process, twin))).toBe(b);
    expect(unwrap(await fresh.ensurePage(process, asa))).toBe(a);
  });

  it("makes a new page when the recruiter deleted the old one", async () => {
    const notes = createOneNote(graphFor(emu));
    const old = unwrap(await notes.ensurePage(demoProcess, asa));
    emu.state.pages.delete(old);
    const failed = await notes.appendEntry(old, note(asa, "k-asa-3", "Efter raderingen"));
    expect(failed.ok).toBe(false);
    const fresh = unwrap(await notes.ensurePage(demoProcess, asa));
    expect(fresh).not.toBe(old);
    expect(unwrap(await notes.appendEntry(fresh, note(asa, "k-asa-3", "Efter raderingen")))).toBe("appended");
  });

  it("appends a note once, and knows it is there when asked again", async () => {
    const notes = createOneNote(graphFor(emu));
    const pageId = unwrap(await notes.ensurePage(demoProcess, asa));
    const entry = note(asa, "k-asa-call-1", "Ringde, lämnade besked om nästa steg.");
    const first = await counted(emu, () => notes.appendEntry(pageId, entry));
    expect(unwrap(first.result)).toBe("appended");
    expect(first.requests).toBe(2);
    expect(unwrap(await notes.appendEntry(pageId, entry))).toBe("already-there");
    expect(pageHtml(emu, pageId).split('data-id="k-asa-call-1"')).toHaveLength(2);
  });

  it("writes the note once even when the connection drops after OneNote saved it", async () => {
    const notes = createOneNote(graphFor(emu));
    const pageId = unwrap(await notes.ensurePage(demoProcess, asa));
    const entry = note(asa, "k-asa-call-2", "Samtal om lön.");
    const drop = emu.faults.dropAfterCommit({ method: "PATCH", path: "/me/onenote/pages/*/content" });
    expect(unwrap(await notes.appendEntry(pageId, entry))).toBe("appended");
    expect(emu.faults.fired(drop.id)).toBe(1);
    expect(unwrap(await createOneNote(graphFor(emu)).appendEntry(pageId, entry))).toBe("already-there");
    expect(pageHtml(emu, pageId).split('data-id="k-asa-call-2"')).toHaveLength(2);
  });

  it("makes the candidate page once even when its create answer is lost", async () => {
    const notes = createOneNote(graphFor(emu));
    unwrap(await notes.ensurePage(demoProcess, erik));
    emu.faults.dropAfterCommit({ method: "POST", path: "/me/onenote/sections/*/pages" });
    const pageId = unwrap(await notes.ensurePage(demoProcess, asa));
    expect(unwrap(await createOneNote(graphFor(emu)).ensurePage(demoProcess, asa))).toBe(pageId);
    expect([...emu.state.pages.values()].filter((p) => p["title"] === asa.name)).toHaveLength(1);
  });

  it("continues in a new section “… (2)” when the process section is full (507)", async () => {
    emu.state.oneNoteSectionPageLimit = 1;
    const notes = createOneNote(graphFor(emu));
    const first = unwrap(await notes.ensurePage(demoProcess, asa));
    const second = unwrap(await notes.ensurePage(demoProcess, erik));
    const base = `${demoProcess.title} – ${demoProcess.organisation}`;
    const sectionOf = (pageId: string) =>
      emu.state.sections.get(String(emu.state.pages.get(pageId)!["_sectionId"]))!["displayName"];
    expect(sectionOf(first)).toBe(base);
    expect(sectionOf(second)).toBe(`${base} (2)`);
    // Both pages are found again from scratch, across the two sections.
    const fresh = createOneNote(graphFor(emu));
    expect(unwrap(await fresh.ensurePage(demoProcess, erik))).toBe(second);
    expect(unwrap(await fresh.ensurePage(demoProcess, asa))).toBe(first);
    expect(emu.state.sections.size).toBe(2);
  });

  it("writes hostile names and notes as text: tags, javascript: links, RTL override, emoji, åäö, 50 KB", async () => {
    const hostile = "<img src=x onerror=alert(1)> \u202Eevil.exe 😀 åäö \"quoted\" & 'single'";
    const process: Process = {
      ...demoProcess,
      title: "C# & <b>Java</b>: 100%?",
      organisation: "Åkeri ~ Co",
    };
    const candidate: Candidate = {
      ...asa,
      name: hostile,
      linkedInUrl: "javascript:alert(1)",
      phone: "<script>x</script>",
    };
    const notes = createOneNote(graphFor(emu));
    const pageId = unwrap(await notes.ensurePage(process, candidate));
    const big = `${hostile}\n${"Lång anteckning åäö 😀 ".repeat(2300)}`;
    expect(big.length).toBeGreaterThan(50_000);
    unwrap(await notes.appendEntry(pageId, note(candidate, "k-hostile-1", big)));
    const content = await readBack(emu, pageId);
    expect(content).not.toMatch(/<img|<script|<b>Java|href="javascript:/i);
    const text = textOf(content);
    expect(text).toContain(hostile);
    expect(text).toContain("javascript:alert(1)");
    expect(text).toContain("<script>x</script>");
    expect(text).toContain("Lång anteckning åäö 😀 ".repeat(2300).trim());
    expect(text).toContain("C# & <b>Java</b>: 100%?");
    const sectionName = String([...emu.state.sections.values()][0]!["displayName"]);
    expect(sectionName).not.toMatch(/[?*\\/:<>|&#'"%~]/);
  });
});
