import { Badge, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { AnswerClock } from "../../domain";
import { formatDateTime } from "../../i18n/translate";
import { useLanguage } from "./LanguageContext";

const useStyles = makeStyles({
  clock: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  due: { color: tokens.colorNeutralForeground3 },
});

const colour = { stopped: "success", running: "informative", warning: "warning", overdue: "danger" } as const;

/** The answer clock in words: days left, due today, or overdue in red with how many days. */
export function ClockBadge({ clock, timeZone }: { clock: AnswerClock; timeZone: string }) {
  const styles = useStyles();
  const { t, language } = useLanguage();
  let text: string;
  if (clock.phase === "stopped") text = t("clock.stopped");
  else if (clock.phase === "overdue")
    text = clock.overdueDays ? t("clock.overdue", { days: clock.overdueDays }) : t("clock.overdueToday");
  else text = clock.daysLeft === 0 ? t("clock.dueToday") : t("clock.daysLeft", { days: clock.daysLeft });
  return (
    <span className={styles.clock} data-testid="clock" data-phase={clock.phase}>
      <Badge appearance="filled" color={colour[clock.phase]} shape="rounded">
        {text}
      </Badge>
      {clock.phase !== "stopped" && (
        <Text size={200} className={styles.due}>
          {t("clock.dueAt", { date: formatDateTime(clock.dueAt, language, timeZone) })}
        </Text>
      )}
    </span>
  );
}
