import { createRoot } from "react-dom/client";
import { selectHost } from "../host/selectHost";
import { languageFromTag } from "../i18n/translate";
import { createItemStore } from "../state/itemStore";
import type { NoteDraftsStoreApi } from "../state/noteDraftsStore";
import { SvaraProvider } from "../ui/common/SvaraProvider";
import type { PaneServices } from "../ui/taskpane/paneContext";
import { TaskPane, type Notice, type TaskPaneProps } from "../ui/taskpane/TaskPane";
import { syncConfigFor } from "../app/syncConfig";
import { connectFailed } from "../app/appErrors";
import { cardPainted, deviceCopyChunk, hasDeviceCopy, readDeviceCopy, rememberDeviceCopy } from "./warmStart";

// Microsoft 365's half (MSAL, the Graph client, the outbox) is its own chunk. The note drafts come
// with it: only a candidate's card writes notes, and their store brings zustand's persist middleware.
const syncChunks = () =>
  Promise.all([
    import(/* webpackChunkName: "sync" */ "../app/startSync"),
    import(/* webpackChunkName: "sync" */ "./paneOverview"),
    import(/* webpackChunkName: "sync" */ "../state/noteDraftsStore"),
    import(/* webpackChunkName: "sync" */ "./paneErase"),
  ]);

async function main() {
  // A first start fetches the sync chunk at once, so it downloads while the host starts; a start
  // with a copy reads the copy instead (while the host starts) and fetches the sync chunk after.
  const warm = hasDeviceCopy();
  const copy = warm ? readDeviceCopy() : Promise.resolve(null);
  let preloaded: ReturnType<typeof syncChunks> | null = warm ? null : syncChunks();
  // Awaited in connectOnce, where a failure is shown with a retry; never an unhandled rejection.
  preloaded?.catch(() => undefined);
  const host = await selectHost(window.location);
  const items = createItemStore();
  // Made once, on the first connection: a retry keeps the drafts (and their one storage listener).
  let drafts: NoteDraftsStoreApi | undefined;
  const root = createRoot(document.getElementById("root")!);
  let props: Omit<TaskPaneProps, "items" | "onRetry" | "onReconnect"> = {
    connected: null,
    connectError: null,
    notice: null,
  };
  let noticeTimer: ReturnType<typeof setTimeout> | undefined;

  const load = async () => {
    items.getState().loading();
    const result = await host.currentItem();
    if (result.ok) items.getState().showItem(result.value);
    else items.getState().showError(result.error);
  };
  const render = () =>
    root.render(
      <SvaraProvider theme={host.theme()} language={languageFromTag(host.displayLanguage())}>
        <TaskPane {...props} items={items} onRetry={load} onReconnect={() => void connect()} />
      </SvaraProvider>,
    );
  const update = (next: Partial<typeof props>) => {
    props = { ...props, ...next };
    render();
  };
  const notify = (notice: Notice) => {
    clearTimeout(noticeTimer);
    update({ notice });
    if (notice?.kind === "saved") noticeTimer = setTimeout(() => update({ notice: null }), 4000);
  };

  const connect = async () => {
    try {
      await connectOnce();
    } catch (cause) {
      update({ connectError: connectFailed(cause) });
    }
  };
  const connectOnce = async () => {
    update({ connectError: null });
    const chunks = preloaded ?? syncChunks(); // a retry fetches again
    preloaded = null;
    const [{ startSync }, { paneOverview }, { createNoteDraftsStore }, { paneErase }] = await chunks;
    drafts ??= createNoteDraftsStore();
    // The copy read for the card is the connection's starting point too: not read and parsed twice.
    const started = await startSync(host, syncConfigFor(host, window.location), { held: copy });
    if (!started.ok) {
      update({ connectError: started.error });
      return;
    }
    const sync = started.value;
    const services: PaneServices = {
      host,
      drafts,
      timeZone: started.value.settings.getState().settings.timeZone,
      actions: () => sync.processes.getState(),
      templates: sync.templates,
      processes: sync.processes,
      linkedMails: async (ref) => {
        const mails = await started.value.linkedMails(ref, 20);
        return mails.ok
          ? { ok: true as const, value: [...mails.value].sort((a, b) => Date.parse(b.at) - Date.parse(a.at)) }
          : mails;
      },
      erase: paneErase(host, sync, drafts),
      exportCandidate: (ref, language) => sync.exportCandidate(ref, language),
      notify: (message) =>
        notify(message.kind === "saved" ? { ...message, offline: !navigator.onLine } : message),
    };
    update({ connected: { sync, services, overview: paneOverview(host, sync, services, items) } });
    rememberDeviceCopy();
  };

  host.onItemChanged((item) => {
    items.getState().showItem(item);
    if (props.notice) update({ notice: null });
  });
  render();
  const loaded = load();
  const stored = await copy;
  if (stored) {
    // The card from this device's copy first (the item is needed for it), then the connection,
    // which replaces it with what Microsoft 365 has.
    const { settingsNow } = await deviceCopyChunk();
    await loaded;
    update({
      deviceCopy: {
        processes: stored.map((s) => s.process),
        settings: settingsNow(host.roamingSettings, host.displayLanguage()),
        me: host.userEmail(),
      },
    });
    await cardPainted();
  }
  // On a first start the item and the connection do not wait for each other: the pane shows the
  // item, then its card.
  await Promise.all([loaded, connect()]);
}

void main();
