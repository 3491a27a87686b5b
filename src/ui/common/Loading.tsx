import { Spinner } from "@fluentui/react-components";
import { useLanguage } from "./LanguageContext";

/** Something is on its way: a spinner a screen reader names too ("Läser in …"), as axe requires of
 * a progress bar. */
export function Loading() {
  const { t } = useLanguage();
  return <Spinner size="tiny" label={t("pane.loading")} />;
}
