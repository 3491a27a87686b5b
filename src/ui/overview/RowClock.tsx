import { Badge, makeStyles } from "@fluentui/react-components";
import type { AnswerClock } from "../../domain";
import type { Translate } from "../../i18n/translate";
import { useLanguage } from "../common/LanguageContext";

const colour = { stopped: "success", running: "informative", warning: "warning", overdue: "danger" } as const;

/** The clock in a row's few words, with Swedish plurals right ("1 dag kvar", "2 dagar för sent"). */
function clockText(clock: AnswerClock, t: Translate): string {
  if (clock.phase === "stopped") return t("overview.clock.stopped");
  if (clock.phase === "overdue") {
    const days = clock.overdueDays ?? 0;
    if (days === 0) return t("overview.clock.overdueToday");
    return t("overview.clock.overdue", { count: days });
  }
  if (clock.daysLeft === 0) return t("overview.clock.dueToday");
  return t("overview.clock.daysLeft", { count: clock.daysLeft });
}

// The clock is what the row is for: it keeps its one line and its width; the process text gives way.
const useStyles = makeStyles({ badge: { whiteSpace: "nowrap", flexShrink: 0 } });

/** The answer clock of one row: overdue filled red so it stands out in a long list, the rest tinted. */
export function RowClock({ clock }: { clock: AnswerClock }) {
  const styles = useStyles();
  const { t } = useLanguage();
  return (
    <Badge
      className={styles.badge}
      appearance={clock.phase === "overdue" ? "filled" : "tint"}
      color={colour[clock.phase]}
      shape="rounded"
      data-testid="row-clock"
      data-phase={clock.phase}
    >
      {clockText(clock, t)}
    </Badge>
  );
}
