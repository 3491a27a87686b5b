import { err, ok, type Result } from "../domain/result";
import type { Host, HostItem, ThemeKind } from "./host";
import { localRoamingSettings } from "./localRoamingSettings";
import { isFromPeer, type PaneToWorkbench, type WorkbenchToPane } from "./workbenchProtocol";

export interface WorkbenchHostOptions {
  readonly language: string;
  readonly theme: ThemeKind;
  /** The mailbox owner the workbench plays (the emulator's /me). */
  readonly userEmail?: string | null;
  /** The window to talk to (the workbench page) and the one we live in; injectable for tests. */
  readonly parent?: Window;
  readonly self?: Window;
  readonly storage?: Storage;
}

/** The host when the task pane runs inside the workbench page (npm start, e2e tests). */
export function createWorkbenchHost(options: WorkbenchHostOptions): Host {
  const self = options.self ?? window;
  const parent = options.parent ?? window.parent;
  let current: HostItem | null = null;
  let theme = options.theme;
  let received = false;
  const listeners = new Set<(item: HostItem | null) => void>();
  const waiting: Array<() => void> = [];
  const pending = new Map<string, (result: Result<void>) => void>();
  let nextId = 0;

  self.addEventListener("message", (event: MessageEvent) => {
    if (!isFromPeer(event, parent, self.location.origin)) return;
    const message = event.data as WorkbenchToPane;
    if (message.type === "svara-wb:item") {
      current = message.item;
      received = true;
      waiting.splice(0).forEach((resolve) => resolve());
      listeners.forEach((listener) => listener(current));
    } else if (message.type === "svara-wb:theme") {
      theme = message.theme;
    } else if (message.type === "svara-wb:result") {
      pending.get(message.requestId)?.(message.error ? err(message.error) : ok(undefined));
      pending.delete(message.requestId);
    }
  });

  const post = (message: PaneToWorkbench) => parent.postMessage(message, self.location.origin);
  const ask = (message: (requestId: string) => PaneToWorkbench) =>
    new Promise<Result<void>>((resolve) => {
      const requestId = `r${++nextId}`;
      pending.set(requestId, resolve);
      post(message(requestId));
    });

  post({ type: "svara-wb:ready" });

  return {
    name: "workbench",
    async currentItem() {
      if (!received) await new Promise<void>((resolve) => waiting.push(resolve));
      return ok(current);
    },
    onItemChanged(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    insertHtmlAtCursor: (html) => ask((requestId) => ({ type: "svara-wb:insert-html", requestId, html })),
    displayReplyForm: (html) => ask((requestId) => ({ type: "svara-wb:reply", requestId, html })),
    displayMessage: (messageId) =>
      ask((requestId) => ({ type: "svara-wb:open-message", requestId, messageId })),
    theme: () => theme,
    displayLanguage: () => options.language,
    userEmail: () => options.userEmail?.toLowerCase() ?? null,
    roamingSettings: localRoamingSettings(options.storage ?? self.localStorage),
    supportsNestedAppAuth: () => false,
  };
}
