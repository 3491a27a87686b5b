import { MessageBar, MessageBarBody, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useStore } from "zustand";
import type { AppError } from "../../domain/result";
import type { MessageKey } from "../../i18n/catalogue";
import type { ItemStoreApi } from "../../state/itemStore";
import { ErrorBar } from "../common/ErrorBar";
import { useLanguage } from "../common/LanguageContext";
import { ConnectedPane } from "./ConnectedPane";
import { DeviceCopyCard, type DeviceCopy } from "./DeviceCopyCard";
import { ItemSummary } from "./ItemSummary";
import { PaneContext, type PaneServices } from "./paneContext";
import type { PaneOverview } from "./paneOverview";
import type { PaneSync } from "./paneSync";

const useStyles = makeStyles({
  pane: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minWidth: "280px",
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
    minHeight: "100vh",
    boxSizing: "border-box",
  },
  title: { margin: 0 },
});

/** `message`: what to say instead of "saved" (its words come with the chunk that asked for it). */
export type Notice =
  { kind: "saved"; offline: boolean; message?: MessageKey } | { kind: "error"; error: AppError } | null;

export interface TaskPaneProps {
  readonly items: ItemStoreApi;
  readonly onRetry: () => void;
  /** Null until Microsoft 365 is connected (after first paint). */
  readonly connected: {
    readonly sync: PaneSync;
    readonly services: PaneServices;
    readonly overview: PaneOverview;
  } | null;
  readonly connectError: AppError | null;
  /** This device's copy of the processes, read before the connection (null on a first start). */
  readonly deviceCopy?: DeviceCopy | null;
  readonly onReconnect: () => void;
  readonly notice: Notice;
}

/** The Outlook task pane: the open item, who it is about, and what to do for them. */
export function TaskPane(props: TaskPaneProps) {
  const styles = useStyles();
  const { t } = useLanguage();
  const state = useStore(props.items, (s) => s.state);
  const item = state.status === "ready" ? state.item : null;
  return (
    <main
      className={styles.pane}
      aria-busy={state.status === "loading"}
      // What the first-start test waits for: the pane has reached Microsoft 365 (or the emulator).
      data-connected={props.connected ? "true" : "false"}
    >
      <Text as="h1" size={500} weight="semibold" className={styles.title}>
        {t("app.name")}
      </Text>
      {props.notice?.kind === "saved" && (
        <MessageBar
          intent={props.notice.offline ? "warning" : "success"}
          // A message longer than "saved" wraps at 320 px instead of running off the pane.
          {...(props.notice.message ? { layout: "multiline" as const } : {})}
          data-testid="saved"
        >
          <MessageBarBody>
            {props.notice.message
              ? t(props.notice.message)
              : props.notice.offline
                ? t("save.savedLocally")
                : t("save.saved")}
          </MessageBarBody>
        </MessageBar>
      )}
      {props.notice?.kind === "error" && <ErrorBar error={props.notice.error} />}
      {state.status === "loading" && <Spinner label={t("pane.loading")} />}
      {state.status === "error" && <ErrorBar error={state.error} onRetry={props.onRetry} />}
      {props.connectError && <ErrorBar error={props.connectError} onRetry={props.onReconnect} />}
      {state.status === "ready" && props.connected && (
        <PaneContext.Provider value={props.connected.services}>
          <ConnectedPane item={item} sync={props.connected.sync} overview={props.connected.overview} />
        </PaneContext.Provider>
      )}
      {state.status === "ready" && !props.connected && (
        <>
          {item && props.deviceCopy ? (
            <DeviceCopyCard item={item} copy={props.deviceCopy} />
          ) : item ? (
            <ItemSummary item={item} />
          ) : (
            <Text data-testid="no-item">{t("pane.noItem")}</Text>
          )}
          {!props.connectError && <Spinner size="tiny" label={t("pane.connecting")} />}
        </>
      )}
    </main>
  );
}
