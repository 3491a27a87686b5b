// The overview inside the pane (issue 10): its store, where the pane is, and the two things only the
// pane can do for it — show a candidate's card, open their latest mail in Outlook. Loaded with the
// sync chunk, after first paint.
import { err, type Result, type CandidateRef } from "../domain";
import { noLinkedMail } from "../app/appErrors";
import type { Host } from "../host/host";
import type { ItemStoreApi } from "../state/itemStore";
import { createOverviewStore } from "../state/overviewStore";
import { candidatesByEmail } from "../state/processesStore";
import { createPaneNavigationStore } from "../state/paneNavigationStore";
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

/** The candidate whose mail is open in Outlook, if any: the template preview is for them. */
function candidateOfItem(items: ItemStoreApi | undefined, sync: PaneSync): CandidateRef | null {
  const state = items?.getState().state;
  const from = state?.status === "ready" ? state.item?.from : null;
  const match = from ? candidatesByEmail(sync.processes.getState(), from.email)[0] : undefined;
  return match ? { processId: match.process.id, candidateId: match.candidate.id } : null;
}

export function paneOverview(
  host: Host,
  sync: PaneSync,
  pane: PaneServices,
  items?: ItemStoreApi,
): PaneOverview {
  const overview = createOverviewStore();
  const navigation = createPaneNavigationStore();
  // A candidate moved from their card: the card follows them instead of saying they are gone.
  sync.processes.subscribe((s, before) => {
    if (s.moved && s.moved !== before.moved) navigation.getState().followMove(s.moved);
  });
  return {
    navigation,
    services: {
      layout: "pane",
      processes: sync.processes,
      settings: sync.settings,
      outbox: sync.outbox,
      overview,
      ...(sync.templates ? { templates: sync.templates } : {}),
      ...(sync.feedback ? { feedback: sync.feedback } : {}),
      ...(sync.firm ? { firm: sync.firm } : {}),
      previewCandidate: () => candidateOfItem(items, sync),
      openCandidate: (ref, hint) => navigation.getState().showCandidate(ref, hint?.show),
      openLatestMail: (ref) => openLatestMail(host, pane, ref),
      notify: pane.notify,
    },
  };
}
