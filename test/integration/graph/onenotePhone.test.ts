// The candidate's OneNote page shows their phone number as the recruiter writes it — "070-765 12 34"
// on a Swedish page, "+46 70 765 12 34" on an English one — while the process document keeps E.164.
import { demoDataset, type RunningEmulator } from "../../graph-emulator";
import { parseProcessDocument, type Candidate, type Process } from "../../../src/domain";
import { createOneNote } from "../../../src/graph/onenote";
import type { PhoneFormatSource } from "../../../src/graph/phoneFormat";
import { formatPhone } from "../../../src/i18n/phone";
import { counted, emulator, graphFor, NOW, unwrap } from "./helpers";

let emu: RunningEmulator;
beforeEach(async () => {
  emu = await emulator("empty");
});
afterEach(() => emu.close());

const demoProcess: Process = unwrap(parseProcessDocument(demoDataset(NOW).processes[0])).process;
const asa: Candidate = { ...demoProcess.candidates[0]!, phone: "+46707651234" };
const swedish: Process = { ...demoProcess, language: "sv", candidates: [asa] };
const english: Process = { ...demoProcess, language: "en", candidates: [asa] };

const formatter: PhoneFormatSource = async () => (stored, language) => formatPhone(stored, language).text;

const headerText = (e: RunningEmulator, pageId: string): string =>
  String(e.state.pages.get(pageId)!["_body"])
    .replace(/<br[^>]*>/g, "\n")
    .replace(/<[^>]+>/g, "");
const writes = (log: { method: string }[]) => log.filter((r) => r.method !== "GET");

describe("the phone number on the candidate's OneNote page", () => {
  it("is written the Swedish way on a new Swedish page", async () => {
    const notes = createOneNote(graphFor(emu), { phoneText: formatter });
    const pageId = unwrap(await notes.ensurePage(swedish, asa));
    const text = headerText(emu, pageId);
    expect(text).toContain("Telefon: 070-765 12 34");
    expect(text).not.toContain("+46707651234");
    expect(unwrap(await notes.refreshHeader(pageId, swedish, asa))).toBe("unchanged");
  });

  it("is written internationally on an English page", async () => {
    const notes = createOneNote(graphFor(emu), { phoneText: formatter });
    const pageId = unwrap(await notes.ensurePage(english, asa));
    expect(headerText(emu, pageId)).toContain("Phone: +46 70 765 12 34");
  });

  it("rewrites a page written with the stored number once, and never again", async () => {
    const before = createOneNote(graphFor(emu));
    const pageId = unwrap(await before.ensurePage(swedish, asa));
    expect(headerText(emu, pageId)).toContain("Telefon: +46707651234");

    const notes = createOneNote(graphFor(emu), { phoneText: formatter });
    const first = await counted(emu, () => notes.refreshHeader(pageId, swedish, asa));
    expect(unwrap(first.result)).toBe("updated");
    expect(writes(first.log).map((r) => r.method)).toEqual(["PATCH"]);
    expect(headerText(emu, pageId)).toContain("Telefon: 070-765 12 34");

    const again = await counted(emu, () => notes.refreshHeader(pageId, swedish, asa));
    expect(unwrap(again.result)).toBe("unchanged");
    const cold = await counted(emu, () =>
      createOneNote(graphFor(emu), { phoneText: formatter }).refreshHeader(pageId, swedish, asa),
    );
    expect(unwrap(cold.result)).toBe("unchanged");
    expect(writes([...again.log, ...cold.log])).toEqual([]);
  });

  it("falls back to the stored number when the formatter cannot be loaded, and formats it next time", async () => {
    let calls = 0;
    const flaky: PhoneFormatSource = async () => {
      calls += 1;
      if (calls === 1) throw new Error("ChunkLoadError");
      return formatter();
    };
    const notes = createOneNote(graphFor(emu), { phoneText: flaky });
    const pageId = unwrap(await notes.ensurePage(swedish, asa));
    expect(headerText(emu, pageId)).toContain("Telefon: +46707651234");
    expect(unwrap(await notes.refreshHeader(pageId, swedish, asa))).toBe("updated");
    expect(headerText(emu, pageId)).toContain("Telefon: 070-765 12 34");
  });
});
