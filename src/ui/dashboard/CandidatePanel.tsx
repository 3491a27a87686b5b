import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import { useStore } from "zustand";
import { focusedCandidateView } from "../../state/paneView";
import { useLanguage } from "../common/LanguageContext";
import { useNow, useOverview } from "../overview/overviewServices";
import { CandidateCard } from "../taskpane/CandidateCard";
import { registerLaterWords } from "../../i18n/laterFeatures";
import type { CandidateRef } from "../../domain";

registerLaterWords();

const useStyles = makeStyles({
  panel: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    backgroundColor: tokens.colorNeutralBackground1,
    borderLeft: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
    outline: "none",
  },
  head: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
  },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/**
 * The dashboard's side panel: the chosen candidate's card, as the pane shows it. There is no open
 * mail to reply to here, so the action is to open their latest mail in Outlook.
 */
export function CandidatePanel({ chosen, onClose }: { chosen: CandidateRef; onClose: () => void }) {
  const styles = useStyles();
  const { t } = useLanguage();
  const services = useOverview();
  const processes = useStore(services.processes, (s) => s.processes);
  const settings = useStore(services.settings, (s) => s.settings);
  const now = useNow(processes);
  const view = focusedCandidateView(processes, settings, now, chosen.processId, chosen.candidateId);
  const panel = useRef<HTMLElement>(null);
  // The recruiter chose someone: the panel is where their eyes (and a screen reader) go next.
  useEffect(() => panel.current?.focus(), [chosen.processId, chosen.candidateId]);

  const openLatestMail = async () => {
    const opened = await services.openLatestMail(chosen);
    if (!opened.ok) services.notify({ kind: "error", error: opened.error });
  };

  return (
    <aside
      ref={panel}
      tabIndex={-1}
      className={styles.panel}
      aria-label={t("dashboard.panel")}
      data-testid="candidate-panel"
      onKeyDown={(e) => e.key === "Escape" && onClose()}
    >
      <div className={styles.head}>
        <Text as="h2" size={300} weight="semibold" style={{ margin: 0 }}>
          {t("dashboard.panel")}
        </Text>
        <Button appearance="subtle" onClick={onClose} data-testid="candidate-panel-close">
          {t("dashboard.panel.close")}
        </Button>
      </div>
      {view ? (
        <>
          <CandidateCard view={view} timeZone={settings.timeZone} />
          <div className={styles.actions}>
            <Button appearance="primary" onClick={() => void openLatestMail()} data-testid="open-latest-mail">
              {t("dashboard.openLatestMail")}
            </Button>
          </div>
        </>
      ) : (
        <Text>{t("dashboard.panel.gone")}</Text>
      )}
    </aside>
  );
}
