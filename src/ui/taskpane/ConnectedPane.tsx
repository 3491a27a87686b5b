import { MessageBar, MessageBarBody, Spinner, Text } from "@fluentui/react-components";
import { Suspense, lazy, useEffect, useMemo, useState } from "react";
import { useStore } from "zustand";
import type { HostItem } from "../../host/host";
import { paneView } from "../../state/paneView";
import { ErrorBar } from "../common/ErrorBar";
import { useLanguage } from "../common/LanguageContext";
import { CandidateCard } from "./CandidateCard";
import { ItemSummary } from "./ItemSummary";
import { MeetingPanel } from "./MeetingPanel";
import { usePane } from "./paneContext";
import type { PaneSync } from "./paneSync";
import { SyncStatusBar } from "./SyncStatusBar";

// The forms and the template picker are not needed to show the card: they load after first paint.
const CandidateActions = lazy(() => import("./CandidateActions"));
const AddCandidate = lazy(() => import("./AddCandidateFlow"));
const ComposePanel = lazy(() => import("./ComposePanel"));

/** Re-renders every minute so "days left" moves on while the pane stays open. */
function useMinuteTick(): number {
  const [tick, setTick] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => setTick((t) => t + 1), 60_000);
    return () => clearInterval(timer);
  }, []);
  return tick;
}

export function ConnectedPane({ item, sync }: { item: HostItem | null; sync: PaneSync }) {
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
    void sync.detectContacts();
  }, [item, sync]);

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
      {view.kind === "no-item" && <Text data-testid="no-item">{t("pane.noItem")}</Text>}
      {view.kind === "own-mail" && <Text>{t("pane.ownMail")}</Text>}
      {view.kind === "unknown-sender" && item && (
        <>
          <ItemSummary item={item} />
          {status === "ready" && (
            <Suspense fallback={<Spinner size="tiny" />}>
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
      {view.kind === "candidate" && (
        <>
          <CandidateCard
            process={view.view.process}
            candidate={view.view.candidate}
            stageName={view.view.stageName}
            clock={view.view.clock}
            log={view.view.log}
            nextFollowUp={view.view.followUps[0] ?? null}
            timeZone={settings.timeZone}
          />
          <Suspense fallback={<Spinner size="tiny" />}>
            {/* A new candidate starts on their own first tab, not on the last one's. */}
            <CandidateActions
              key={`${view.view.process.id}/${view.view.candidate.id}`}
              view={view.view}
              mode="read"
            />
          </Suspense>
        </>
      )}
      {view.kind === "compose" && (
        <Suspense fallback={<Spinner size="tiny" />}>
          <ComposePanel recipients={view.recipients} />
        </Suspense>
      )}
      {view.kind === "meeting" && item && (
        <MeetingPanel item={item} attendees={view.attendees} ended={view.ended} />
      )}
    </>
  );
}
