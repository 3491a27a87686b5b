import {
  Badge,
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { useStore } from "zustand";
import {
  conflictOf,
  failedCommands,
  pausedBecause,
  pendingCount,
  type OutboxStatusStoreApi,
} from "../../state/outboxStatusStore";
import { useLanguage } from "../common/LanguageContext";
import { ConflictVersions } from "./ConflictVersions";
import { SupportId } from "../common/SupportId";

/** Nothing is lost silently: what waits is counted, what failed is shown with why and a retry. */
export function SyncStatusBar({ outbox }: { outbox: OutboxStatusStoreApi }) {
  const { t, language } = useLanguage();
  // Selectors straight from the store: failedCommands is memoised, so the list re-renders only
  // when a change moved.
  const pending = useStore(outbox, pendingCount);
  const failed = useStore(outbox, failedCommands);
  const paused = useStore(outbox, pausedBecause);
  return (
    <>
      {pending > 0 && (
        <Badge appearance="tint" color="warning" data-testid="pending-badge">
          {t("sync.pending", { count: pending })}
        </Badge>
      )}
      {paused && (
        <MessageBar intent="warning" data-testid="sync-paused">
          <MessageBarBody>
            <MessageBarTitle>{paused.message[language]}</MessageBarTitle>
            {t("sync.paused")}
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => void outbox.getState().resume()}>{t("sync.resume")}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {failed.map((command) => (
        <MessageBar key={command.id} intent="error" data-testid="sync-failed">
          <MessageBarBody>
            <MessageBarTitle>{t("sync.failed")}</MessageBarTitle>
            {command.error?.message[language] ?? command.type}
            {command.error && <SupportId error={command.error} />}
            {conflictOf(command) && <ConflictVersions versions={conflictOf(command)!} />}
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => void outbox.getState().retry(command.id)}>{t("pane.retry")}</Button>
            {/* The way out of a change that can never go (the recruiter decides; nothing is dropped by itself). */}
            <Button appearance="subtle" onClick={() => void outbox.getState().discard(command.id)}>
              {t("sync.discard")}
            </Button>
          </MessageBarActions>
        </MessageBar>
      ))}
    </>
  );
}
