// The overview inside the pane (issue 10): its store, where the pane is, and the two things only the
// pane can do for it — show a candidate's card, open their latest mail in Outlook. Loaded with the
// sync chunk, after first paint.
import { err, type Result } from "../domain";
import { noLinkedMail } from "../app/appErrors";
import type { Host } from "../host/host";
import { createOverviewStore } from "../state/overviewStore";
import { createPaneNavigationStore, type CandidateRef } from "../state/paneNavigationStore";
import type { PaneServices } from "../ui/taskpane/paneContext";
import type { PaneOverview } from "../ui/taskpane/paneOverview";
import type { PaneSync } from "../ui/taskpane/paneSync";

/** The newest mail linked to the candidate, opened by the host; an error says why not. */
async function openLatestMail(host: Host, pane: PaneServices, ref: CandidateRef): Promise<Result<void>> {
  const mails = await pane.linkedMails(ref);
  if (!mails.ok) return mails;
  const newest = mails.value[0];
  return newest ? host.displayMessage(newest.id) : err(noLinkedMail());
}

export function paneOverview(host: Host, sync: PaneSync, pane: PaneServices): PaneOverview {
  const overview = createOverviewStore();
  const navigation = createPaneNavigationStore();
  return {
    navigation,
    services: {
      layout: "pane",
      processes: sync.processes,
      settings: sync.settings,
      outbox: sync.outbox,
      overview,
      openCandidate: (ref, hint) => navigation.getState().showCandidate(ref, hint?.show),
      openLatestMail: (ref) => openLatestMail(host, pane, ref),
      notify: pane.notify,
    },
  };
}
