// A call, a mail or a meeting: in the process document (it moves the clock) and in the OneNote log.

import { ok } from "../../domain";
import type { LogContact } from "../commands";
import { documentExecutor } from "./documentCommand";
import { appendToLog } from "./oneNoteLog";

export const executeLogContact = documentExecutor<LogContact>(async (command, process, ctx) => {
  const logged = await appendToLog(process, command.payload.candidateId, command.payload.contact, ctx);
  return logged.ok ? ok({ oneNote: logged.value }) : logged;
});
