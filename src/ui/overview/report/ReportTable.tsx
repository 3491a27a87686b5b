import { Text, makeStyles, mergeClasses, tokens, useId } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { AnswerStats } from "../../../domain";
import type { ReportGrouping, ReportRow } from "../../../state/reportSelectors";
import { useLanguage } from "../../common/LanguageContext";
import { formatDays, formatShare, formatWeek } from "./reportFormat";
import { registerLaterWords } from "../../../i18n/laterFeatures";

registerLaterWords();

const useStyles = makeStyles({
  // The table keeps its columns at 320 px and scrolls sideways; the keyboard can scroll it too.
  scroll: {
    overflowX: "auto",
    maxWidth: "100%",
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  table: {
    borderCollapse: "collapse",
    width: "100%",
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground1,
  },
  wrapper: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  cell: {
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    textAlign: "end",
    whiteSpace: "nowrap",
    fontVariantNumeric: "tabular-nums",
  },
  head: { fontWeight: tokens.fontWeightSemibold, verticalAlign: "bottom", whiteSpace: "normal" },
  // The row's name stays in view while the figures scroll under it.
  rowHead: {
    textAlign: "start",
    fontWeight: tokens.fontWeightRegular,
    whiteSpace: "normal",
    minWidth: "8em",
    position: "sticky",
    left: 0,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  total: { fontWeight: tokens.fontWeightSemibold },
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
  },
});

const COLUMNS = [
  ["share", "report.column.share"],
  ["decided", "report.column.decided"],
  ["median", "report.column.median"],
  ["p90", "report.column.p90"],
  ["late", "report.column.late"],
  ["overdue", "report.column.overdue"],
] as const;

const GROUP_HEADER = {
  process: "report.grouping.process",
  recruiter: "report.grouping.recruiter",
  week: "report.grouping.week",
} as const;

function useCells() {
  const styles = useStyles();
  const { t, language } = useLanguage();
  const none = (
    <>
      <span aria-hidden="true">–</span>
      <span className={styles.hidden}>{t("report.noFigure")}</span>
    </>
  );
  return (stats: AnswerStats): Record<(typeof COLUMNS)[number][0], ReactNode> => ({
    share: stats.shareWithinWindow === null ? none : formatShare(stats.shareWithinWindow, language),
    decided: stats.decided,
    median: stats.medianHoursToAnswer === null ? none : formatDays(stats.medianHoursToAnswer, language, t),
    p90: stats.p90HoursToAnswer === null ? none : formatDays(stats.p90HoursToAnswer, language, t),
    late: stats.answeredLate,
    overdue: stats.overdueNow,
  });
}

/** The report's figures as a table: what a screen reader reads and what the 320 px pane shows. */
export function ReportTable(props: {
  grouping: ReportGrouping;
  rows: readonly ReportRow[];
  caption: string;
  /** The figures over every row; a week's table has none (its weeks overlap no period). */
  total?: AnswerStats;
}) {
  const styles = useStyles();
  const { t, language } = useLanguage();
  const cells = useCells();
  const captionId = useId("report-caption");
  const label = (row: ReportRow) =>
    props.grouping === "week" ? formatWeek(row.key, language, t) : row.label;
  const line = (key: string, name: ReactNode, stats: AnswerStats, className?: string) => {
    const values = cells(stats);
    return (
      <tr key={key} data-testid={`report-row-${key}`} className={className}>
        <th scope="row" className={mergeClasses(styles.cell, styles.rowHead, className)}>
          {name}
        </th>
        {COLUMNS.map(([id]) => (
          <td key={id} className={styles.cell} data-figure={id}>
            {values[id]}
          </td>
        ))}
      </tr>
    );
  };
  // The caption is the table's name for a screen reader; sighted readers get the same words as a
  // title above the scroll area, so at 320 px it wraps instead of scrolling away with the columns.
  return (
    <div className={styles.wrapper}>
      <Text weight="semibold" aria-hidden="true">
        {props.caption}
      </Text>
      <div
        className={styles.scroll}
        role="region"
        aria-labelledby={captionId}
        tabIndex={0}
        data-testid="report-table"
      >
        <table className={styles.table}>
          <caption id={captionId} className={styles.hidden}>
            {props.caption}
          </caption>
          <thead>
            <tr>
              <th scope="col" className={mergeClasses(styles.cell, styles.head, styles.rowHead)}>
                {t(GROUP_HEADER[props.grouping])}
              </th>
              {COLUMNS.map(([id, key]) => (
                <th key={id} scope="col" className={mergeClasses(styles.cell, styles.head)}>
                  {t(key)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>{props.rows.map((row) => line(row.key, label(row), row.stats))}</tbody>
          {props.total && <tfoot>{line("total", t("report.total"), props.total, styles.total)}</tfoot>}
        </table>
      </div>
    </div>
  );
}
