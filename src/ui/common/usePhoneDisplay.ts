import { useEffect, useState } from "react";
import type { PhoneDisplay } from "../../i18n/phone";
import { afterPaint } from "./afterPaint";
import { useLanguage } from "./LanguageContext";

type PhoneModule = typeof import("../../i18n/phone");

// The formatter and its metadata (~29 KB gzip) load once, after the screen showing a number has been
// painted (afterPaint.ts): until then the stored E.164 number is shown, which a phone can dial.
let phoneModule: PhoneModule | null = null;
let loading: Promise<PhoneModule> | null = null;
/** Loads the formatter now (a test, or a screen that knows it will show numbers at once). */
export function loadPhone(): Promise<PhoneModule> {
  loading ??= import(/* webpackChunkName: "phone" */ "../../i18n/phone").then((m) => (phoneModule = m));
  return loading;
}

/** Re-renders once the formatter has loaded; true from then on. */
function usePhoneModule(): PhoneModule | null {
  const [, setReady] = useState(phoneModule !== null);
  useEffect(() => {
    let live = true;
    const cancel = phoneModule
      ? () => undefined
      : afterPaint(() => void loadPhone().then(() => live && setReady(true)));
    return () => {
      live = false;
      cancel();
    };
  }, []);
  return phoneModule;
}

/** A stored number as the recruiter's language writes it; null until the formatter has loaded. */
export function usePhoneDisplay(value: string): PhoneDisplay | null {
  const { language } = useLanguage();
  return usePhoneModule()?.formatPhone(value, language) ?? null;
}

/** Formats any number of stored numbers as text: the stored number until the formatter has loaded. */
export function usePhoneText(): (value: string) => string {
  const { language } = useLanguage();
  const phone = usePhoneModule();
  return (value) => (phone ? phone.formatPhone(value, language).text : value);
}
