// Swedish public holidays, computed (no year tables to go stale). The three eves — Midsummer Eve,
// Christmas Eve and New Year's Eve — are not holidays by law but are de facto days off in Swedish
// working life, so they do not count as business days either.

import { addDays, dateOf } from "./calendarDays";
import type { IsoDate } from "./model";
import type { UserText } from "./result";

export interface Holiday {
  readonly date: IsoDate;
  readonly name: UserText;
}

/** Easter Sunday, Gregorian calendar (the anonymous "Meeus/Jones/Butcher" algorithm). */
export function easterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return dateOf(year, month, day);
}

/** The first date in [from, from+6] that falls on the weekday (0 = Sunday). */
function weekdayOnOrAfter(year: number, month: number, day: number, wd: number): IsoDate {
  const start = dateOf(year, month, day);
  const startWd = new Date(`${start}T00:00:00Z`).getUTCDay();
  return addDays(start, (wd - startWd + 7) % 7);
}

const cache = new Map<number, readonly Holiday[]>();

export function swedishHolidays(year: number): readonly Holiday[] {
  const hit = cache.get(year);
  if (hit) return hit;
  const easter = easterSunday(year);
  const h = (date: IsoDate, sv: string, en: string): Holiday => ({ date, name: { sv, en } });
  const list = [
    h(dateOf(year, 1, 1), "Nyårsdagen", "New Year's Day"),
    h(dateOf(year, 1, 6), "Trettondedag jul", "Epiphany"),
    h(addDays(easter, -2), "Långfredagen", "Good Friday"),
    h(easter, "Påskdagen", "Easter Sunday"),
    h(addDays(easter, 1), "Annandag påsk", "Easter Monday"),
    h(dateOf(year, 5, 1), "Första maj", "May Day"),
    h(addDays(easter, 39), "Kristi himmelsfärdsdag", "Ascension Day"),
    h(addDays(easter, 49), "Pingstdagen", "Whit Sunday"),
    h(dateOf(year, 6, 6), "Sveriges nationaldag", "National Day of Sweden"),
    h(weekdayOnOrAfter(year, 6, 19, 5), "Midsommarafton", "Midsummer Eve"),
    h(weekdayOnOrAfter(year, 6, 20, 6), "Midsommardagen", "Midsummer Day"),
    h(weekdayOnOrAfter(year, 10, 31, 6), "Alla helgons dag", "All Saints' Day"),
    h(dateOf(year, 12, 24), "Julafton", "Christmas Eve"),
    h(dateOf(year, 12, 25), "Juldagen", "Christmas Day"),
    h(dateOf(year, 12, 26), "Annandag jul", "Boxing Day"),
    h(dateOf(year, 12, 31), "Nyårsafton", "New Year's Eve"),
  ].sort((x, y) => (x.date < y.date ? -1 : 1));
  cache.set(year, list);
  return list;
}

export function isSwedishHoliday(date: IsoDate): boolean {
  const year = Number(date.slice(0, 4));
  return swedishHolidays(year).some((x) => x.date === date);
}
