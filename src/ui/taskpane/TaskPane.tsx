import { Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useStore } from "zustand";
import type { ItemStoreApi } from "../../state/itemStore";
import { ErrorBar } from "../common/ErrorBar";
import { useLanguage } from "../common/LanguageContext";
import { ItemSummary } from "./ItemSummary";

const useStyles = makeStyles({
  pane: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minWidth: "280px",
    backgroundColor: tokens.colorNeutralBackground2,
    minHeight: "100vh",
    boxSizing: "border-box",
  },
  title: { margin: 0 },
});

/** The Outlook task pane: what the open item is, and (as features land) who it is about. */
export function TaskPane({ items, onRetry }: { items: ItemStoreApi; onRetry: () => void }) {
  const styles = useStyles();
  const { t } = useLanguage();
  const state = useStore(items, (s) => s.state);
  return (
    <main className={styles.pane} aria-busy={state.status === "loading"}>
      <Text as="h1" size={500} weight="semibold" className={styles.title}>
        {t("app.name")}
      </Text>
      {state.status === "loading" && <Spinner label={t("pane.loading")} />}
      {state.status === "error" && <ErrorBar error={state.error} onRetry={onRetry} />}
      {state.status === "ready" && state.item === null && (
        <Text data-testid="no-item">{t("pane.noItem")}</Text>
      )}
      {state.status === "ready" && state.item && <ItemSummary item={state.item} />}
    </main>
  );
}
