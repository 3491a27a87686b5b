import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useStore } from "zustand";
import {
  CONSENT_RENEWAL_MONTHS,
  ERASURE_SOON_DAYS,
  automaticErasureOn,
  localDate,
  type ErasureRow,
  type Result,
} from "../../domain";
import { consentRenewalTemplate } from "../../state/consentRenewal";
import { candidateById } from "../../state/processesStore";
import { selectAllTemplates } from "../../state/templatesStore";
import { formatDate } from "../../i18n/translate";
import { registerLaterWords } from "../../i18n/laterFeatures";
import { selectErasureList } from "../../state/erasureSelectors";
import { useLanguage } from "../common/LanguageContext";
import { useNow, useOverview } from "./overviewServices";
import { RetentionRuleForm } from "./RetentionRuleForm";

registerLaterWords();

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, minWidth: 0 },
  heading: { margin: 0 },
  list: { listStyleType: "none", margin: 0, padding: 0 },
  row: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    paddingBlock: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  what: {
    flex: "1 1 14rem",
    minWidth: 0,
    display: "flex",
    flexDirection: "column",
    overflowWrap: "anywhere",
  },
  quiet: { color: tokens.colorNeutralForeground3 },
  due: { color: tokens.colorPaletteRedForeground1 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/** Whose data is due for erasure, and whose will be soon: each opens the candidate, where the
 * recruiter erases (or exports, or renews consent). The firm's rule is said in one sentence. */
export default function ErasureView() {
  const styles = useStyles();
  const { t } = useLanguage();
  const services = useOverview();
  const processes = useStore(services.processes, (s) => s.processes);
  const settings = useStore(services.settings, (s) => s.settings);
  const now = useNow(processes);
  const list = selectErasureList(processes, settings, now);
  const open = (row: ErasureRow) =>
    services.openCandidate({ processId: row.processId, candidateId: row.candidateId }, { show: "details" });

  return (
    <section className={styles.view} aria-label={t("erasure.title")} data-testid="erasure">
      <Text>{t("erasure.rule", { count: settings.retentionMonths })}</Text>
      {services.firm && <RetentionRuleForm firm={services.firm} />}
      <div>
        <Text as="h2" size={400} weight="semibold" className={styles.heading}>
          {t("erasure.due")}
        </Text>
        {list.due.length === 0 ? (
          <Text data-testid="erasure-none">{t("erasure.none")}</Text>
        ) : (
          <ul className={styles.list} data-testid="erasure-due">
            {list.due.map((row) => (
              <ErasureItem key={`${row.processId}/${row.candidateId}`} row={row} due onOpen={open} />
            ))}
          </ul>
        )}
      </div>
      <div>
        <Text as="h2" size={400} weight="semibold" className={styles.heading}>
          {t("erasure.soon", { days: ERASURE_SOON_DAYS })}
        </Text>
        {list.soon.length === 0 ? (
          <Text className={styles.quiet}>{t("erasure.noneSoon", { days: ERASURE_SOON_DAYS })}</Text>
        ) : (
          <ul className={styles.list} data-testid="erasure-soon">
            {list.soon.map((row) => (
              <ErasureItem key={`${row.processId}/${row.candidateId}`} row={row} due={false} onOpen={open} />
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}

function ErasureItem({ row, due, onOpen }: { row: ErasureRow; due: boolean; onOpen(row: ErasureRow): void }) {
  const styles = useStyles();
  const { t, language } = useLanguage();
  const services = useOverview();
  const settings = useStore(services.settings, (s) => s.settings);
  const firm = useStore(services.settings, (s) => s.firm);
  const months = settings.retentionMonths;
  const autoOn = automaticErasureOn(row.dueOn, firm);
  const ref = { processId: row.processId, candidateId: row.candidateId };
  const told = (saved: Result<unknown>) =>
    services.notify(saved.ok ? { kind: "saved" } : { kind: "error", error: saved.error });
  const askConsent = async () => {
    const match = candidateById(services.processes.getState(), row.processId, row.candidateId);
    if (!match) return;
    const templates = services.templates ? selectAllTemplates(services.templates.getState()) : [];
    told(await services.processes.getState().sendConsentRequest(match, consentRenewalTemplate(templates)));
  };
  const sayYes = async () => told(await services.processes.getState().recordConsent(ref));
  const basis =
    row.basis === "left"
      ? t("erasure.row.basis.left", { count: months })
      : t(due ? "erasure.row.basis.consent" : "erasure.row.basis.consentSoon");
  return (
    <li className={styles.row} data-testid="erasure-row" data-candidate={row.candidateId}>
      <div className={styles.what}>
        <Text weight="semibold">{row.name}</Text>
        <Text className={styles.quiet}>
          {t("erasure.row.left", {
            process: row.processTitle,
            date: formatDate(localDate(Date.parse(row.leftAt), settings.timeZone), language),
          })}
        </Text>
        <Text className={due ? styles.due : undefined}>
          {t("erasure.row.dueOn", { date: formatDate(row.dueOn, language) })} · {basis}
        </Text>
        {autoOn && (
          <Text data-testid="erasure-auto">
            {t("erasure.row.auto", { date: formatDate(autoOn, language) })}
          </Text>
        )}
      </div>
      <div className={styles.actions}>
        <Button
          size="small"
          onClick={() => onOpen(row)}
          aria-label={t("erasure.open.label", { name: row.name })}
        >
          {t("erasure.open")}
        </Button>
        <Button
          size="small"
          onClick={() => void askConsent()}
          aria-label={t("erasure.consent.ask.label", { name: row.name })}
        >
          {t("erasure.consent.ask")}
        </Button>
        <Button
          size="small"
          onClick={() => void sayYes()}
          aria-label={t("erasure.consent.yes.label", { name: row.name, count: CONSENT_RENEWAL_MONTHS })}
        >
          {t("erasure.consent.yes")}
        </Button>
      </div>
    </li>
  );
}
