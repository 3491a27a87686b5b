import { useMemo } from "react";
import type { Process, Settings } from "../../domain";
import type { HostItem } from "../../host/host";
import { paneView } from "../../state/paneView";
import { CandidateCard } from "./CandidateCard";
import { ItemSummary } from "./ItemSummary";

/** This device's copy of the processes, shown while Microsoft 365 is being reached. */
export interface DeviceCopy {
  readonly processes: readonly Process[];
  readonly settings: Settings;
  readonly me: string | null;
}

/**
 * Before the connection: the open mail's candidate from this device's copy, a card only (what she
 * can do for them comes with the connection, so nothing typed waits on a queue that is not there
 * yet); anything else is the item's summary, as on a first start.
 */
export function DeviceCopyCard({ item, copy }: { item: HostItem; copy: DeviceCopy }) {
  const now = useMemo(() => new Date().toISOString(), []);
  const view = paneView({ item, processes: copy.processes, settings: copy.settings, now, me: copy.me });
  if (view.kind !== "candidate") return <ItemSummary item={item} />;
  return <CandidateCard view={view.view} timeZone={copy.settings.timeZone} />;
}
