import { MessageBar, MessageBarBody, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useMemo, useState } from "react";
import { useStore } from "zustand";
import type { AppError } from "../../domain/result";
import { refAfterMove } from "../../state/paneNavigationStore";
import { ErrorBar } from "../common/ErrorBar";
import { useLanguage } from "../common/LanguageContext";
import { OverviewShell } from "../overview/OverviewShell";
import { OverviewContext, type OverviewServices } from "../overview/overviewServices";
import { SyncStatusBar } from "../taskpane/SyncStatusBar";
import { CandidatePanel } from "./CandidatePanel";
import { registerLaterWords } from "../../i18n/laterFeatures";
import type { CandidateRef } from "../../domain";

registerLaterWords();

const useStyles = makeStyles({
  page: {
    display: "grid",
    gridTemplateRows: "auto 1fr",
    minHeight: "100vh",
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
  },
  header: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalL,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalXL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  title: { margin: 0, marginRight: "auto" },
  user: { color: tokens.colorNeutralForeground2 },
  body: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr)",
    alignItems: "start",
    minHeight: 0,
  },
  withPanel: {
    gridTemplateColumns: "minmax(0, 1fr) minmax(320px, 420px)",
    "@media (max-width: 800px)": { gridTemplateColumns: "minmax(0, 1fr)" },
  },
  main: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXL}`,
    minWidth: 0,
  },
});

/** What the page around the overview provides; the page adds where a chosen candidate goes. */
type DashboardServices = Omit<OverviewServices, "layout" | "openCandidate" | "notify">;

export interface DashboardPageProps {
  readonly userEmail: string | null;
  /** Null until Microsoft 365 is connected. */
  readonly connected: DashboardServices | null;
  readonly connectError: AppError | null;
  readonly onReconnect: () => void;
}

/** The dashboard: a Teams personal tab or a browser page, full width — the overview with the chosen
 * candidate's card beside it. */
export function DashboardPage(props: DashboardPageProps) {
  const styles = useStyles();
  const { t } = useLanguage();
  return (
    <div className={styles.page}>
      <header className={styles.header}>
        <Text as="h1" size={500} weight="semibold" className={styles.title}>
          {t("dashboard.title")}
        </Text>
        {props.connected && <SyncStatusBar outbox={props.connected.outbox} />}
        {props.userEmail && (
          <Text className={styles.user} data-testid="dashboard-user">
            {t("dashboard.signedInAs", { email: props.userEmail })}
          </Text>
        )}
      </header>
      {props.connected ? (
        <ConnectedDashboard services={props.connected} />
      ) : (
        <main className={styles.main}>
          {props.connectError ? (
            <ErrorBar error={props.connectError} onRetry={props.onReconnect} />
          ) : (
            <Spinner size="small" label={t("pane.connecting")} />
          )}
        </main>
      )}
    </div>
  );
}

function ConnectedDashboard({ services }: { services: DashboardServices }) {
  const styles = useStyles();
  const { t, language } = useLanguage();
  const [chosen, setChosen] = useState<CandidateRef | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const status = useStore(services.processes, (s) => s.status);
  const loadError = useStore(services.processes, (s) => s.error);
  const unreadable = useStore(services.processes, (s) => s.unreadable);
  const hasProcesses = useStore(services.processes, (s) => s.processes.length > 0);
  // A candidate moved from the side panel: the panel follows them to their new process.
  useEffect(
    () =>
      services.processes.subscribe((s, before) => {
        const move = s.moved;
        if (move && move !== before.moved) setChosen((c) => c && refAfterMove(c, move));
      }),
    [services.processes],
  );
  const overview = useMemo<OverviewServices>(
    () => ({
      ...services,
      layout: "dashboard",
      openCandidate: (ref) => setChosen(ref),
      notify: (message) => setError(message.kind === "error" ? message.error : null),
    }),
    [services],
  );
  return (
    <div className={`${styles.body} ${chosen ? styles.withPanel : ""}`}>
      <main className={styles.main}>
        {error && <ErrorBar error={error} />}
        {unreadable.map((e, i) => (
          <MessageBar key={i} intent="warning">
            <MessageBarBody>
              {t("sync.unreadable")}: {e.message[language]}
            </MessageBarBody>
          </MessageBar>
        ))}
        {status === "loading" && !hasProcesses && <Spinner size="small" label={t("pane.connecting")} />}
        {status === "error" && loadError && (
          <ErrorBar error={loadError} onRetry={() => void services.processes.getState().load()} />
        )}
        <OverviewShell services={overview} />
      </main>
      {chosen && (
        <OverviewContext.Provider value={overview}>
          <CandidatePanel chosen={chosen} onClose={() => setChosen(null)} />
        </OverviewContext.Provider>
      )}
    </div>
  );
}
