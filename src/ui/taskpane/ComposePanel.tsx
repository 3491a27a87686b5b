import { useMemo, useState } from "react";
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { CandidateView } from "../../state/paneView";
import { skippedBeforeSending } from "../../state/statusDrafts";
import { templateForMany } from "../../state/templateForMany";
import { useLanguage } from "../common/LanguageContext";
import { SkippedRecipients } from "../overview/SkippedRecipients";
import { TemplateForManyField } from "../templates/TemplateForManyField";
import { useAllTemplates } from "../templates/useAllTemplates";
import CandidateActions from "./CandidateActions";
import { usePane } from "./paneContext";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

/**
 * Writing to candidates: one recipient gets the template inserted at the cursor; several get the
 * offer of one personalised draft each of a template she chooses, each in their own language (a
 * status update to a whole process is 200 drafts, batched).
 */
export default function ComposePanel({ recipients }: { recipients: readonly CandidateView[] }) {
  const styles = useStyles();
  const { t } = useLanguage();
  const pane = usePane();
  const templates = useAllTemplates(pane.templates);
  const [templateId, setTemplateId] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const pick = useMemo(() => templateForMany(templates, templateId), [templates, templateId]);
  const skipped = useMemo(
    () => (recipients.length > 1 ? skippedBeforeSending(recipients, pick) : []),
    [recipients, pick],
  );
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
        <>
          <TemplateForManyField
            templates={templates}
            value={templateId}
            onChange={setTemplateId}
            testId="drafts-template"
          />
          <SkippedRecipients skipped={skipped} testId="drafts-skipped" />
          <Button
            appearance="primary"
            data-testid="create-drafts"
            disabledFocusable={busy || skipped.length === recipients.length}
            onClick={async () => {
              // One click, one batch: a second click while saving would make every draft twice.
              if (busy) return;
              setBusy(true);
              const update = await pane.actions().createStatusDrafts(recipients, pick);
              setBusy(false);
              pane.notify(update.saved.ok ? { kind: "saved" } : { kind: "error", error: update.saved.error });
            }}
          >
            {t("compose.drafts", { count: recipients.length - skipped.length })}
          </Button>
        </>
      )}
    </section>
  );
}
