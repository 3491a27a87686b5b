import type { IsoDate, Language } from "../../domain";

const formats = new Map<Language, Intl.DateTimeFormat>();

/** "Onsdag 26 november" / "Wednesday 26 November": a day of the agenda as its heading says it. The
 * date is a calendar day, so it is formatted at noon UTC in UTC — no time zone can move it. */
export function agendaDayName(day: IsoDate, language: Language): string {
  let format = formats.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(language === "sv" ? "sv-SE" : "en-GB", {
      weekday: "long",
      day: "numeric",
      month: "long",
      timeZone: "UTC",
    });
    formats.set(language, format);
  }
  const text = format.format(new Date(`${day}T12:00:00Z`));
  return text.charAt(0).toLocaleUpperCase(language) + text.slice(1);
}
