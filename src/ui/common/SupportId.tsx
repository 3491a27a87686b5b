import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { useLanguage } from "./LanguageContext";

const useStyles = makeStyles({ id: { display: "block", color: tokens.colorNeutralForeground3 } });

/** Graph's request-id of a failed request, for the recruiter to quote to support: it finds the
 * request in Microsoft's logs and says nothing about the candidate. */
export function SupportId({ error }: { error: object }) {
  const styles = useStyles();
  const { t } = useLanguage();
  const requestId = "requestId" in error && typeof error.requestId === "string" ? error.requestId : null;
  if (!requestId) return null;
  return (
    <Text size={200} className={styles.id} data-testid="support-id">
      {t("error.supportId", { id: requestId })}
    </Text>
  );
}
