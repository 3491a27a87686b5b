import fc from "fast-check";
import {
  MAX_NOTE_BYTES,
  NOTE_SUMMARY_CHARS,
  addNote,
  noteBytes,
  noteSummary,
  type Candidate,
  type Result,
} from "../../../../src/domain";
import { candidate } from "../fixtures";
import { noteArb } from "./arbitraries";

const NOW = "2026-11-25T10:00:00.000Z";
const asa = candidate();

function value(r: Result<Candidate>): Candidate {
  if (!r.ok) throw new Error(r.error.code);
  return r.value;
}

describe("notes about a candidate", () => {
  it("keeps a note of any characters, up to 50 KB, and a short summary in the document", () => {
    const text = 'Åsa 🌸 <b>&amp;</b> \u0000 "citat" '.repeat(200);
    const noted = value(addNote(asa, { noteId: "n-1", at: NOW, text }));
    const note = noted.contacts.find((c) => c.id === "n-1")!;
    expect(note.kind).toBe("note");
    expect(Array.from(note.summary).length).toBe(NOTE_SUMMARY_CHARS + 1);
    const tooLong = addNote(asa, { noteId: "n-2", at: NOW, text: "x".repeat(MAX_NOTE_BYTES + 1) });
    expect(!tooLong.ok && tooLong.error.code).toBe("note-too-long");
    expect(addNote(asa, { noteId: "n-3", at: NOW, text: "x".repeat(MAX_NOTE_BYTES) }).ok).toBe(true);
  });

  it("counts a note's weight in bytes and never cuts an emoji in half", () => {
    expect(noteBytes("å🌸")).toBe(6);
    expect(noteSummary("  kort  ")).toBe("kort");
    expect(noteSummary("🌸".repeat(NOTE_SUMMARY_CHARS + 5))).toBe(`${"🌸".repeat(NOTE_SUMMARY_CHARS)}…`);
  });

  it("adding the same note twice gives what adding it once gave", () => {
    fc.assert(
      fc.property(noteArb, (note) => {
        const once = value(addNote(asa, note));
        expect(value(addNote(once, note))).toBe(once);
      }),
    );
  });
});
