import { createRoot } from "react-dom/client";
import { err, type Result } from "../domain/result";
import { connectFailed, noLinkedMail } from "../app/appErrors";
import { startDashboardHost } from "../host/dashboardHost";
import { createDashboardPageHost, type DashboardPageHost } from "../host/dashboardPageHost";
import { languageFromTag } from "../i18n/translate";
import { createOverviewStore } from "../state/overviewStore";
import { ErrorBar } from "../ui/common/ErrorBar";
import { SvaraProvider } from "../ui/common/SvaraProvider";
import { DashboardPage, type DashboardPageProps } from "../ui/dashboard/DashboardPage";
import { syncConfigFor } from "../app/syncConfig";
import type { RunningSync } from "../app/startSync";
import type { CandidateRef } from "../domain";

/** A new tab, cut off from this page (it may be Outlook on the web or any link a mail carries). */
function openWindow(url: string): boolean {
  const opened = window.open(url, "_blank");
  if (opened) opened.opener = null;
  return opened !== null;
}

/** The candidate's newest linked mail, opened where the recruiter reads mail. */
async function openLatestMail(
  host: DashboardPageHost,
  sync: RunningSync,
  ref: CandidateRef,
): Promise<Result<void>> {
  const mails = await sync.linkedMails(ref, 20);
  if (!mails.ok) return mails;
  const latest = [...mails.value].sort((a, b) => Date.parse(b.at) - Date.parse(a.at))[0];
  if (!latest) return err(noLinkedMail());
  // Graph's own web link is the surest way into Outlook on the web; the workbench opens its own.
  return latest.webLink && host.name !== "workbench"
    ? host.openLink(latest.webLink)
    : host.displayMessage(latest.id);
}

async function main() {
  const root = createRoot(document.getElementById("root")!);
  const started = await startDashboardHost(window);
  if (!started.ok) {
    // Teams did not answer: say so in the browser's language, with a reload.
    root.render(
      <SvaraProvider theme="light" language={languageFromTag(navigator.language)}>
        <ErrorBar error={started.error} onRetry={() => window.location.reload()} />
      </SvaraProvider>,
    );
    return;
  }
  const host = createDashboardPageHost(started.value, {
    location: window.location,
    storage: window.localStorage,
    openWindow,
  });
  const language = languageFromTag(host.displayLanguage());
  let props: DashboardPageProps = {
    userEmail: host.userEmail(),
    connected: null,
    connectError: null,
    onReconnect: () => void connect(),
  };
  const render = () =>
    root.render(
      <SvaraProvider theme={host.theme()} language={language}>
        <DashboardPage {...props} />
      </SvaraProvider>,
    );
  const update = (next: Partial<DashboardPageProps>) => {
    props = { ...props, ...next };
    render();
  };
  host.onThemeChange(render);
  document.documentElement.lang = language;

  // As in the pane: MSAL, the Graph client and the outbox load after first paint, in their own chunk.
  const connect = async () => {
    update({ connectError: null });
    try {
      const { startSync } = await import(/* webpackChunkName: "sync" */ "../app/startSync");
      const running = await startSync(host, syncConfigFor(host, window.location));
      if (!running.ok) return update({ connectError: running.error });
      const sync = running.value;
      update({
        connected: {
          processes: sync.processes,
          settings: sync.settings,
          outbox: sync.outbox,
          templates: sync.templates,
          feedback: sync.feedback,
          firm: sync.firm,
          overview: createOverviewStore(),
          openLatestMail: (ref) => openLatestMail(host, sync, ref),
        },
      });
      // Mail sent or received since the last look moves the clocks the overview shows.
      void sync.detectContacts("opened");
    } catch (cause) {
      // A chunk that failed to load or a throw inside MSAL must still end in a message with a retry.
      update({
        connectError: connectFailed(cause),
      });
    }
  };

  render();
  await connect();
}

void main();
