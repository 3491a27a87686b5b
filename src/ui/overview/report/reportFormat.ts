import { isoWeek, type IsoDate, type IsoInstant, type Language } from "../../../domain";
import type { Translate } from "../../../i18n/translate";
import { daysFromHours } from "../../../state/reportSelectors";
import { registerLaterWords } from "../../../i18n/laterFeatures";

registerLaterWords();

// Built once per language: the weekly table formats a figure in every cell.
const formats = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function cached<F extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => F): F {
  let format = formats.get(key) as F | undefined;
  if (!format) {
    format = make();
    formats.set(key, format);
  }
  return format;
}

const locale = (language: Language) => (language === "sv" ? "sv-SE" : "en-GB");

/** 0.875 → "88 %" in Swedish, "88%" in English. */
export const formatShare = (share: number, language: Language): string =>
  cached(
    `share|${language}`,
    () => new Intl.NumberFormat(locale(language), { style: "percent", maximumFractionDigits: 0 }),
  ).format(share);

/** Hours as days with one decimal and a Swedish decimal comma: 26.4 h → "1,1 dagar". With a
 * decimal the plural is right for every value ("1,0 dagar", "1.0 days"). */
export function formatDays(hours: number, language: Language, t: Translate): string {
  const days = daysFromHours(hours) ?? 0;
  const number = cached(
    `days|${language}`,
    () => new Intl.NumberFormat(locale(language), { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
  );
  return t("report.days", { days: number.format(days) });
}

/** A day of the period, as "17 nov. 2026" / "17 Nov 2026". */
export const formatDay = (instant: IsoInstant, language: Language, timeZone: string): string =>
  cached(
    `day|${language}|${timeZone}`,
    () => new Intl.DateTimeFormat(locale(language), { dateStyle: "medium", timeZone }),
  ).format(new Date(instant));

/** A week by its ISO number and Monday: "v. 47, 17 nov." / "Week 47, 17 Nov". */
export function formatWeek(monday: IsoDate, language: Language, t: Translate): string {
  const date = cached(
    `monday|${language}`,
    () => new Intl.DateTimeFormat(locale(language), { day: "numeric", month: "short", timeZone: "UTC" }),
  ).format(new Date(`${monday}T12:00:00Z`));
  return t("report.week", { week: isoWeek(monday).week, date });
}

/** A week by its ISO number alone, for a chart's axis: "v. 47" / "Week 47". */
export const formatWeekShort = (monday: IsoDate, t: Translate): string =>
  t("report.weekShort", { week: isoWeek(monday).week });

/** A stored month (YYYY-MM) as "nov. 2026" / "Nov 2026". */
export const formatMonth = (month: string, language: Language): string =>
  cached(
    `month|${language}`,
    () => new Intl.DateTimeFormat(locale(language), { month: "short", year: "numeric", timeZone: "UTC" }),
  ).format(new Date(`${month}-15T12:00:00Z`));
