import {
  Badge,
  Button,
  Checkbox,
  Link,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import type { AgendaItem } from "../../domain";
import { agendaAction } from "../../state/agendaSelectors";
import { useLanguage } from "../common/LanguageContext";
import { usePhoneDisplay } from "../common/usePhoneDisplay";
import type { CandidateHint } from "./overviewServices";
import { registerLaterWords } from "../../i18n/laterFeatures";

registerLaterWords();

const useStyles = makeStyles({
  row: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    paddingBlock: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  what: { flex: "1 1 16rem", minWidth: 0, display: "flex", flexDirection: "column" },
  overdue: { color: tokens.colorPaletteRedForeground1 },
  who: {
    color: tokens.colorNeutralForeground3,
    // Lines up under the label, past the checkbox's box.
    paddingInlineStart: `calc(${tokens.spacingHorizontalS} * 2 + 16px)`,
    overflowWrap: "anywhere",
  },
  actions: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

export interface AgendaItemRowProps {
  readonly item: AgendaItem;
  onTick(item: AgendaItem): void;
  onOpen(item: AgendaItem, hint: CandidateHint): void;
}

/** One follow-up: tick it off, see whose it is, and do it in one click. */
export function AgendaItemRow({ item, onTick, onOpen }: AgendaItemRowProps) {
  const styles = useStyles();
  const { t, language } = useLanguage();
  const { followUp } = item;
  return (
    <li
      className={styles.row}
      data-testid="agenda-item"
      data-follow-up={followUp.id}
      data-overdue={item.overdue}
    >
      <div className={styles.what}>
        <Checkbox
          checked={false}
          onChange={() => onTick(item)}
          label={{
            children: followUp.title[language],
            className: mergeClasses(item.overdue && styles.overdue),
          }}
        />
        <Text size={200} className={styles.who}>
          {t("agenda.who", { name: item.candidateName, process: item.processTitle })}
        </Text>
      </div>
      <div className={styles.actions}>
        {item.overdue && (
          <Badge appearance="filled" color="danger" shape="rounded">
            {t("agenda.overdue")}
          </Badge>
        )}
        <ItemAction item={item} onOpen={onOpen} />
      </div>
    </li>
  );
}

/**
 * The number as the card shows it ("070-123 45 67" in Swedish); the link dials (Teams, the phone
 * app) and the candidate opens beside it to log how it went.
 */
function CallLink({ item, phone, onOpen }: Pick<AgendaItemRowProps, "item" | "onOpen"> & { phone: string }) {
  const { t } = useLanguage();
  const shown = usePhoneDisplay(phone);
  const text = shown?.text ?? phone;
  const name = item.candidateName;
  return (
    <Link
      href={`tel:${shown?.dial ?? phone}`}
      aria-label={t("agenda.call.label", { name, phone: text })}
      onClick={() => onOpen(item, { show: "call" })}
    >
      {t("agenda.call", { phone: text })}
    </Link>
  );
}

function ItemAction({ item, onOpen }: Pick<AgendaItemRowProps, "item" | "onOpen">) {
  const { t } = useLanguage();
  const { followUp, candidateName: name } = item;
  const action = agendaAction(followUp.kind);
  if (action === "call" && followUp.call)
    return <CallLink item={item} phone={followUp.call.phone} onOpen={onOpen} />;
  if (action === "get-phone")
    return (
      <Button
        size="small"
        aria-label={t("agenda.getPhone.label", { name })}
        onClick={() => onOpen(item, { show: "details" })}
      >
        {t("agenda.getPhone")}
      </Button>
    );
  const survey = action === "survey";
  return (
    <Button
      size="small"
      appearance="primary"
      aria-label={t(survey ? "agenda.survey.label" : "agenda.answer.label", { name })}
      onClick={() => onOpen(item, { template: followUp.template })}
    >
      {t(survey ? "agenda.survey" : "agenda.answer")}
    </Button>
  );
}
