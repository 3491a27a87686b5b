import { Badge, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { HostItem, Person } from "../../host/host";
import { formatDateTime } from "../../i18n/translate";
import { useLanguage } from "../common/LanguageContext";
import { Panel } from "../common/Panel";

const useStyles = makeStyles({
  rows: {
    display: "grid",
    gridTemplateColumns: "max-content 1fr",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
  label: { color: tokens.colorNeutralForeground3 },
  value: { overflowWrap: "anywhere" },
});

const people = (list: readonly Person[]) =>
  list.map((p) => (p.name === p.email ? p.email : `${p.name} <${p.email}>`)).join(", ");

/** What the pane knows of the open item: who it is from or with, and what it is about. */
export function ItemSummary({ item }: { item: HostItem }) {
  const styles = useStyles();
  const { t, language } = useLanguage();
  const appointment = item.kind.startsWith("appointment");
  const who = item.from ?? item.to[0] ?? item.attendees?.[0] ?? null;
  return (
    <Panel
      label={t(`item.kind.${item.kind}`)}
      testId="item-summary"
      avatarName={who?.name ?? "?"}
      title={
        <Text weight="semibold" className={styles.value} data-testid="item-who">
          {who?.name ?? t("item.noSubject")}
        </Text>
      }
      subtitle={<Badge appearance="tint">{t(`item.kind.${item.kind}`)}</Badge>}
    >
      <div className={styles.rows}>
        <Text className={styles.label}>{t("item.subject")}</Text>
        <Text className={styles.value} data-testid="item-subject">
          {item.subject || t("item.noSubject")}
        </Text>
        {item.from && (
          <>
            <Text className={styles.label}>{t("item.from")}</Text>
            <Text className={styles.value}>{people([item.from])}</Text>
          </>
        )}
        {item.to.length > 0 && (
          <>
            <Text className={styles.label}>{t("item.to")}</Text>
            <Text className={styles.value}>{people(item.to)}</Text>
          </>
        )}
        {appointment && item.start && (
          <>
            <Text className={styles.label}>{t("item.when")}</Text>
            <Text className={styles.value}>{formatDateTime(item.start, language)}</Text>
          </>
        )}
        {appointment && item.attendees && item.attendees.length > 0 && (
          <>
            <Text className={styles.label}>{t("item.attendees")}</Text>
            <Text className={styles.value}>{people(item.attendees)}</Text>
          </>
        )}
      </div>
    </Panel>
  );
}
