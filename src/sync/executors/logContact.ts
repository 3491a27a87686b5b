// A call, a mail or a meeting: in the process document (it moves the clock) and in the OneNote log.

import { loggedAs, ok } from "../../domain";
import type { LogContact } from "../commands";
import { documentExecutor } from "./documentCommand";
import { appendToLog } from "./oneNoteLog";

export const executeLogContact = documentExecutor<LogContact>(
  async (command, process, ctx) => {
    const { candidateId, contact } = command.payload;
    // One mail logged by two paths under two ids is one contact in the document (domain/transitions/contacts.ts):
    // its OneNote entry goes under the id the document kept, so a second path finds it already there.
    const candidate = process.candidates.find((c) => c.id === candidateId);
    const entry = (candidate && loggedAs(candidate, contact)) ?? contact;
    const logged = await appendToLog(command, process, candidateId, entry, ctx);
    return logged.ok ? ok({ oneNote: logged.value }) : logged;
  },
  { oneNotePage: true },
);
