import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useLanguage } from "../common/LanguageContext";

const useStyles = makeStyles({
  bar: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
});

export type PaneShowing = "item" | "overview" | "overview-of-item" | "candidate";

/**
 * The overview is always one click away, and the way back is always one click: from a mail to the
 * overview, from the overview back to the mail, from a candidate picked there back to the overview.
 */
export function PaneNavBar({
  showing,
  onOverview,
  onBack,
  onLatestMail,
}: {
  showing: PaneShowing;
  onOverview(): void;
  onBack(): void;
  onLatestMail(): void;
}) {
  const styles = useStyles();
  const { t } = useLanguage();
  if (showing === "overview") return null;
  return (
    <nav className={styles.bar} aria-label={t("overview.title")}>
      {showing === "item" && (
        <Button size="small" onClick={onOverview} data-testid="pane-overview">
          {t("overview.nav.open")}
        </Button>
      )}
      {showing === "overview-of-item" && (
        <Button size="small" appearance="subtle" onClick={onBack} data-testid="pane-back">
          <span aria-hidden="true">←&nbsp;</span>
          {t("overview.nav.backToItem")}
        </Button>
      )}
      {showing === "candidate" && (
        <>
          <Button size="small" appearance="subtle" onClick={onBack} data-testid="pane-back">
            <span aria-hidden="true">←&nbsp;</span>
            {t("overview.nav.backToOverview")}
          </Button>
          <Button size="small" onClick={onLatestMail} data-testid="pane-latest-mail">
            {t("overview.nav.latestMail")}
          </Button>
        </>
      )}
    </nav>
  );
}
