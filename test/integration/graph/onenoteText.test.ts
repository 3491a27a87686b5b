// A subject-access export reads the candidate's OneNote page as text — and only reads: a candidate
// with no page, or a recruiter with no notebook, gets nothing made.
import { demoDataset, type RunningEmulator } from "../../graph-emulator";
import { parseProcessDocument, type Candidate, type Process } from "../../../src/domain";
import { createOneNote } from "../../../src/graph/onenote";
import { counted, emulator, graphFor, NOW, unwrap } from "./helpers";

let emu: RunningEmulator;
beforeEach(async () => {
  emu = await emulator("empty");
});
afterEach(() => emu.close());

const demoProcess: Process = unwrap(parseProcessDocument(demoDataset(NOW).processes[0])).process;
const [asa, erik] = demoProcess.candidates as [Candidate, Candidate];
const note = { id: "n-1", html: "<p>Stark i Kotlin &amp; Go.</p>" };

describe("reading a candidate's OneNote page for an export", () => {
  it("reads the page by the id Svara keeps: her heading, header and every note as text", async () => {
    const notes = createOneNote(graphFor(emu));
    const pageId = unwrap(await notes.ensurePage(demoProcess, asa));
    unwrap(await notes.appendEntry(pageId, note));
    const fresh = createOneNote(graphFor(emu));
    const read = await counted(emu, () =>
      fresh.readCandidatePage(demoProcess, { ...asa, oneNotePageId: pageId }),
    );
    const text = unwrap(read.result);
    expect(text?.[0]).toBe(asa.name);
    expect(text).toContain("Stark i Kotlin & Go.");
    expect(text?.join("\n")).toContain(asa.emails[0]);
    expect(read.requests).toBe(1); // the page's content, nothing else
  });

  it("finds a page made before ids were kept by its title, as the log does", async () => {
    const notes = createOneNote(graphFor(emu));
    const pageId = unwrap(await notes.ensurePage(demoProcess, asa));
    unwrap(await notes.appendEntry(pageId, note));
    const text = unwrap(await createOneNote(graphFor(emu)).readCandidatePage(demoProcess, asa));
    expect(text).toContain("Stark i Kotlin & Go.");
  });

  it("says 'no page' for a candidate without one, and makes no notebook, section or page", async () => {
    const notes = createOneNote(graphFor(emu));
    expect(unwrap(await notes.readCandidatePage(demoProcess, erik))).toBeNull();
    expect(emu.state.notebooks.size + emu.state.sections.size + emu.state.pages.size).toBe(0);
    unwrap(await notes.ensurePage(demoProcess, asa));
    expect(unwrap(await createOneNote(graphFor(emu)).readCandidatePage(demoProcess, erik))).toBeNull();
    expect(emu.state.pages.size).toBe(1);
  });

  it("counts a page the recruiter deleted as none", async () => {
    const notes = createOneNote(graphFor(emu));
    const pageId = unwrap(await notes.ensurePage(demoProcess, asa));
    emu.state.pages.delete(pageId);
    expect(unwrap(await notes.readCandidatePage(demoProcess, { ...asa, oneNotePageId: pageId }))).toBeNull();
  });
});
