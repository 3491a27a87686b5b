import { Text, makeStyles, tokens } from "@fluentui/react-components";
import type { AnswerStats } from "../../../domain";
import { useLanguage } from "../../common/LanguageContext";
import { formatDays, formatShare } from "./reportFormat";
import { registerLaterWords } from "../../../i18n/laterFeatures";

registerLaterWords();

const useStyles = makeStyles({
  list: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
  overdue: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
});

/** The answer in sentences: how many were answered in time, how fast, who is overdue now. */
export function ReportSummary({ stats }: { stats: AnswerStats }) {
  const styles = useStyles();
  const { t, language } = useLanguage();
  const overdue = t("report.summary.overdue", { count: stats.overdueNow });
  const late = t("report.summary.late", { count: stats.answeredLate });
  return (
    <ul className={styles.list} data-testid="report-summary">
      <li>
        <Text weight="semibold">
          {stats.shareWithinWindow === null
            ? t("report.summary.noneDecided")
            : t("report.summary.share", {
                share: formatShare(stats.shareWithinWindow, language),
                within: stats.answeredWithinWindow,
                decided: stats.decided,
              })}
        </Text>
      </li>
      {stats.medianHoursToAnswer !== null && (
        <li>
          <Text>
            {t("report.summary.median", { days: formatDays(stats.medianHoursToAnswer, language, t) })}
          </Text>
        </li>
      )}
      {stats.p90HoursToAnswer !== null && (
        <li>
          <Text>{t("report.summary.p90", { days: formatDays(stats.p90HoursToAnswer, language, t) })}</Text>
        </li>
      )}
      <li>
        <Text className={stats.overdueNow > 0 ? styles.overdue : undefined}>{overdue}</Text>
      </li>
      <li>
        <Text>{late}</Text>
      </li>
    </ul>
  );
}
