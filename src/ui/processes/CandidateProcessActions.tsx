import {
  Button,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Select,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { useStore } from "zustand";
import { openProcesses, type Candidate, type Process, type Result } from "../../domain";
import { pendingRemovalOf } from "../../state/processActions";
import type { ProcessesStoreApi } from "../../state/processesStore";
import { useLanguage } from "../common/LanguageContext";
import { registerLaterWords } from "../../i18n/laterFeatures";

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
});

/** Seconds left on the undo bar, counted down while it shows. */
function useSecondsLeft(until: number | null): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (until === null) return;
    const timer = setInterval(() => setNow(Date.now()), 500);
    return () => clearInterval(timer);
  }, [until]);
  return until === null ? 0 : Math.max(0, Math.ceil((until - now) / 1000));
}

/**
 * A candidate in the wrong process: move them to another one, or — added by mistake — remove them.
 * The removal waits behind an undo bar for a few seconds before it is queued (state/processActions.ts).
 */
export function CandidateProcessActions(props: {
  process: Process;
  candidate: Candidate;
  store: ProcessesStoreApi;
  done: (saving: Promise<Result<unknown>>) => Promise<boolean>;
}) {
  const styles = useStyles();
  const { t } = useLanguage();
  const ref = { processId: props.process.id, candidateId: props.candidate.id };
  const processes = useStore(props.store, (s) => s.processes);
  const others = openProcesses(processes).filter((p) => p.id !== ref.processId);
  const pending = useStore(props.store, (s) => pendingRemovalOf(s, ref));
  const seconds = useSecondsLeft(pending?.at ?? null);
  const [target, setTarget] = useState("");
  const actions = () => props.store.getState();

  if (pending) {
    return (
      <MessageBar intent="warning" data-testid="undo-removal" politeness="assertive">
        <MessageBarBody>
          {t("processes.remove.pending", { name: props.candidate.name, seconds: String(seconds) })}
        </MessageBarBody>
        <MessageBarActions>
          <Button appearance="primary" size="small" onClick={() => actions().undoRemoval(ref)}>
            {t("processes.remove.undo")}
          </Button>
          <Button size="small" onClick={() => void props.done(actions().removeNow(ref))}>
            {t("processes.remove.now")}
          </Button>
        </MessageBarActions>
      </MessageBar>
    );
  }

  return (
    <>
      <section className={styles.section} aria-label={t("processes.move.title")} data-testid="move-candidate">
        <Text weight="semibold">{t("processes.move.title")}</Text>
        {others.length === 0 ? (
          <Text className={styles.muted}>{t("processes.move.noOther")}</Text>
        ) : (
          <>
            <Field label={t("processes.move.target")} hint={t("processes.move.hint")}>
              <Select value={target} onChange={(_, d) => setTarget(d.value)} data-testid="move-target">
                <option value="">{t("processes.choose")}</option>
                {others.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.organisation ? `${p.title} – ${p.organisation}` : p.title}
                  </option>
                ))}
              </Select>
            </Field>
            <div>
              <Button
                disabledFocusable={target === ""}
                onClick={() => void props.done(actions().moveCandidate(ref, target))}
              >
                {t("processes.move.submit")}
              </Button>
            </div>
          </>
        )}
      </section>
      <section
        className={styles.section}
        aria-label={t("processes.remove.title")}
        data-testid="remove-candidate"
      >
        <Text weight="semibold">{t("processes.remove.title")}</Text>
        <Text size={200} className={styles.muted}>
          {t("processes.remove.hint")}
        </Text>
        <div>
          <Button onClick={() => actions().removeCandidate(ref, props.candidate.name)}>
            {t("processes.remove.submit", { name: props.candidate.name })}
          </Button>
        </div>
      </section>
    </>
  );
}
