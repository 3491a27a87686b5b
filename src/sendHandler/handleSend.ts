// What happens when the recruiter presses Send, in order: read the mail, and — if a candidate is
// among the recipients — stamp it with a fresh send id, then log it under that id (logSentMail).
// Every failure ends the same way: the mail goes (registerSendHandler completes the event) and the
// delta of Sent Items logs it later.

import type { Result } from "../domain";
import type { SendEvent } from "../host/sendEvent";
import type { LoggedMail } from "./logSentMail";
import type { SendLog } from "./sendLog";
import { stampSend } from "./stampSend";

export interface SendFlowDeps {
  readonly newSendId: () => string;
  readonly log: SendLog;
  /** Epoch ms. */
  readonly now: () => number;
  readonly report: (what: string, cause: unknown) => void;
}

/** Kept back from the budget for completing the event itself. */
const COMPLETE_MARGIN_MS = 300;

export function sendFlow(deps: SendFlowDeps) {
  return async (event: SendEvent, budgetMs: number): Promise<Result<LoggedMail> | null> => {
    const started = deps.now();
    const mail = await event.readMail();
    if (!mail.ok) {
      deps.report("could not read the mail being sent", mail.error);
      return null;
    }
    if (mail.value.recipients.length === 0) return null;
    const sendId = deps.newSendId();
    const left = budgetMs - (deps.now() - started) - COMPLETE_MARGIN_MS;
    if (left <= 0) return null;
    const logged = await deps.log({ ...mail.value, sendId }, left, {
      supportsNaa: event.supportsNestedAppAuth(),
      stamp: (id) => stampSend(event, id),
    });
    if (!logged.ok) deps.report("could not log the mail; Sent Items detection will", logged.error);
    else if (logged.value.notSaved.length > 0)
      deps.report("some candidates not logged", logged.value.notSaved);
    return logged;
  };
}
