import type { AnswerClock } from "../../domain";
import type { Translate } from "../../i18n/translate";
import { registerLaterWords } from "../../i18n/laterFeatures";

registerLaterWords();

/** The clock in a few words for a row of fixed height (no due date line): "1 dag", "2 dagar". */
export function bulkClockText(clock: AnswerClock, t: Translate): string {
  if (clock.phase === "stopped") return t("bulk.clock.stopped");
  if (clock.phase === "overdue") {
    const days = clock.overdueDays ?? 0;
    if (days === 0) return t("bulk.clock.overdueToday");
    return t("bulk.clock.overdue", { days });
  }
  if (clock.daysLeft === 0) return t("bulk.clock.dueToday");
  return t("bulk.clock.left", { days: clock.daysLeft });
}
