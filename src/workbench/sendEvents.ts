import { isFromPeer, type WorkbenchSend } from "../host/workbenchProtocol";

/** Outlook waits for the handler at most this long before the mail goes (PromptUser lets it go). */
const OUTLOOK_PATIENCE_MS = 6000;

let next = 0;

/** What the handler stamped: internet headers, and the add-in's custom properties on the item. */
export interface Stamps {
  readonly headers: Record<string, string>;
  readonly properties: Record<string, string>;
}

/**
 * Outlook's half of OnMessageSend: hand the mail to the event runtime (the hidden commands page),
 * wait for `completed`, and send with whatever headers and custom properties the handler stamped. Never blocks the mail.
 */
export function raiseOnMessageSend(
  runtime: () => HTMLIFrameElement | null,
  mail: { recipients: readonly string[]; subject: string; at: string },
): Promise<Stamps> {
  const target = runtime()?.contentWindow;
  if (!target) return Promise.resolve({ headers: {}, properties: {} });
  const requestId = `send-${++next}`;
  return new Promise((resolve) => {
    const finish = (stamps: Stamps) => {
      clearTimeout(timer);
      window.removeEventListener("message", onMessage);
      resolve(stamps);
    };
    const onMessage = (event: MessageEvent) => {
      if (!isFromPeer(event, target, window.location.origin)) return;
      const message = event.data as WorkbenchSend;
      if (message.type === "svara-wb:send-done" && message.requestId === requestId)
        finish({ headers: message.headers, properties: message.properties ?? {} });
    };
    const timer = setTimeout(() => finish({ headers: {}, properties: {} }), OUTLOOK_PATIENCE_MS);
    window.addEventListener("message", onMessage);
    const send: WorkbenchSend = { type: "svara-wb:send", requestId, mail };
    target.postMessage(send, window.location.origin);
  });
}
