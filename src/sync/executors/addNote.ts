// A note: the document keeps its first lines (it is read whole on every open), OneNote the whole
// text, under the note's id.

import { ok } from "../../domain";
import type { AddNote } from "../commands";
import { documentExecutor } from "./documentCommand";
import { appendToLog } from "./oneNoteLog";

export const executeAddNote = documentExecutor<AddNote>(
  async (command, process, ctx) => {
    const { candidateId, noteId, at, text } = command.payload;
    const whole = {
      id: noteId,
      at,
      direction: "out",
      channel: "other",
      kind: "note",
      summary: text,
      messageId: null,
      eventId: null,
    } as const;
    const logged = await appendToLog(command, process, candidateId, whole, ctx);
    return logged.ok ? ok({ oneNote: logged.value }) : logged;
  },
  { oneNotePage: true },
);
