import { createStore } from "zustand/vanilla";
import {
  filterRows,
  nearDeadline,
  openProcesses,
  overviewRows,
  pipeline,
  type IsoInstant,
  type OverviewFilter,
  type OverviewRow,
  type Pipeline,
  type Process,
  type Settings,
  type StageKind,
} from "../domain";
import { memoLast } from "./memo";
import { DEFAULT_REPORT_PERIOD, type ReportGrouping, type ReportPeriod } from "./reportSelectors";

/** The overview's views: everyone (most urgent first), a process's pipeline, today and this week,
 * how well the promise is kept, status updates to many at once, her templates and her processes,
 * and whose data is due for erasure. */
export const OVERVIEW_TABS = [
  "candidates",
  "pipeline",
  "today",
  "report",
  "bulk",
  "templates",
  "processes",
  "erasure",
] as const;
export type OverviewTab = (typeof OVERVIEW_TABS)[number];

/** "processId/candidateId": one key per candidate across processes. */
export const rowKey = (r: { readonly processId: string; readonly candidateId: string }): string =>
  `${r.processId}/${r.candidateId}`;

/** What the recruiter chose to look at in the overview (pane and dashboard alike); nothing here is
 * data — the candidates come from the processes store, through the selectors below. */
export interface OverviewStore {
  readonly tab: OverviewTab;
  readonly filter: OverviewFilter;
  /** The process the pipeline shows; null: the first one. */
  readonly pipelineProcessId: string | null;
  /** Hired, rejected and withdrawn shown in the pipeline. */
  readonly showClosed: boolean;
  /** Candidates picked for a status update to many (rowKey). */
  readonly selected: ReadonlySet<string>;
  /** The report's period and how it breaks the figures down. */
  readonly reportPeriod: ReportPeriod;
  readonly reportGrouping: ReportGrouping;
  showTab(tab: OverviewTab): void;
  filterByProcess(processId: string | null): void;
  filterByStage(stageKind: StageKind | null): void;
  showPipelineOf(processId: string): void;
  toggleClosed(): void;
  toggleSelected(key: string): void;
  select(keys: readonly string[]): void;
  clearSelection(): void;
  showReportPeriod(period: ReportPeriod): void;
  groupReportBy(grouping: ReportGrouping): void;
}

export const createOverviewStore = () =>
  createStore<OverviewStore>()((set) => ({
    tab: "candidates",
    filter: { processId: null, stageKind: null },
    pipelineProcessId: null,
    showClosed: false,
    selected: new Set(),
    reportPeriod: DEFAULT_REPORT_PERIOD,
    reportGrouping: "process",
    showTab: (tab) => set({ tab }),
    filterByProcess: (processId) => set((s) => ({ filter: { ...s.filter, processId } })),
    filterByStage: (stageKind) => set((s) => ({ filter: { ...s.filter, stageKind } })),
    showPipelineOf: (processId) => set({ pipelineProcessId: processId, tab: "pipeline" }),
    toggleClosed: () => set((s) => ({ showClosed: !s.showClosed })),
    toggleSelected: (key) =>
      set((s) => {
        const selected = new Set(s.selected);
        if (!selected.delete(key)) selected.add(key);
        return { selected };
      }),
    select: (keys) => set({ selected: new Set(keys) }),
    clearSelection: () => set({ selected: new Set() }),
    showReportPeriod: (reportPeriod) => set({ reportPeriod }),
    groupReportBy: (reportGrouping) => set({ reportGrouping }),
  }));

export type OverviewStoreApi = ReturnType<typeof createOverviewStore>;

/** Everyone still in an open process, most urgent first. The UI reads `now` when the processes
 * change and once a minute (useNow), so 10,000 clocks are worked out then, not on every render. */
export const selectOverviewRows: (
  processes: readonly Process[],
  settings: Settings,
  now: IsoInstant,
) => readonly OverviewRow[] = memoLast((processes, settings, now) =>
  overviewRows(openProcesses(processes), settings, now),
);

/** The rows the filter lets through (the same array when nothing is filtered). */
export const selectFilteredRows: (
  rows: readonly OverviewRow[],
  filter: OverviewFilter,
) => readonly OverviewRow[] = memoLast(filterRows);

/** The one-click selection for a status update: everyone overdue or with at most `days` left. */
export const selectNearDeadline: (rows: readonly OverviewRow[], days: number) => readonly OverviewRow[] =
  memoLast(nearDeadline);

/** The process the pipeline shows, grouped by stage; null when there is no process. */
export const selectPipeline = memoLast(
  (
    processes: readonly Process[],
    processId: string | null,
    settings: Settings,
    now: IsoInstant,
  ): Pipeline | null => {
    const open = openProcesses(processes);
    const process = open.find((p) => p.id === processId) ?? open[0];
    return process ? pipeline(process, settings, now) : null;
  },
);
