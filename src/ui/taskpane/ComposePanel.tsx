import { useState } from "react";
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { CandidateView } from "../../state/paneView";
import { useLanguage } from "../common/LanguageContext";
import CandidateActions from "./CandidateActions";
import { usePane } from "./paneContext";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

/**
 * Writing to candidates: one recipient gets the template inserted at the cursor; several get the
 * offer of one personalised draft each (a status update to a whole process is 200 drafts, batched).
 */
export default function ComposePanel({ recipients }: { recipients: readonly CandidateView[] }) {
  const styles = useStyles();
  const { t } = useLanguage();
  const pane = usePane();
  const [busy, setBusy] = useState(false);
  const [skipped, setSkipped] = useState<string[]>([]);
  if (recipients.length === 0) return <Text data-testid="compose-none">{t("compose.none")}</Text>;
  const [first] = recipients;
  return (
    <section className={styles.panel} aria-label={t("compose.candidates")} data-testid="compose-panel">
      <Text as="h2" weight="semibold" size={400} style={{ margin: 0 }}>
        {t("compose.candidates")}
      </Text>
      <ul data-testid="compose-recipients" style={{ margin: 0 }}>
        {recipients.map((r) => (
          <li key={`${r.process.id}/${r.candidate.id}`}>
            <Text>
              {r.candidate.name} · {r.stageName}
            </Text>
          </li>
        ))}
      </ul>
      {recipients.length === 1 && first && <CandidateActions view={first} mode="compose" />}
      {recipients.length > 1 && (
        <Button
          appearance="primary"
          data-testid="create-drafts"
          disabledFocusable={busy}
          onClick={async () => {
            // One click, one batch: a second click while saving would make every draft twice.
            if (busy) return;
            setBusy(true);
            const update = await pane.actions().createStatusDrafts(recipients);
            setBusy(false);
            if (!update) return;
            setSkipped([...update.skipped]);
            pane.notify(update.saved.ok ? { kind: "saved" } : { kind: "error", error: update.saved.error });
          }}
        >
          {t("compose.drafts", { count: recipients.length })}
        </Button>
      )}
      {skipped.length > 0 && (
        <Text data-testid="drafts-skipped">{t("compose.skipped", { names: skipped.join(", ") })}</Text>
      )}
    </section>
  );
}
