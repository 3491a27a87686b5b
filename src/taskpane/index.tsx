import { createRoot } from "react-dom/client";
import type { AppError } from "../domain";
import { selectHost } from "../host/selectHost";
import { languageFromTag } from "../i18n/translate";
import { createItemStore } from "../state/itemStore";
import { createNoteDraftsStore } from "../state/noteDraftsStore";
import { SvaraProvider } from "../ui/common/SvaraProvider";
import type { PaneServices } from "../ui/taskpane/paneContext";
import { TaskPane, type Notice, type TaskPaneProps } from "../ui/taskpane/TaskPane";
import { syncConfigFor } from "../app/syncConfig";
import { connectFailed } from "../app/appErrors";

async function main() {
  const host = await selectHost(window.location);
  const items = createItemStore();
  const drafts = createNoteDraftsStore();
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

  // Microsoft 365 (MSAL, the Graph client, the outbox) loads after first paint, in its own chunk.
  const connect = async () => {
    try {
      await connectOnce();
    } catch (cause) {
      update({ connectError: connectFailed(cause) });
    }
  };
  const connectOnce = async () => {
    update({ connectError: null });
    const [{ startSync }, { paneOverview }] = await Promise.all([
      import(/* webpackChunkName: "sync" */ "../app/startSync"),
      import(/* webpackChunkName: "sync" */ "./paneOverview"),
    ]);
    const started = await startSync(host, syncConfigFor(host, window.location));
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
      processes: sync.processes,
      linkedMails: async (ref) => {
        const mails = await started.value.linkedMails(ref, 20);
        return mails.ok
          ? { ok: true as const, value: [...mails.value].sort((a, b) => Date.parse(b.at) - Date.parse(a.at)) }
          : mails;
      },
      notify: (message: { kind: "saved" } | { kind: "error"; error: AppError }) =>
        notify(message.kind === "saved" ? { kind: "saved", offline: !navigator.onLine } : message),
    };
    update({ connected: { sync, services, overview: paneOverview(host, sync, services) } });
  };

  host.onItemChanged((item) => {
    items.getState().showItem(item);
    if (props.notice) update({ notice: null });
  });
  render();
  await load();
  await connect();
}

void main();
