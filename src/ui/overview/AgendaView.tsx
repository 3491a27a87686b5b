import { Button, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useCallback, useRef, useState } from "react";
import { useStore } from "zustand";
import type { AgendaItem } from "../../domain";
import { selectAgenda, selectAgendaDays } from "../../state/agendaSelectors";
import { useLanguage } from "../common/LanguageContext";
import { AgendaItemRow } from "./AgendaItemRow";
import { agendaDayName } from "./agendaDayName";
import { useNow, useOverview, type CandidateHint } from "./overviewServices";
import { registerLaterWords } from "../../i18n/laterFeatures";

registerLaterWords();

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, minWidth: 0 },
  day: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  heading: { margin: 0 },
  today: { color: tokens.colorBrandForeground1 },
  list: { listStyleType: "none", margin: 0, padding: 0 },
});

const DAY_LIMIT = 50;

/** Today / This week: the follow-ups due, overdue ones first under today, each ticked off here
 * (done in Svara, and so in To Do or the calendar) or done in one click. */
export default function AgendaView() {
  const styles = useStyles();
  const { t, language } = useLanguage();
  const services = useOverview();
  const processes = useStore(services.processes, (s) => s.processes);
  const settings = useStore(services.settings, (s) => s.settings);
  const now = useNow(processes);
  // Ticked off and being saved: hidden at once, back if the tick could not be saved.
  const [ticking, setTicking] = useState<ReadonlySet<string>>(() => new Set());
  const week = selectAgenda(processes, settings, now, ticking);
  const days = selectAgendaDays(week);
  const view = useRef<HTMLElement>(null);
  // A busy week at 10,000 candidates holds thousands of items: each day shows its first ones and
  // says how many more there are, one click away.
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set());

  const tick = useCallback(
    async (item: AgendaItem) => {
      const { id, processId, candidateId } = item.followUp;
      setTicking((s) => new Set(s).add(id));
      view.current?.focus(); // the row goes away: keep the keyboard in the list, not on the page
      const saved = await services.processes.getState().completeFollowUp({ processId, candidateId }, id);
      if (saved.ok) {
        services.notify({ kind: "saved" });
        return;
      }
      setTicking((s) => {
        const back = new Set(s);
        back.delete(id);
        return back;
      });
      services.notify({ kind: "error", error: saved.error });
    },
    [services],
  );
  const open = useCallback(
    (item: AgendaItem, hint: CandidateHint) =>
      services.openCandidate(
        { processId: item.followUp.processId, candidateId: item.followUp.candidateId },
        hint,
      ),
    [services],
  );

  return (
    <section
      ref={view}
      tabIndex={-1}
      className={styles.view}
      aria-label={t("agenda.title")}
      data-testid="agenda"
    >
      {days.length === 0 && <Text data-testid="agenda-empty">{t("agenda.empty")}</Text>}
      {days.map(({ day, items }) => {
        const isToday = day === week.today;
        const title = isToday ? t("agenda.today") : agendaDayName(day, language);
        return (
          <section key={day} className={styles.day} aria-label={title} data-testid={`agenda-day-${day}`}>
            <Text
              as="h2"
              size={400}
              weight="semibold"
              className={mergeClasses(styles.heading, isToday && styles.today)}
            >
              {title}
            </Text>
            <ul className={styles.list}>
              {(expanded.has(day) ? items : items.slice(0, DAY_LIMIT)).map((item) => (
                <AgendaItemRow key={item.followUp.id} item={item} onTick={tick} onOpen={open} />
              ))}
            </ul>
            {!expanded.has(day) && items.length > DAY_LIMIT && (
              <Button
                appearance="subtle"
                data-testid={`agenda-more-${day}`}
                onClick={() => setExpanded((s) => new Set(s).add(day))}
              >
                {t("agenda.showAll", { count: items.length })}
              </Button>
            )}
          </section>
        );
      })}
    </section>
  );
}
