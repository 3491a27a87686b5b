// The report's charts: Fluent's own v9 charts, in a chunk of their own that loads only when the
// report is shown wide enough for them. The table beside them carries the same figures.
import { HorizontalBarChartWithAxis, VerticalBarChart } from "@fluentui/react-charts";
import { makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { ReportGrouping, ReportRow } from "../../../state/reportSelectors";
import { useLanguage } from "../../common/LanguageContext";
import { formatShare, formatWeekShort } from "./reportFormat";
import { registerLaterWords } from "../../../i18n/laterFeatures";

registerLaterWords();

const useStyles = makeStyles({
  chart: { minWidth: 0, width: "100%" },
});

// Whole percents, as the table shows them: the chart writes its bar labels without our locale.
const percent = (share: number) => Math.round(share * 100);

type Charted = ReportRow & { readonly stats: { readonly shareWithinWindow: number } };

/**
 * Room for the process names left of the bars, measured as the browser drew them. The chart makes
 * room by measuring the names itself, in a canvas, and comes out a few pixels short (more where
 * Segoe UI is missing, as on a Mac or Linux): the longest name was cut at its first letters. So the
 * drawn names are measured once they are on the page, and the chart is given that margin.
 */
function useLabelRoom(labels: readonly string[]): {
  ref: (element: HTMLDivElement | null) => void;
  left: number | undefined;
} {
  const [element, setElement] = useState<HTMLDivElement | null>(null);
  const [left, setLeft] = useState<number | undefined>(undefined);
  const key = labels.join("\u0000");
  useEffect(() => {
    if (!element) return;
    const names = new Set(key.split("\u0000"));
    const frame = requestAnimationFrame(() => {
      const widths = [...element.querySelectorAll("svg text")]
        .filter((text) => names.has(text.textContent ?? ""))
        .map((text) => (text as SVGTextElement).getBBox().width);
      // The tick and its padding (≈ 16 px), and a little air.
      if (widths.length > 0) setLeft(Math.ceil(Math.max(...widths)) + 24);
    });
    return () => cancelAnimationFrame(frame);
  }, [element, key]);
  return { ref: setElement, left };
}

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
  // A row with nothing decided has no share: the table says so ("–"); a bar would say 0 %.
  const charted = rows.filter((row): row is Charted => row.stats.shareWithinWindow !== null);
  const room = useLabelRoom(grouping === "week" ? [] : charted.map((row) => row.label));
  if (charted.length === 0) return null;
  const shareText = (row: Charted) => formatShare(row.stats.shareWithinWindow, language);
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
          data={charted.map((row) => ({
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
  const height = Math.max(140, 44 * charted.length + 80);
  return (
    <div className={styles.chart} style={{ height }} data-testid="report-chart" ref={room.ref}>
      <HorizontalBarChartWithAxis
        {...common}
        {...(room.left === undefined ? {} : { margins: { left: room.left } })}
        xMaxValue={100}
        barHeight={24}
        height={height}
        showYAxisLables
        xAxisTitle={t("report.chart.shareAxis")}
        data={charted.map((row) => ({
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
