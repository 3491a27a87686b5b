import {
  Badge,
  Button,
  Card,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { useStore } from "zustand";
import { waitingForAnswer, type Process, type ProcessFields } from "../../domain";
import { useLanguage } from "../common/LanguageContext";
import { useNow, useOverview } from "../overview/overviewServices";
import { ProcessForm } from "./ProcessForm";
import { registerLaterWords } from "../../i18n/laterFeatures";

registerLaterWords();

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "grid",
    gap: tokens.spacingVerticalS,
    gridTemplateColumns: "repeat(auto-fill, minmax(260px, 1fr))",
  },
  card: { minWidth: 0 },
  heading: { margin: 0, overflowWrap: "anywhere" },
  muted: { color: tokens.colorNeutralForeground2 },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

type Editing = { readonly kind: "new" } | { readonly kind: "edit"; readonly process: Process } | null;

/** The recruiter's processes: create one, edit one, close one (it leaves the lists, its candidates
 * stay) and open it again. */
export default function ProcessesView() {
  const styles = useStyles();
  const { t } = useLanguage();
  const services = useOverview();
  const processes = useStore(services.processes, (s) => s.processes);
  const [editing, setEditing] = useState<Editing>(null);
  const [showClosed, setShowClosed] = useState(false);
  // The process whose close waits for "close anyway": someone in it is still owed an answer.
  const [confirming, setConfirming] = useState<string | null>(null);
  const settings = useStore(services.settings, (s) => s.settings);
  const now = useNow(processes);
  const actions = () => services.processes.getState();
  const open = processes.filter((p) => !p.closedAt);
  const closed = processes.filter((p) => p.closedAt);

  if (editing) {
    const process = editing.kind === "edit" ? editing.process : null;
    const save = async (fields: ProcessFields) => {
      const saved = await actions().saveProcess(process?.id ?? null, fields);
      if (!saved.ok) return saved.error;
      services.notify({ kind: "saved" });
      setEditing(null);
      return null;
    };
    return (
      <ProcessForm
        process={process}
        owner={processes[0]?.owner ?? null}
        onSave={save}
        onCancel={() => setEditing(null)}
      />
    );
  }

  const close = async (process: Process, closing: boolean) => {
    setConfirming(null);
    const saved = await actions().closeProcess(process.id, closing);
    services.notify(saved.ok ? { kind: "saved" } : { kind: "error", error: saved.error });
  };
  const shown = showClosed ? [...open, ...closed] : open;
  return (
    <section className={styles.view} aria-label={t("processes.title")} data-testid="processes-view">
      <div>
        <Button appearance="primary" onClick={() => setEditing({ kind: "new" })}>
          {t("processes.new")}
        </Button>
      </div>
      {processes.length === 0 && <Text>{t("processes.none")}</Text>}
      <ul className={styles.list}>
        {shown.map((p) => (
          <li key={p.id}>
            <ProcessCard
              process={p}
              onEdit={() => setEditing({ kind: "edit", process: p })}
              onClose={(closing) => {
                const waiting = closing ? waitingForAnswer(p, settings, now) : [];
                if (waiting.length > 0) setConfirming(p.id);
                else void close(p, closing);
              }}
            />
            {confirming === p.id && (
              <CloseWarning
                process={p}
                waiting={waitingForAnswer(p, settings, now).map((c) => c.name)}
                onConfirm={() => void close(p, true)}
                onCancel={() => setConfirming(null)}
              />
            )}
          </li>
        ))}
      </ul>
      {closed.length > 0 && (
        <div>
          <Button appearance="subtle" onClick={() => setShowClosed((s) => !s)} aria-expanded={showClosed}>
            {t(showClosed ? "processes.hideClosed" : "processes.showClosed", {
              count: String(closed.length),
            })}
          </Button>
        </div>
      )}
      <Text size={200} className={styles.muted}>
        {t("processes.closeHint")}
      </Text>
    </section>
  );
}

function ProcessCard(props: { process: Process; onEdit: () => void; onClose: (closing: boolean) => void }) {
  const styles = useStyles();
  const { t } = useLanguage();
  const p = props.process;
  const days =
    p.answerWindowDays === 1
      ? t("processes.days.one")
      : t("processes.days.many", { count: String(p.answerWindowDays) });
  const count = p.candidates.length;
  const name = p.organisation ? `${p.title} – ${p.organisation}` : p.title;
  return (
    <Card className={styles.card} data-testid="process-card" aria-label={name}>
      <Text as="h2" size={300} weight="semibold" className={styles.heading}>
        {name} {p.closedAt && <Badge appearance="outline">{t("processes.closed")}</Badge>}
      </Text>
      <Text className={styles.muted}>
        {count === 1
          ? t("processes.summary.one", { days })
          : t("processes.summary.many", { count: String(count), days })}
      </Text>
      {p.nextStep && <Text size={200}>{p.nextStep}</Text>}
      <div className={styles.buttons}>
        <Button size="small" onClick={props.onEdit} aria-label={t("processes.editLabel", { process: name })}>
          {t("processes.edit")}
        </Button>
        {p.closedAt ? (
          <Button
            size="small"
            onClick={() => props.onClose(false)}
            aria-label={t("processes.reopenLabel", { process: name })}
          >
            {t("processes.reopen")}
          </Button>
        ) : (
          <Button
            size="small"
            onClick={() => props.onClose(true)}
            aria-label={t("processes.closeLabel", { process: name })}
          >
            {t("processes.close")}
          </Button>
        )}
      </div>
    </Card>
  );
}

/** Closing stops every follow-up of the process, so first the candidates still owed an answer are
 * named (the firm's promise: everyone we have been in contact with gets one). */
function CloseWarning(props: {
  process: Process;
  waiting: readonly string[];
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t, language } = useLanguage();
  const p = props.process;
  const name = p.organisation ? `${p.title} – ${p.organisation}` : p.title;
  const names = new Intl.ListFormat(language, { type: "conjunction" }).format(props.waiting);
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="close-warning" politeness="assertive">
      <MessageBarBody>
        <Text weight="semibold" block>
          {t("processes.closeWaiting.title", { count: props.waiting.length })}
        </Text>
        <Text block data-testid="close-warning-names">
          {names}
        </Text>
        <Text block>{t("processes.closeWaiting.body")}</Text>
      </MessageBarBody>
      <MessageBarActions>
        <Button
          size="small"
          onClick={props.onConfirm}
          aria-label={t("processes.closeWaiting.confirmLabel", { process: name })}
        >
          {t("processes.closeWaiting.confirm")}
        </Button>
        <Button size="small" appearance="primary" onClick={props.onCancel}>
          {t("processes.closeWaiting.cancel")}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
