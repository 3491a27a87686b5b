import { createContext, useContext, useEffect, useMemo, useState } from "react";
import type { CandidateRef, AppError, IsoInstant, Result, TemplateKind } from "../../domain";
import type { FeedbackStoreApi } from "../../state/feedbackStore";
import type { FirmSettingsStoreApi } from "../../state/firmSettingsStore";
import type { OutboxStatusStoreApi } from "../../state/outboxStatusStore";
import type { OverviewStoreApi } from "../../state/overviewStore";
import type { ProcessesStoreApi } from "../../state/processesStore";
import type { SettingsStoreApi } from "../../state/settingsStore";
import type { TemplatesStoreApi } from "../../state/templatesStore";

/** What a follow-up's one click asks the candidate's view to open with; every field optional. */
export interface CandidateHint {
  readonly template?: TemplateKind | null;
  readonly show?: "call" | "details";
}

/**
 * What every overview view needs, in the pane (320 px) and on the dashboard (full width) alike:
 * the stores it reads and the few things only the page around it can do.
 */
export interface OverviewServices {
  readonly layout: "pane" | "dashboard";
  readonly processes: ProcessesStoreApi;
  readonly settings: SettingsStoreApi;
  readonly outbox: OutboxStatusStoreApi;
  readonly overview: OverviewStoreApi;
  /** Her own templates (the Templates tab, and the pickers beside the built-ins). */
  readonly templates?: TemplatesStoreApi;
  /** What candidates said in the survey, and the replies she scores by hand (the report). */
  readonly feedback?: FeedbackStoreApi;
  /** The firm's retention rule, edited on the Gallring tab. */
  readonly firm?: FirmSettingsStoreApi;
  /** The candidate the page has open now (the pane's mail), for the template preview; none: a sample. */
  previewCandidate?(): CandidateRef | null;
  /** Show one candidate: the pane's card, the dashboard's side panel. The hint, when the page can
   * honour it, says what to show first (a follow-up's template, the call to log, the details). */
  openCandidate(ref: CandidateRef, hint?: CandidateHint): void;
  /** The candidate's latest mail, opened in Outlook (or its web link); an error says why not. */
  openLatestMail(ref: CandidateRef): Promise<Result<void>>;
  /** A saved / error message where the page shows them. */
  notify(message: { kind: "saved" } | { kind: "error"; error: AppError }): void;
}

export const OverviewContext = createContext<OverviewServices | null>(null);

export function useOverview(): OverviewServices {
  const services = useContext(OverviewContext);
  if (!services) throw new Error("useOverview outside an OverviewContext");
  return services;
}

/**
 * "Now" for the overview's clocks: read again when `data` changes (a call logged a second ago must
 * already count) and once a minute, so days left move on while the page stays open.
 */
export function useNow(data: unknown): IsoInstant {
  const [tick, setTick] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => setTick((t) => t + 1), 60_000);
    return () => clearInterval(timer);
  }, []);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- tick and data are when to read the clock
  return useMemo(() => new Date().toISOString(), [data, tick]);
}
