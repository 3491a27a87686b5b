import { isFromPeer, type WorkbenchSend } from "../host/workbenchProtocol";

/** Outlook waits for the handler at most this long before the mail goes (PromptUser lets it go). */
const OUTLOOK_PATIENCE_MS = 6000;

let next = 0;

/**
 * Outlook's half of OnMessageSend: hand the mail to the event runtime (the hidden commands page),
 * wait for `completed`, and send with whatever headers the handler stamped. Never blocks the mail.
 */
export function raiseOnMessageSend(
  runtime: () => HTMLIFrameElement | null,
  mail: { recipients: readonly string[]; subject: string; at: string },
): Promise<Record<string, string>> {
  const target = runtime()?.contentWindow;
  if (!target) return Promise.resolve({});
  const requestId = `send-${++next}`;
  return new Promise((resolve) => {
    const finish = (headers: Record<string, string>) => {
      clearTimeout(timer);
      window.removeEventListener("message", onMessage);
      resolve(headers);
    };
    const onMessage = (event: MessageEvent) => {
      if (!isFromPeer(event, target, window.location.origin)) return;
      const message = event.data as WorkbenchSend;
      if (message.type === "svara-wb:send-done" && message.requestId === requestId) finish(message.headers);
    };
    const timer = setTimeout(() => finish({}), OUTLOOK_PATIENCE_MS);
    window.addEventListener("message", onMessage);
    const send: WorkbenchSend = { type: "svara-wb:send", requestId, mail };
    target.postMessage(send, window.location.origin);
  });
}
