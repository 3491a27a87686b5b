// A candidate added by mistake leaves the process document; then their mails lose Svara's link and
// the process category, and the follow-up reconcile — which plans nothing for someone no longer in
// the process — completes their To Do tasks and deletes the calls still ahead in the calendar.
// Every step finds its own work again (the mails by their link), so a re-send repeats nothing.

import { ok, type Process, type Result } from "../../domain";
import type { RemoveCandidate } from "../commands";
import { processCategory, type ExecutionContext } from "./context";
import { documentExecutor } from "./documentCommand";
import { relinkMails } from "./relinkMails";

export const executeRemoveCandidate = documentExecutor<RemoveCandidate>(
  async (command, process: Process, ctx: ExecutionContext): Promise<Result<Record<string, unknown>>> => {
    const unlinked = await relinkMails(command.payload, null, processCategory(process), ctx);
    if (!unlinked.ok) return unlinked;
    return ok({ unlinked: unlinked.value });
  },
);
