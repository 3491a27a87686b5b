import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useStore } from "zustand";
import { bulkProgress } from "../../state/bulkUpdate";
import type { BulkUpdateStoreApi } from "../../state/bulkUpdateStore";
import { memoLast } from "../../state/memo";
import { useLanguage } from "../common/LanguageContext";
import { useOverview } from "./overviewServices";
import { registerLaterWords } from "../../i18n/laterFeatures";

registerLaterWords();

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  failed: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, margin: 0, padding: 0 },
  failure: {
    listStyleType: "none",
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
  },
  reason: { color: tokens.colorNeutralForeground3, flexBasis: "100%" },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

const progressOf = memoLast(bulkProgress);

/** The update on its way: drafts confirmed by the queue, a cancel for what has not gone, and who
 * got no draft with the reason and a retry. */
export function BulkProgressPanel({ bulk }: { bulk: BulkUpdateStoreApi }) {
  const styles = useStyles();
  const { t, language } = useLanguage();
  const services = useOverview();
  const rounds = useStore(bulk, (s) => s.rounds);
  const cancelled = useStore(bulk, (s) => s.cancelled);
  const notCancelled = useStore(bulk, (s) => s.notCancelled);
  const problem = useStore(bulk, (s) => s.problem);
  const commands = useStore(services.outbox, (s) => s.commands);
  const progress = progressOf(rounds, commands, cancelled);
  const label = t("bulk.progress.label", { done: progress.confirmed, total: progress.total });

  return (
    <section className={styles.panel} aria-label={t("bulk.progress.title")} data-testid="bulk-progress">
      <Field label={t("bulk.progress.title")} validationMessage={label} validationState="none">
        <ProgressBar
          value={progress.total === 0 ? 0 : progress.confirmed / progress.total}
          thickness="large"
          aria-valuetext={label}
        />
      </Field>
      <div role="status" aria-live="polite" data-testid="bulk-status">
        {progress.done && progress.cancelled === 0 && progress.failed.length === 0 && (
          <Text>{t("bulk.done", { count: progress.confirmed })}</Text>
        )}
        {progress.cancelled > 0 && <Text>{t("bulk.cancelled", { count: progress.cancelled })}</Text>}
        {notCancelled.length > 0 && !progress.done && <Text> {t("bulk.notCancelled")}</Text>}
      </div>
      {problem && (
        <MessageBar intent="error">
          <MessageBarBody>{problem.message[language]}</MessageBarBody>
        </MessageBar>
      )}
      {progress.failed.length > 0 && (
        <section aria-label={t("bulk.failed.title", { count: progress.failed.length })}>
          <Text weight="semibold" as="h3">
            {t("bulk.failed.title", { count: progress.failed.length })}
          </Text>
          <ul className={styles.failed} data-testid="bulk-failed">
            {progress.failed.map((f) => (
              <li key={f.key} className={styles.failure}>
                <Text>{f.name}</Text>
                <Button
                  size="small"
                  aria-label={t("bulk.retryFor", { name: f.name })}
                  onClick={() => void bulk.getState().retry(f.commandId)}
                >
                  {t("bulk.retry")}
                </Button>
                <Text size={200} className={styles.reason}>
                  {f.reason.message[language]}
                </Text>
              </li>
            ))}
          </ul>
        </section>
      )}
      <div className={styles.actions}>
        {!progress.done && (
          <Button onClick={() => void bulk.getState().cancel()} data-testid="bulk-cancel">
            {t("bulk.cancel")}
          </Button>
        )}
        {progress.done && (
          <Button
            appearance="primary"
            onClick={() => {
              bulk.getState().reset();
              services.overview.getState().clearSelection();
            }}
          >
            {t("bulk.again")}
          </Button>
        )}
      </div>
    </section>
  );
}
