import { Link, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useLanguage } from "./LanguageContext";
import { usePhoneDisplay } from "./usePhoneDisplay";

const useStyles = makeStyles({
  problem: { color: tokens.colorPaletteRedForeground1, display: "block" },
});

/** A stored phone number, formatted for the recruiter's language and dialled with one click. */
export function PhoneNumber({ value, name }: { value: string; name: string }) {
  const styles = useStyles();
  const { t, language } = useLanguage();
  const shown = usePhoneDisplay(value);
  const text = shown?.text ?? value;
  const dial = shown ? shown.dial : value;
  return (
    <span data-testid="candidate-phone">
      {dial ? (
        <Link href={`tel:${dial}`} aria-label={t("card.phoneCall", { name, phone: text })}>
          {text}
        </Link>
      ) : (
        <Text>{text}</Text>
      )}
      {shown?.problem && (
        <Text size={200} className={styles.problem} data-testid="phone-problem">
          {shown.problem[language]}
        </Text>
      )}
    </span>
  );
}
