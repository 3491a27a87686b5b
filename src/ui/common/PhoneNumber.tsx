import { Link, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { PhoneDisplay } from "../../i18n/phone";
import { useLanguage } from "./LanguageContext";

type PhoneModule = typeof import("../../i18n/phone");

// The formatter and its metadata (~19 KB gzip) load once, after first paint: until then the stored
// E.164 number is shown, which is already a number a phone can dial.
let phoneModule: PhoneModule | null = null;
let loading: Promise<PhoneModule> | null = null;
function loadPhone(): Promise<PhoneModule> {
  loading ??= import(/* webpackChunkName: "phone" */ "../../i18n/phone").then((m) => (phoneModule = m));
  return loading;
}

function usePhoneDisplay(value: string): PhoneDisplay | null {
  const { language } = useLanguage();
  const [, setReady] = useState(phoneModule !== null);
  useEffect(() => {
    let live = true;
    if (!phoneModule) void loadPhone().then(() => live && setReady(true));
    return () => {
      live = false;
    };
  }, []);
  return phoneModule ? phoneModule.formatPhone(value, language) : null;
}

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
