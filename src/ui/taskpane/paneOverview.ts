import type { PaneNavigationStoreApi } from "../../state/paneNavigationStore";
import type { OverviewServices } from "../overview/overviewServices";

/** The overview inside the pane: its services (layout "pane") and where the pane is. */
export interface PaneOverview {
  readonly services: OverviewServices;
  readonly navigation: PaneNavigationStoreApi;
}
