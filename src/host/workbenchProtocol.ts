import type { AppError } from "../domain/result";
import type { HostItem, ThemeKind } from "./host";

/**
 * The messages between the workbench page (standing in for Outlook) and the task pane in its
 * iframe. Outlook hosts the pane in a webview and talks to it through Office.js; the workbench
 * does the same job with postMessage, so the pane cannot tell the difference above host/.
 */
export type WorkbenchToPane =
  | { readonly type: "svara-wb:item"; readonly item: HostItem | null }
  | { readonly type: "svara-wb:theme"; readonly theme: ThemeKind }
  | { readonly type: "svara-wb:result"; readonly requestId: string; readonly error: AppError | null };

export type PaneToWorkbench =
  | { readonly type: "svara-wb:ready" }
  | { readonly type: "svara-wb:insert-html"; readonly requestId: string; readonly html: string }
  | { readonly type: "svara-wb:reply"; readonly requestId: string; readonly html: string }
  | { readonly type: "svara-wb:open-message"; readonly requestId: string; readonly messageId: string };

/**
 * The workbench's stand-in for Outlook's event runtime: on Send it asks the hidden commands page
 * to run the OnMessageSend handler, and sends the mail with the headers the handler stamped.
 */
export type WorkbenchSend =
  | {
      readonly type: "svara-wb:send";
      readonly requestId: string;
      readonly mail: {
        readonly recipients: readonly string[];
        readonly subject: string;
        readonly at: string;
      };
    }
  | {
      readonly type: "svara-wb:send-done";
      readonly requestId: string;
      readonly headers: Record<string, string>;
      /** The add-in's custom properties the handler saved on the item (Office.CustomProperties). */
      readonly properties?: Record<string, string>;
    };

const isWorkbenchMessage = (data: unknown): data is { type: string } =>
  typeof data === "object" &&
  data !== null &&
  typeof (data as { type?: unknown }).type === "string" &&
  (data as { type: string }).type.startsWith("svara-wb:");

/**
 * A workbench message from the one window we talk to, served from our own origin. The source alone
 * is not enough: a frame or a parent can be navigated elsewhere and still be that window, and any
 * page could then talk to the pane; the origin alone is not enough either (another same-origin
 * window, e.g. a second pane). Both, then the message's shape.
 */
export function isFromPeer(
  event: { readonly source: unknown; readonly origin: string; readonly data: unknown },
  peer: unknown,
  origin: string,
): boolean {
  return peer != null && event.source === peer && event.origin === origin && isWorkbenchMessage(event.data);
}
