import {
  Button,
  Link,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { registerLaterWords } from "../../i18n/laterFeatures";
import { useLanguage } from "../common/LanguageContext";
import { usePane, type PaneExport } from "./paneContext";

registerLaterWords();

const useStyles = makeStyles({
  section: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  muted: { color: tokens.colorNeutralForeground2 },
  // A file name is one long word: it breaks anywhere rather than widen a 320 px pane.
  files: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    overflowWrap: "anywhere",
  },
  button: { alignSelf: "flex-start", maxWidth: "100%" },
});

interface Offered {
  readonly name: string;
  readonly url: string;
}

/** Each file as a Blob URL for an anchor's download, given back when the offer goes (or the card). */
function useOffered(result: PaneExport | null): readonly Offered[] {
  const [offered, setOffered] = useState<readonly Offered[]>([]);
  useEffect(() => {
    if (!result) return setOffered([]);
    const made = result.files.map((f) => ({
      name: f.name,
      url: URL.createObjectURL(new Blob([f.content], { type: f.type })),
    }));
    setOffered(made);
    return () => made.forEach((m) => URL.revokeObjectURL(m.url));
  }, [result]);
  return offered;
}

/**
 * A subject-access request: everything Svara holds about the candidate as an HTML page and a JSON
 * file, offered here for download and kept in her OneDrive. Nothing is gathered until she asks.
 */
export function ExportCandidate({
  candidate,
  name,
}: {
  candidate: { processId: string; candidateId: string };
  name: string;
}) {
  const styles = useStyles();
  const { t, language } = useLanguage();
  const pane = usePane();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<PaneExport | null>(null);
  const offered = useOffered(result);
  const { processId, candidateId } = candidate;
  // Another candidate's card: the offer was for someone else.
  useEffect(() => setResult(null), [processId, candidateId]);

  const run = async () => {
    setBusy(true);
    setResult(null);
    const made = await pane.exportCandidate({ processId, candidateId }, language);
    setBusy(false);
    if (made.ok) setResult(made.value);
    else pane.notify({ kind: "error", error: made.error });
  };
  const saved = result?.saved;
  const savedUrl = saved?.ok ? (saved.value.find((f) => f.path.endsWith(".html"))?.webUrl ?? null) : null;

  return (
    <section className={styles.section} aria-labelledby="export-title" data-testid="export-candidate">
      <Text id="export-title" weight="semibold">
        {t("subjectAccess.title")}
      </Text>
      <Text size={200} className={styles.muted}>
        {t("subjectAccess.hint")}
      </Text>
      <Button
        className={styles.button}
        onClick={() => void run()}
        disabled={busy}
        data-testid="export-button"
      >
        {t("subjectAccess.button")}
      </Button>
      {busy && <Spinner size="tiny" label={t("subjectAccess.busy")} />}
      {result && (
        <MessageBar intent={saved?.ok ? "success" : "warning"} data-testid="export-ready" politeness="polite">
          <MessageBarBody>
            <div className={styles.files}>
              <Text>{t("subjectAccess.ready", { name })}</Text>
              {offered.map((f) => (
                <Link key={f.name} href={f.url} download={f.name} data-testid="export-download">
                  {t("subjectAccess.download", { file: f.name })}
                </Link>
              ))}
              <Text data-testid="export-saved">
                {saved?.ok ? t("subjectAccess.saved") : saved?.error.message[language]}
              </Text>
              {savedUrl && (
                <Link href={savedUrl} target="_blank" rel="noopener noreferrer">
                  {t("subjectAccess.openSaved")}
                </Link>
              )}
            </div>
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
