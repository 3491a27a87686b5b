// The report's charts: Fluent's own v9 charts, in a chunk of their own that loads only when the
// report is shown wide enough for them. The table beside them carries the same figures.
import { HorizontalBarChartWithAxis, VerticalBarChart } from "@fluentui/react-charts";
import { makeStyles, tokens } from "@fluentui/react-components";
import type { ReportGrouping, ReportRow } from "../../../state/reportSelectors";
import { useLanguage } from "../../common/LanguageContext";
import { formatShare, formatWeekShort } from "./reportFormat";
import { registerLaterWords } from "../../../i18n/laterFeatures";

registerLaterWords();

const useStyles = makeStyles({
  // The chart measures its y-axis labels a little short; let the longest one show in full.
  chart: {
    minWidth: 0,
    width: "100%",
    paddingLeft: tokens.spacingHorizontalM,
    "& svg": { overflow: "visible" },
  },
});

// Whole percents, as the table shows them: the chart writes its bar labels without our locale.
const percent = (share: number | null) => (share === null ? 0 : Math.round(share * 100));

export default function ReportCharts({
  grouping,
  rows,
}: {
  grouping: ReportGrouping;
  rows: readonly ReportRow[];
}) {
  const styles = useStyles();
  const { t, language } = useLanguage();
  const culture = language === "sv" ? "sv-SE" : "en-GB";
  const shareText = (row: ReportRow) =>
    row.stats.shareWithinWindow === null
      ? t("report.noFigure")
      : formatShare(row.stats.shareWithinWindow, language);
  const common = {
    chartTitle: t("report.chart.share"),
    yMaxValue: 100,
    culture,
    hideLegend: true,
    useSingleColor: true,
    colors: [tokens.colorBrandBackground],
  };
  if (grouping === "week") {
    return (
      <div className={styles.chart} data-testid="report-chart">
        <VerticalBarChart
          {...common}
          height={240}
          barWidth="auto"
          maxBarWidth={40}
          yAxisTitle={t("report.chart.shareAxis")}
          data={rows.map((row) => ({
            x: formatWeekShort(row.key, t),
            y: percent(row.stats.shareWithinWindow),
            legend: formatWeekShort(row.key, t),
            yAxisCalloutData: shareText(row),
            barLabel: shareText(row),
          }))}
        />
      </div>
    );
  }
  const height = Math.max(140, 44 * rows.length + 80);
  return (
    <div className={styles.chart} style={{ height }} data-testid="report-chart">
      <HorizontalBarChartWithAxis
        {...common}
        xMaxValue={100}
        barHeight={24}
        height={height}
        showYAxisLables
        xAxisTitle={t("report.chart.shareAxis")}
        data={rows.map((row) => ({
          x: percent(row.stats.shareWithinWindow),
          y: row.label,
          legend: row.label,
          xAxisCalloutData: shareText(row),
          barLabel: shareText(row),
        }))}
      />
    </div>
  );
}
