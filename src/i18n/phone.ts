// Phone numbers as people read them: stored E.164 (+46701234567, what a phone dials), shown the
// way the language writes them — "070-123 45 67" for a Swedish number in Swedish, "+46 70 123 45 67"
// in English, "+44 20 7946 0958" for a British one in both. libphonenumber-js's smallest metadata
// (min: formats and lengths, no number types) does this; it is loaded after first paint (see
// ui/common/PhoneNumber.tsx), so the pane's first-paint budget does not carry it. Sync writes the
// same form on OneNote pages and in call events (`phoneText`, graph/phoneFormat.ts): the pane loads
// this chunk when it first writes one, the send handler carries it in its single file.

import { parsePhoneNumberFromString } from "libphonenumber-js/core";
import metadata from "libphonenumber-js/min/metadata";
import type { Language, UserText } from "../domain";

export interface PhoneDisplay {
  /** What to show: formatted, or the number as it was typed when it cannot be read. */
  readonly text: string;
  /** The number to dial (E.164), or null when it cannot be read. */
  readonly dial: string | null;
  /** Why the number is shown as typed, in both languages; null when it could be formatted. */
  readonly problem: UserText | null;
}

const UNREADABLE: UserText = {
  sv: "Numret går inte att läsa som ett telefonnummer. Rätta det under Kontakt.",
  en: "The number cannot be read as a phone number. Correct it under Contact.",
};

export function formatPhone(value: string, language: Language): PhoneDisplay {
  const typed = value.trim();
  const number = parsePhoneNumberFromString(typed, { defaultCountry: "SE" }, metadata);
  if (!number?.isPossible()) return { text: typed, dial: null, problem: UNREADABLE };
  const national = number.country === "SE" && language === "sv";
  return {
    text: national ? number.formatNational() : number.formatInternational(),
    dial: number.number,
    problem: null,
  };
}

/** Only the text, for what is written outside the pane (a OneNote page, a call event). */
export const phoneText = (stored: string, language: Language): string => formatPhone(stored, language).text;
