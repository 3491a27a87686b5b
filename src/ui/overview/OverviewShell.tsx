import { Tab, TabList, makeStyles, tokens } from "@fluentui/react-components";
import { Suspense, lazy } from "react";
import { useStore } from "zustand";
import { OVERVIEW_TABS, type OverviewTab } from "../../state/overviewStore";
import type { MessageKey } from "../../i18n/translate";
import { useLanguage } from "../common/LanguageContext";
import { OverviewContext, type OverviewServices } from "./overviewServices";
import { registerLaterWords } from "../../i18n/laterFeatures";
import { Loading } from "../common/Loading";

registerLaterWords();

// Each view is its own chunk: the pane's first paint carries none of them (ARCHITECTURE.md §6).
const VIEWS = {
  candidates: lazy(() => import(/* webpackChunkName: "overview" */ "./CandidatesView")),
  pipeline: lazy(() => import(/* webpackChunkName: "pipeline" */ "./PipelineView")),
  today: lazy(() => import(/* webpackChunkName: "agenda" */ "./AgendaView")),
  report: lazy(() => import(/* webpackChunkName: "report" */ "./ReportView")),
  bulk: lazy(() => import(/* webpackChunkName: "bulk" */ "./BulkUpdateView")),
  templates: lazy(() => import(/* webpackChunkName: "templates" */ "../templates/TemplatesView")),
  processes: lazy(() => import(/* webpackChunkName: "processes" */ "../processes/ProcessesView")),
  erasure: lazy(() => import(/* webpackChunkName: "erasure" */ "./ErasureView")),
} satisfies Record<OverviewTab, unknown>;

const LABELS: Record<OverviewTab, MessageKey> = {
  candidates: "overview.tab.candidates",
  pipeline: "overview.tab.pipeline",
  today: "overview.tab.today",
  report: "overview.tab.report",
  bulk: "overview.tab.bulk",
  templates: "templates.tab",
  processes: "processes.tab",
  erasure: "overview.tab.erasure",
};

const useStyles = makeStyles({
  shell: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  tabs: { flexWrap: "wrap" },
});

/** The overview: everyone in every process, a pipeline, today and this week, the promise, and
 * status updates to many — one tab each, in the pane and on the dashboard. */
export function OverviewShell({ services }: { services: OverviewServices }) {
  const styles = useStyles();
  const { t } = useLanguage();
  const tab = useStore(services.overview, (s) => s.tab);
  const View = VIEWS[tab];
  return (
    <OverviewContext.Provider value={services}>
      <section className={styles.shell} aria-label={t("overview.title")} data-testid="overview">
        <TabList
          className={styles.tabs}
          size="small"
          selectedValue={tab}
          onTabSelect={(_, d) => services.overview.getState().showTab(d.value as OverviewTab)}
        >
          {OVERVIEW_TABS.map((id) => (
            <Tab key={id} value={id} data-testid={`overview-tab-${id}`}>
              {t(LABELS[id])}
            </Tab>
          ))}
        </TabList>
        <div role="tabpanel" aria-label={t(LABELS[tab])}>
          <Suspense fallback={<Loading />}>
            <View />
          </Suspense>
        </div>
      </section>
    </OverviewContext.Provider>
  );
}
