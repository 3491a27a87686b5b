import { Field, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import { Suspense, lazy, useEffect, useRef, useState } from "react";
import { useStore } from "zustand";
import {
  REPORT_GROUPINGS,
  REPORT_PERIODS,
  rowsOf,
  selectReport,
  type ReportGrouping,
  type ReportPeriod,
} from "../../state/reportSelectors";
import { useLanguage } from "../common/LanguageContext";
import { useNow, useOverview } from "./overviewServices";
import { formatDay } from "./report/reportFormat";
import { FeedbackSection } from "./report/FeedbackSection";
import { ReportSummary } from "./report/ReportSummary";
import { ReportTable } from "./report/ReportTable";
import { registerLaterWords } from "../../i18n/laterFeatures";
import { Loading } from "../common/Loading";

registerLaterWords();

// The chart library is the heaviest thing the report needs: its own chunk, fetched only when the
// charts are shown (dashboard, or a pane wide enough), never in the pane's first paint.
const ReportCharts = lazy(() => import(/* webpackChunkName: "report-charts" */ "./report/ReportCharts"));

/** Below this width the table alone says it all; a chart would be too cramped to read. */
const CHART_MIN_WIDTH = 480;

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  intro: { color: tokens.colorNeutralForeground3 },
  controls: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM },
  control: { minWidth: "10em", flexGrow: 1, maxWidth: "16em" },
});

/** True when the element is at least `min` px wide; follows resizes where the browser can tell. */
function useWideEnough(min: number, always: boolean) {
  const ref = useRef<HTMLDivElement>(null);
  const [wide, setWide] = useState(always);
  useEffect(() => {
    const element = ref.current;
    if (always || !element || typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(([entry]) => setWide((entry?.contentRect.width ?? 0) >= min));
    observer.observe(element);
    return () => observer.disconnect();
  }, [min, always]);
  return { ref, wide: always || wide };
}

/** Is the promise kept? The share answered within the answer time, how fast, who is overdue now —
 * per process, per recruiter and per week, for a period the recruiter picks. */
export default function ReportView() {
  const styles = useStyles();
  const services = useOverview();
  const { t, language } = useLanguage();
  const processes = useStore(services.processes, (s) => s.processes);
  const status = useStore(services.processes, (s) => s.status);
  const settings = useStore(services.settings, (s) => s.settings);
  const period = useStore(services.overview, (s) => s.reportPeriod);
  const grouping = useStore(services.overview, (s) => s.reportGrouping);
  const now = useNow(processes);
  const { ref, wide } = useWideEnough(CHART_MIN_WIDTH, services.layout === "dashboard");

  if (status === "loading" && processes.length === 0) return <Loading />;

  const report = selectReport(processes, settings, now, period);
  const rows = rowsOf(report, grouping);
  const caption =
    grouping === "week"
      ? t("report.caption.week")
      : t(grouping === "process" ? "report.caption.process" : "report.caption.recruiter", {
          from: formatDay(report.period.from, language, settings.timeZone),
          to: formatDay(now, language, settings.timeZone),
        });
  const overview = services.overview.getState();

  return (
    <div className={styles.view} ref={ref} data-testid="report">
      <Text as="h2" size={400} weight="semibold">
        {t("report.title")}
      </Text>
      <Text size={200} className={styles.intro}>
        {t("report.intro")}
      </Text>
      <div className={styles.controls}>
        <Field label={t("report.period")} className={styles.control}>
          <Select
            value={period}
            data-testid="report-period"
            onChange={(_, d) => overview.showReportPeriod(d.value as ReportPeriod)}
          >
            {REPORT_PERIODS.map((p) => (
              <option key={p} value={p}>
                {t(`report.period.${p}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t("report.grouping")} className={styles.control}>
          <Select
            value={grouping}
            data-testid="report-grouping"
            onChange={(_, d) => overview.groupReportBy(d.value as ReportGrouping)}
          >
            {REPORT_GROUPINGS.map((g) => (
              <option key={g} value={g}>
                {t(`report.grouping.${g}`)}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      {processes.length === 0 ? (
        <Text>{t("report.empty")}</Text>
      ) : (
        <>
          <ReportSummary stats={report.overall} />
          {wide && (
            <Suspense fallback={<Loading />}>
              <ReportCharts grouping={grouping} rows={rows} />
            </Suspense>
          )}
          <ReportTable
            grouping={grouping}
            rows={rows}
            caption={caption}
            total={grouping === "week" ? undefined : report.overall}
          />
        </>
      )}
      {services.feedback && <FeedbackSection feedback={services.feedback} processes={processes} />}
    </div>
  );
}
