import { MessageBar, MessageBarBody, Spinner, Text } from "@fluentui/react-components";
import { Suspense, lazy, useEffect, useMemo, useState } from "react";
import { useStore } from "zustand";
import type { HostItem } from "../../host/host";
import { focusedCandidateView, paneView, type CandidateView } from "../../state/paneView";
import { usePainted } from "../common/afterPaint";
import { ErrorBar } from "../common/ErrorBar";
import { useLanguage } from "../common/LanguageContext";
import { CandidateCard } from "./CandidateCard";
import { ItemSummary } from "./ItemSummary";
import { MeetingPanel } from "./MeetingPanel";
import { usePane } from "./paneContext";
import { PaneNavBar, type PaneShowing } from "./PaneNavBar";
import type { PaneOverview } from "./paneOverview";
import type { PaneSync } from "./paneSync";
import { SyncStatusBar } from "./SyncStatusBar";
import { Loading } from "../common/Loading";

// The forms and the template picker are not needed to show the card: they load once it is painted.
const CandidateActions = lazy(() => import("./CandidateActions"));
const AddCandidate = lazy(() => import("./AddCandidateFlow"));
const ComposePanel = lazy(() => import("./ComposePanel"));
// The overview and its views are chunks of their own: none of it is in the pane's first paint.
const OverviewShell = lazy(() =>
  import(/* webpackChunkName: "overview-shell" */ "../overview/OverviewShell").then((m) => ({
    default: m.OverviewShell,
  })),
);

/** Re-renders every minute so "days left" moves on while the pane stays open. */
function useMinuteTick(): number {
  const [tick, setTick] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => setTick((t) => t + 1), 60_000);
    return () => clearInterval(timer);
  }, []);
  return tick;
}

/** A candidate's card and what the recruiter can do for them: for a mail's sender or one picked in the overview. */
function CandidateBlock({
  view,
  mode,
  timeZone,
  show,
  openMailText,
}: {
  view: CandidateView;
  mode: "read" | "overview";
  openMailText?: string;
  timeZone: string;
  /** Opened from a to-do: the tab to start on. */
  show?: "call" | "details";
}) {
  const painted = usePainted();
  return (
    <>
      <CandidateCard view={view} timeZone={timeZone} />
      {painted ? (
        <Suspense fallback={<Loading />}>
          {/* A new candidate starts on their own first tab, not on the last one's. */}
          <CandidateActions
            key={`${view.process.id}/${view.candidate.id}/${show ?? ""}`}
            view={view}
            mode={mode}
            {...(show ? { initialTab: show } : {})}
            {...(openMailText === undefined ? {} : { openMailText })}
          />
        </Suspense>
      ) : (
        <Loading />
      )}
    </>
  );
}

