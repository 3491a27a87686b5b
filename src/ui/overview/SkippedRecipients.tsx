import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import type { SkippedRecipient } from "../../state/statusDrafts";
import { useLanguage } from "../common/LanguageContext";
import { registerLaterWords } from "../../i18n/laterFeatures";

registerLaterWords();

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/** Who gets no draft of a mail to many, each with the reason (no address, no version of the
 * template in their language, a decision they hear by phone…); nothing when everyone gets one. */
export function SkippedRecipients({
  skipped,
  testId,
}: {
  skipped: readonly SkippedRecipient[];
  testId: string;
}) {
  const styles = useStyles();
  const { t, language } = useLanguage();
  if (skipped.length === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline" data-testid={testId}>
      <MessageBarBody>
        <MessageBarTitle>{t("bulk.skipped.title", { count: skipped.length })}</MessageBarTitle>
        <ul className={styles.list}>
          {skipped.map((s) => (
            <li key={s.key}>
              {s.name}: {s.reason.message[language]}
            </li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
