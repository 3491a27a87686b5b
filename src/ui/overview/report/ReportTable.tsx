import type { ReactNode } from "react";
import type { AnswerStats } from "../../../domain";
import type { ReportGrouping, ReportRow } from "../../../state/reportSelectors";
import { useLanguage } from "../../common/LanguageContext";
import { FiguresTable, NoFigure } from "./FiguresTable";
import { formatDays, formatShare, formatWeek } from "./reportFormat";
import { registerLaterWords } from "../../../i18n/laterFeatures";

registerLaterWords();

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

/** The report's figures as a table: what a screen reader reads and what the 320 px pane shows. */
export function ReportTable(props: {
  grouping: ReportGrouping;
  rows: readonly ReportRow[];
  caption: string;
  /** The figures over every row; a week's table has none (its weeks overlap no period). */
  total?: AnswerStats;
}) {
  const { t, language } = useLanguage();
  const none = <NoFigure label={t("report.noFigure")} />;
  const cells = (stats: AnswerStats): ReactNode[] => {
    const values: Record<(typeof COLUMNS)[number][0], ReactNode> = {
      share: stats.shareWithinWindow === null ? none : formatShare(stats.shareWithinWindow, language),
      decided: stats.decided,
      median: stats.medianHoursToAnswer === null ? none : formatDays(stats.medianHoursToAnswer, language, t),
      p90: stats.p90HoursToAnswer === null ? none : formatDays(stats.p90HoursToAnswer, language, t),
      late: stats.answeredLate,
      overdue: stats.overdueNow,
    };
    return COLUMNS.map(([id]) => values[id]);
  };
  const name = (row: ReportRow) => (props.grouping === "week" ? formatWeek(row.key, language, t) : row.label);
  return (
    <FiguresTable
      caption={props.caption}
      columns={[t(GROUP_HEADER[props.grouping]), ...COLUMNS.map(([, key]) => t(key))]}
      rows={props.rows.map((row) => ({ key: row.key, name: name(row), cells: cells(row.stats) }))}
      total={props.total && { key: "total", name: t("report.total"), cells: cells(props.total) }}
      testId="report-table"
      rowTestId={(key) => `report-row-${key}`}
      figureIds={COLUMNS.map(([id]) => id)}
    />
  );
}
