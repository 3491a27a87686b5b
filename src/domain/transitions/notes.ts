// A note about a candidate: OneNote keeps it whole, the process document a short summary in the
// log (ARCHITECTURE.md §2), so the document stays small however much the recruiter writes.

import type { Candidate, IsoInstant } from "../model";
import { appError, err, ok, type Result } from "../result";
import { logContact } from "./contacts";

/** What a note may weigh: after escaping, 50 KB of text is what OneNote is promised to carry. */
export const MAX_NOTE_BYTES = 50 * 1024;

/** How much of a note the process document keeps. */
export const NOTE_SUMMARY_CHARS = 280;

export interface NewNote {
  readonly noteId: string;
  readonly at: IsoInstant;
  readonly text: string;
}

export function noteBytes(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** The first characters of a note, whole code points (an emoji is never cut in half). */
export function noteSummary(text: string): string {
  const chars = Array.from(text.trim());
  return chars.length <= NOTE_SUMMARY_CHARS
    ? chars.join("")
    : `${chars.slice(0, NOTE_SUMMARY_CHARS).join("")}…`;
}

/** The candidate with the note's summary in their log; the same candidate when it is there already. */
export function addNote(candidate: Candidate, note: NewNote): Result<Candidate> {
  if (noteBytes(note.text) > MAX_NOTE_BYTES) {
    return err(
      appError(
        "note-too-long",
        "Anteckningen är längre än 50 kB. Dela upp den i flera.",
        "The note is longer than 50 KB. Split it into several.",
        { field: "text", retryable: false },
      ),
    );
  }
  return ok(
    logContact(candidate, {
      id: note.noteId,
      at: note.at,
      direction: "out",
      channel: "other",
      kind: "note",
      summary: noteSummary(note.text),
      messageId: null,
      eventId: null,
    }),
  );
}
