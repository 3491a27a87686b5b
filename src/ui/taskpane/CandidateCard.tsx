import { candidateLanguage, channelLabel, lastContactEntry } from "../../domain";
import { Badge, Link, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { CandidateView } from "../../state/paneView";
import { formatDateTime } from "../../i18n/translate";
import { useLanguage } from "../common/LanguageContext";
import { Panel, Rule } from "../common/Panel";
import { ClockBadge } from "../common/ClockBadge";
import { PhoneNumber } from "../common/PhoneNumber";

const useStyles = makeStyles({
  rows: {
    display: "grid",
    gridTemplateColumns: "max-content 1fr",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    alignItems: "baseline",
  },
  label: { color: tokens.colorNeutralForeground3 },
  value: { overflowWrap: "anywhere", minWidth: 0 },
  log: {
    listStyle: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  entry: { display: "flex", flexDirection: "column", overflowWrap: "anywhere" },
  muted: { color: tokens.colorNeutralForeground3 },
  missing: { color: tokens.colorPaletteRedForeground1 },
  overdue: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
});

/** Who the open mail is about: process, stage, how long they have waited, what happened and what
 * is next — the pane's card for a mail's sender and for a candidate chosen in the overview, and the
 * dashboard's side panel. */
export function CandidateCard({ view, timeZone }: { view: CandidateView; timeZone: string }) {
  const styles = useStyles();
  const { t, language } = useLanguage();
  const { candidate, process } = view;
  const props = {
    stageName: view.stageName,
    clock: view.clock,
    log: view.log,
    nextFollowUp: view.followUps[0] ?? null,
    timeZone,
  };
  // A note is not contact: the last contact is the last thing that passed between us and them.
  const last = lastContactEntry(props.log);
  const when = (iso: string) => formatDateTime(iso, language, props.timeZone);
  return (
    <Panel
      label={candidate.name}
      testId="candidate-card"
      avatarName={candidate.name}
      title={
        <Text
          as="h2"
          weight="semibold"
          size={400}
          className={styles.value}
          style={{ margin: 0 }}
          data-testid="candidate-name"
        >
          {candidate.name}
        </Text>
      }
      subtitle={process.organisation.trim() ? `${process.title} – ${process.organisation}` : process.title}
    >
      <ClockBadge clock={props.clock} timeZone={props.timeZone} />
      <div className={styles.rows}>
        <Text className={styles.label}>{t("card.stage")}</Text>
        <span>
          <Badge appearance="tint" data-testid="candidate-stage">
            {props.stageName}
          </Badge>
        </span>
        <Text className={styles.label}>{t("card.phone")}</Text>
        {candidate.phone ? (
          <span className={styles.value}>
            <PhoneNumber value={candidate.phone} name={candidate.name} />
          </span>
        ) : (
          <Text className={styles.missing} data-testid="phone-missing">
            {t("card.noPhone")}
          </Text>
        )}
        <Text className={styles.label}>{t("card.emails")}</Text>
        <Text className={styles.value}>{candidate.emails.join(", ")}</Text>
        <Text className={styles.label}>{t("nextstep.language")}</Text>
        <Text className={styles.value} data-testid="candidate-language">
          {t(`nextstep.language.${candidateLanguage(candidate, process)}`)}
        </Text>
        {candidate.linkedInUrl && (
          <>
            <Text className={styles.label}>{t("card.linkedIn")}</Text>
            <span className={styles.value}>
              <Link
                href={candidate.linkedInUrl}
                target="_blank"
                rel="noopener noreferrer"
                title={t("card.linkedInOpen", { name: candidate.name })}
                data-testid="candidate-linkedin"
              >
                {candidate.linkedInUrl.replace(/^https:\/\/(www\.)?/, "")}
              </Link>
            </span>
          </>
        )}
        <Text className={styles.label}>{t("card.lastContact")}</Text>
        <Text className={styles.value} data-testid="last-contact">
          {last ? `${last.what[language]} · ${last.how[language]} · ${when(last.at)}` : t("card.noContact")}
        </Text>
        <Text className={view.followUpOverdue ? styles.overdue : styles.label}>
          {t(view.followUpOverdue ? "card.overdueFollowUp" : "card.nextFollowUp")}
        </Text>
        <Text
          className={mergeClasses(styles.value, view.followUpOverdue && styles.overdue)}
          data-testid="next-follow-up"
          data-overdue={view.followUpOverdue}
        >
          {props.nextFollowUp
            ? `${props.nextFollowUp.title[language]} · ${when(props.nextFollowUp.dueAt)}`
            : t("card.noFollowUp")}
        </Text>
      </div>
      {props.log.length > 0 && (
        <>
          <Rule />
          <Text as="h3" weight="semibold" size={300} style={{ margin: 0 }}>
            {t("card.log")}
          </Text>
          <ol className={styles.log} data-testid="candidate-log">
            {props.log.slice(0, 5).map((entry) => (
              <li key={entry.id} className={styles.entry}>
                <Text size={200} className={styles.muted}>
                  {when(entry.at)} · {entry.what[language]}
                  {/* A note has no direction, nor a way it went ("Annat"): it is ours. */}
                  {(entry.contact || entry.how !== channelLabel("other")) && ` · ${entry.how[language]}`}
                  {entry.contact && ` · ${t(entry.direction === "in" ? "log.in" : "log.out")}`}
                </Text>
                {entry.summary && <Text className={styles.value}>{entry.summary}</Text>}
              </li>
            ))}
          </ol>
        </>
      )}
    </Panel>
  );
}