export function ConnectedPane({
  item,
  sync,
  overview,
}: {
  item: HostItem | null;
  sync: PaneSync;
  overview: PaneOverview;
}) {
  const { t, language } = useLanguage();
  const pane = usePane();
  const tick = useMinuteTick();
  const status = useStore(sync.processes, (s) => s.status);
  const error = useStore(sync.processes, (s) => s.error);
  const unreadable = useStore(sync.processes, (s) => s.unreadable);
  const processes = useStore(sync.processes, (s) => s.processes);
  const settings = useStore(sync.settings, (s) => s.settings);
  // "now" is read whenever the data changes, not only on the minute: a call logged a second ago
  // must already count, or the domain would treat it as a future contact and keep the clock running.
  const now = useMemo(
    () => new Date().toISOString(),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the data and the minute tick say when to read the clock
    [item, processes, settings, tick],
  );
  // A memoised selector (state/paneView.ts): the same view object until one of these changes.
  const view = paneView({ item, processes, settings, now, me: pane.host.userEmail() });

  // Opening a candidate's mail links it (category + Svara's property); the command id is the mail's,
  // so opening it again queues nothing new.
  const linkMessage = view.kind === "candidate" && item?.kind === "message-read" ? item.restId : null;
  const linkProcess = view.kind === "candidate" ? view.view.process.id : null;
  const linkCandidate = view.kind === "candidate" ? view.view.candidate.id : null;
  useEffect(() => {
    if (linkMessage && linkProcess && linkCandidate) {
      void pane.actions().linkMail({ processId: linkProcess, candidateId: linkCandidate }, linkMessage);
    }
  }, [pane, linkMessage, linkProcess, linkCandidate]);

  // Each new item is a good moment to see what was sent or received since the last look.
  useEffect(() => {
    void sync.detectContacts("item-changed");
  }, [item, sync]);

  // A newly selected mail or meeting is what the recruiter wants to see, wherever the pane was.
  useEffect(() => {
    overview.navigation.getState().showItem();
  }, [item, overview]);
  const screen = useStore(overview.navigation, (s) => s.screen);
  const itemShowsOverview = view.kind === "no-item" || view.kind === "own-mail";
  const showing: PaneShowing =
    screen.kind === "candidate"
      ? "candidate"
      : screen.kind === "overview" && !itemShowsOverview
        ? "overview-of-item"
        : screen.kind === "overview" || itemShowsOverview
          ? "overview"
          : "item";
  const focused =
    screen.kind === "candidate"
      ? focusedCandidateView(processes, settings, now, screen.ref.processId, screen.ref.candidateId)
      : null;
  const openLatestMail = async () => {
    if (screen.kind !== "candidate") return;
    const opened = await overview.services.openLatestMail(screen.ref);
    if (!opened.ok) pane.notify({ kind: "error", error: opened.error });
  };

  return (
    <>
      <SyncStatusBar outbox={sync.outbox} />
      {unreadable.map((e, i) => (
        <MessageBar key={i} intent="warning">
          <MessageBarBody>
            {t("sync.unreadable")}: {e.message[language]}
          </MessageBarBody>
        </MessageBar>
      ))}
      {status === "loading" && processes.length === 0 && <Spinner size="tiny" label={t("pane.connecting")} />}
      {status === "error" && error && (
        <ErrorBar error={error} onRetry={() => void sync.processes.getState().load()} />
      )}
      <PaneNavBar
        showing={showing}
        onOverview={() => overview.navigation.getState().showOverview()}
        onBack={() => overview.navigation.getState().back()}
        onLatestMail={() => void openLatestMail()}
      />
      {showing === "overview" && view.kind === "no-item" && (
        <Text size={200} data-testid="no-item">
          {t("pane.noItem")}
        </Text>
      )}
      {showing === "overview" && view.kind === "own-mail" && <Text size={200}>{t("pane.ownMail")}</Text>}
      {(showing === "overview" || showing === "overview-of-item") && (
        <Suspense fallback={<Loading />}>
          <OverviewShell services={overview.services} />
        </Suspense>
      )}
      {showing === "candidate" &&
        (focused ? (
          <CandidateBlock
            view={focused}
            mode="overview"
            timeZone={settings.timeZone}
            {...(screen.kind === "candidate" && screen.show ? { show: screen.show } : {})}
          />
        ) : (
          <Text data-testid="focused-gone">{t("overview.focus.gone")}</Text>
        ))}
      {showing === "item" && view.kind === "unknown-sender" && item && (
        <>
          <ItemSummary item={item} />
          {status === "ready" && (
            <Suspense fallback={<Loading />}>
              {/* A new sender gets a fresh form: a pinned pane must never file B's mail under A. */}
              <AddCandidate
                key={item.restId ?? view.sender.email}
                item={item}
                sender={view.sender}
                processes={processes}
              />
            </Suspense>
          )}
        </>
      )}
      {showing === "item" && view.kind === "candidate" && (
        <CandidateBlock
          view={view.view}
          mode="read"
          timeZone={settings.timeZone}
          {...(view.openMailText === undefined ? {} : { openMailText: view.openMailText })}
        />
      )}
      {showing === "item" && view.kind === "compose" && (
        <Suspense fallback={<Loading />}>
          <ComposePanel recipients={view.recipients} />
        </Suspense>
      )}
      {showing === "item" && view.kind === "meeting" && item && (
        <MeetingPanel item={item} attendees={view.attendees} ended={view.ended} />
      )}
    </>
  );
}
