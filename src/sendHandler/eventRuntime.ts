// The event runtime's entry (manifest: LaunchEvent OnMessageSend → onMessageSendHandler). Loaded
// as one file by classic Outlook on Windows (no imports at run time, no DOM) and through
// commands.html elsewhere. It registers the handler at load: in the JavaScript-only runtime
// Office.onReady never runs.

import { registerSendHandler } from "../host/sendEvent";
import { serveWorkbenchSends } from "../host/workbenchSendEvent";
import { sendFlow } from "./handleSend";
import { createSendLog } from "./sendLog";
import { newSendId } from "./sendId";
import { realSendLogWiring } from "./sendWiring";
import { workbenchSendLogWiring } from "./workbenchSendWiring";

/** The FunctionName in manifest.xml; a test holds the two together. */
export const ON_MESSAGE_SEND = "onMessageSendHandler";

/** Outlook shows "taking longer than expected" after 5 s; the mail goes before that. */
export const SEND_BUDGET_MS = 4000;

/** webpack.config.js: true in workbench builds only; production has no workbench switch. */
declare const SVARA_WORKBENCH: boolean;

const report = (what: string, cause: unknown) => console.warn(`Svara: ${what}`, cause);

// The workbench loads this page as `commands.html?host=workbench&graph=…` and raises the event itself.
// (The JavaScript-only runtime has no location at all, hence the optional chaining.)
const workbench = new URLSearchParams(
  (globalThis as { location?: { search?: string } }).location?.search ?? "",
);

if (SVARA_WORKBENCH && workbench.get("host") === "workbench") {
  const graph = workbench.get("graph") ?? "http://127.0.0.1:4100/v1.0";
  serveWorkbenchSends(
    (event, budgetMs) =>
      sendFlow({
        newSendId: () => newSendId(),
        log: createSendLog(workbenchSendLogWiring(graph, budgetMs)),
        now: () => Date.now(),
        report,
      })(event, budgetMs),
    SEND_BUDGET_MS,
  );
} else {
  registerSendHandler(
    ON_MESSAGE_SEND,
    (event, budgetMs) =>
      sendFlow({
        newSendId: () => newSendId(),
        log: createSendLog(realSendLogWiring(budgetMs)),
        now: () => Date.now(),
        report,
      })(event, budgetMs),
    { budgetMs: SEND_BUDGET_MS, report },
  );
}
