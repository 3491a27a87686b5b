import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { HostItem } from "../../host/host";
import type { MeetingAttendee } from "../../state/paneView";
import { useLanguage } from "../common/LanguageContext";
import { ClockBadge } from "../common/ClockBadge";
import { usePane } from "./paneContext";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

/** An interview in the calendar: who among the attendees is a candidate, and once it has ended, log it. */
export function MeetingPanel(props: {
  item: HostItem;
  attendees: readonly MeetingAttendee[];
  ended: boolean;
}) {
  const styles = useStyles();
  const { t } = useLanguage();
  const pane = usePane();
  if (props.attendees.length === 0) return <Text data-testid="meeting-none">{t("meeting.none")}</Text>;
  return (
    <section className={styles.panel} aria-label={t("meeting.candidates")} data-testid="meeting-panel">
      <Text as="h2" weight="semibold" size={400} style={{ margin: 0 }}>
        {t("meeting.candidates")}
      </Text>
      {props.attendees.map((view) => {
        return (
          <div key={`${view.process.id}/${view.candidate.id}`} className={styles.row}>
            <Text>
              {view.candidate.name} · {view.process.title} · {view.stageName}
            </Text>
            <ClockBadge clock={view.clock} timeZone={pane.timeZone} />
            {view.interviewLogged ? (
              <Text>{t("meeting.logged")}</Text>
            ) : props.ended ? (
              <Button
                appearance="primary"
                data-testid="log-meeting"
                onClick={async () => {
                  const saved = await pane
                    .actions()
                    .logMeetingHeld(
                      { processId: view.process.id, candidateId: view.candidate.id },
                      props.item.end ?? null,
                      props.item.subject,
                      props.item.restId,
                    );
                  pane.notify(saved.ok ? { kind: "saved" } : { kind: "error", error: saved.error });
                }}
              >
                {t("meeting.logHeld")}
              </Button>
            ) : (
              <Text>{t("meeting.notEnded")}</Text>
            )}
          </div>
        );
      })}
    </section>
  );
}
