import type { Language } from "../domain/result";
import { CATALOGUES, type MessageKey } from "./catalogue";
import { selectPlurals } from "./pluralMessage";

export type { MessageKey };
export type Translate = (key: MessageKey, params?: Readonly<Record<string, string | number>>) => string;

/** Swedish for any Swedish tag ("sv", "sv-SE", "sv-FI"), English for everything else. */
export function languageFromTag(tag: string | null | undefined): Language {
  return /^sv(\b|-|_)/i.test(tag ?? "") ? "sv" : "en";
}

/** Plurals first (`{count, plural, one {1 dag} other {# dagar}}`, by Intl.PluralRules), then
 * `{name}` placeholders from params; an unknown one stays visible rather than vanishing. */
export function translator(language: Language): Translate {
  const catalogue = CATALOGUES[language];
  return (key, params) =>
    selectPlurals(catalogue[key], language, params).replace(/\{(\w+)\}/g, (whole, name: string) =>
      params && name in params ? String(params[name]) : whole,
    );
}

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

function format(
  language: Language,
  timeZone: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  const key = `${language}|${timeZone}|${JSON.stringify(options)}`;
  let f = dateTimeFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(language === "sv" ? "sv-SE" : "en-GB", { ...options, timeZone });
    dateTimeFormats.set(key, f);
  }
  return f;
}

/** Dates and times in the recruiter's language and time zone, as a person writes them: "2 dec.
 * kl. 16:17", "2 Dec, 16:17" — the year only when it is not this year. Formatters are built once
 * per shape: a list of 10,000 candidates formats a date in every visible row. */
export function formatDateTime(
  iso: string,
  language: Language,
  timeZone = "Europe/Stockholm",
  now: number = Date.now(),
): string {
  const at = new Date(iso);
  const yearOf = format(language, timeZone, { year: "numeric" });
  const sameYear = yearOf.format(at) === yearOf.format(now);
  const day = format(language, timeZone, {
    day: "numeric",
    month: "short",
    ...(sameYear ? {} : { year: "numeric" }),
  }).format(at);
  const time = format(language, timeZone, { hour: "2-digit", minute: "2-digit" }).format(at);
  return language === "sv" ? `${day} kl. ${time}` : `${day}, ${time}`;
}

/** A calendar date ("2026-03-03") as the language writes it in full: "3 mars 2026", "3 March 2026". */
export function formatDate(isoDate: string, language: Language): string {
  return format(language, "UTC", { day: "numeric", month: "long", year: "numeric" }).format(
    new Date(`${isoDate}T12:00:00.000Z`),
  );
}

const decimals = new Map<Language, Intl.NumberFormat>();

/** A size or share with one decimal, as the language writes it: "0,4" in Swedish, "0.4" in English. */
export function formatDecimal(value: number, language: Language): string {
  let f = decimals.get(language);
  if (!f) {
    f = new Intl.NumberFormat(language === "sv" ? "sv-SE" : "en-GB", {
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
    });
    decimals.set(language, f);
  }
  return f.format(value);
}
