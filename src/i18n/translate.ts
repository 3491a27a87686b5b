import type { Language } from "../domain/result";
import { CATALOGUES, type MessageKey } from "./catalogue";

export type { MessageKey };
export type Translate = (key: MessageKey, params?: Readonly<Record<string, string | number>>) => string;

/** Swedish for any Swedish tag ("sv", "sv-SE", "sv-FI"), English for everything else. */
export function languageFromTag(tag: string | null | undefined): Language {
  return /^sv(\b|-|_)/i.test(tag ?? "") ? "sv" : "en";
}

/** `{name}` placeholders are filled from params; an unknown one stays visible rather than vanishing. */
export function translator(language: Language): Translate {
  const catalogue = CATALOGUES[language];
  return (key, params) =>
    catalogue[key].replace(/\{(\w+)\}/g, (whole, name: string) =>
      params && name in params ? String(params[name]) : whole,
    );
}

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

/** Dates and times in the recruiter's language and time zone. A formatter is built once per
 * language and zone: a list of 10,000 candidates formats a date in every visible row. */
export function formatDateTime(iso: string, language: Language, timeZone = "Europe/Stockholm"): string {
  const key = `${language}|${timeZone}`;
  let format = dateTimeFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(language === "sv" ? "sv-SE" : "en-GB", {
      dateStyle: "medium",
      timeStyle: "short",
      timeZone,
    });
    dateTimeFormats.set(key, format);
  }
  return format.format(new Date(iso));
}
