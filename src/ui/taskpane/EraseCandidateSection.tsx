import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { Suspense, lazy, useState } from "react";
import type { Candidate, Process } from "../../domain";
import { registerLaterWords } from "../../i18n/laterFeatures";
import { useLanguage } from "../common/LanguageContext";
import { usePane } from "./paneContext";
import { Loading } from "../common/Loading";

registerLaterWords();

// The confirmation is a Dialog (a popover-based component): it loads when she asks to erase, not
// with the card (ARCHITECTURE §6).
const EraseCandidateDialog = lazy(
  () => import(/* webpackChunkName: "erase-dialog" */ "./EraseCandidateDialog"),
);

const useStyles = makeStyles({
  section: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  muted: { color: tokens.colorNeutralForeground2 },
});

/**
 * The end of the candidate's details: erase them everywhere Svara wrote (decision 0010), after a
 * confirmation that says what goes. Once it is in the outbox the candidate leaves the pane's view,
 * so the card goes away and the pane says what happened.
 */
export function EraseCandidateSection({ process, candidate }: { process: Process; candidate: Candidate }) {
  const styles = useStyles();
  const { t } = useLanguage();
  const pane = usePane();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);

  const erase = async (deleteMails: boolean) => {
    setBusy(true);
    const saved = await pane.erase(process, candidate.id, deleteMails);
    setBusy(false);
    setOpen(false);
    pane.notify(
      saved.ok ? { kind: "saved", message: "erasure.erase.done" } : { kind: "error", error: saved.error },
    );
  };

  return (
    <section className={styles.section} aria-label={t("erasure.erase.title")} data-testid="erase-candidate">
      <Text weight="semibold">{t("erasure.erase.title")}</Text>
      <Text size={200} className={styles.muted}>
        {t("erasure.erase.hint")}
      </Text>
      <Button size="small" onClick={() => setOpen(true)} data-testid="erase-open">
        {t("erasure.erase.open")}
      </Button>
      {open && (
        <Suspense fallback={<Loading />}>
          <EraseCandidateDialog
            name={candidate.name}
            busy={busy}
            onCancel={() => setOpen(false)}
            onConfirm={(deleteMails) => void erase(deleteMails)}
          />
        </Suspense>
      )}
    </section>
  );
}
