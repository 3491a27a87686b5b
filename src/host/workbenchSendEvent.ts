import { ok } from "../domain/result";
import type { SendEvent } from "./sendEvent";
import { isFromPeer, type WorkbenchSend } from "./workbenchProtocol";

/**
 * The OnMessageSend event as the workbench raises it: the same handler, the same always-let-it-go
 * rule and budget as registerSendHandler, with the mail handed over by postMessage and the stamped
 * headers and custom properties handed back for the workbench to send with the mail.
 */
export function serveWorkbenchSends(
  handle: (event: SendEvent, budgetMs: number) => Promise<unknown>,
  budgetMs: number,
  self: Window = window,
  report: (what: string, cause: unknown) => void = (what, cause) => console.warn(`Svara: ${what}`, cause),
): () => void {
  const onMessage = async (event: MessageEvent) => {
    if (!isFromPeer(event, self.parent, self.location.origin)) return;
    const message = event.data as WorkbenchSend;
    if (message.type !== "svara-wb:send") return;
    const headers: Record<string, string> = {};
    const properties: Record<string, string> = {};
    const sendEvent: SendEvent = {
      readMail: async () => ok({ ...message.mail }),
      setHeader: async (name, value) => {
        headers[name] = value;
        return ok(undefined);
      },
      setCustomProperty: async (name, value) => {
        properties[name] = value;
        return ok(undefined);
      },
      supportsNestedAppAuth: () => false,
    };
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      await Promise.race([
        handle(sendEvent, budgetMs),
        new Promise((resolve) => (timer = setTimeout(resolve, budgetMs))),
      ]);
    } catch (cause) {
      report("the send handler failed; the mail goes anyway", cause);
    } finally {
      clearTimeout(timer);
      const done: WorkbenchSend = {
        type: "svara-wb:send-done",
        requestId: message.requestId,
        headers,
        properties,
      };
      self.parent.postMessage(done, self.location.origin);
    }
  };
  self.addEventListener("message", onMessage);
  return () => self.removeEventListener("message", onMessage);
}
