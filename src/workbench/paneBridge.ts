import type { HostItem, ThemeKind } from "../host/host";
import { isFromPeer, type PaneToWorkbench, type WorkbenchToPane } from "../host/workbenchProtocol";

export interface PaneRequests {
  /** The pane asked to open a reply with this HTML (Outlook's displayReplyForm). */
  onReply(html: string): void;
  /** The pane asked to insert HTML at the cursor of the mail being written. */
  onInsert(html: string): boolean;
  /** The pane asked to open a mail (Outlook's displayMessageForm); false when it cannot be found. */
  onOpenMessage(messageId: string): Promise<boolean>;
}

/**
 * The workbench's side of the pane conversation: Outlook's job of telling the pane what is
 * selected and carrying out what the pane asks of the mail.
 */
export function connectPane(frame: () => HTMLIFrameElement | null, requests: PaneRequests) {
  let current: HostItem | null = null;
  const send = (message: WorkbenchToPane) =>
    frame()?.contentWindow?.postMessage(message, window.location.origin);
  const onMessage = (event: MessageEvent) => {
    if (!isFromPeer(event, frame()?.contentWindow, window.location.origin)) return;
    const message = event.data as PaneToWorkbench;
    if (message.type === "svara-wb:ready") send({ type: "svara-wb:item", item: current });
    if (message.type === "svara-wb:reply") {
      requests.onReply(message.html);
      send({ type: "svara-wb:result", requestId: message.requestId, error: null });
    }
    if (message.type === "svara-wb:open-message") {
      void requests.onOpenMessage(message.messageId).then((opened) =>
        send({
          type: "svara-wb:result",
          requestId: message.requestId,
          error: opened
            ? null
            : {
                code: "host-cannot-open-message",
                message: {
                  sv: "Outlook kan inte öppna meddelandet här. Sök efter det i inkorgen.",
                  en: "Outlook cannot open the message here. Look for it in your inbox.",
                },
              },
        }),
      );
    }
    if (message.type === "svara-wb:insert-html") {
      const inserted = requests.onInsert(message.html);
      send({
        type: "svara-wb:result",
        requestId: message.requestId,
        error: inserted
          ? null
          : {
              code: "host-not-compose",
              message: {
                sv: "Det går bara att infoga text i ett mail du skriver.",
                en: "Text can only be inserted into a mail you are writing.",
              },
            },
      });
    }
  };
  window.addEventListener("message", onMessage);
  return {
    select(item: HostItem | null) {
      current = item;
      send({ type: "svara-wb:item", item });
    },
    theme: (theme: ThemeKind) => send({ type: "svara-wb:theme", theme }),
    dispose: () => window.removeEventListener("message", onMessage),
  };
}
