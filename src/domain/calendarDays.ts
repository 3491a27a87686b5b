// Arithmetic on local calendar dates ("YYYY-MM-DD"). Dates, not instants: a day is a day whether
// it has 23, 24 or 25 hours, which is what makes "10 days" mean the same thing all year.

import { pad } from "./timeZone";

import type { IsoDate } from "./model";

const DAY_MS = 86_400_000;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(value: string): boolean {
  const m = DATE_RE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const back = new Date(Date.UTC(y, mo - 1, d));
  return back.getUTCFullYear() === y && back.getUTCMonth() === mo - 1 && back.getUTCDate() === d;
}

function toUtcMs(date: IsoDate): number {
  const m = DATE_RE.exec(date);
  if (!m) throw new RangeError(`not a date: ${date}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

function fromUtcMs(ms: number): IsoDate {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

export function dateOf(year: number, month: number, day: number): IsoDate {
  return fromUtcMs(Date.UTC(year, month - 1, day));
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromUtcMs(toUtcMs(date) + days * DAY_MS);
}

/** Whole days from a to b (negative when b is before a). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return Math.round((toUtcMs(b) - toUtcMs(a)) / DAY_MS);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: IsoDate): number {
  return new Date(toUtcMs(date)).getUTCDay();
}

/** Calendar-month addition; the 31st plus one month is the last day of the shorter month. */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return dateOf(year, month, Math.min(d, lastDay));
}

export type HolidayTest = (date: IsoDate) => boolean;

export function isBusinessDay(date: IsoDate, isHoliday: HolidayTest): boolean {
  const wd = weekday(date);
  return wd !== 0 && wd !== 6 && !isHoliday(date);
}

/**
 * n business days after date: the first business day after it is day 1, whatever the start is.
 * A Saturday application with a 1-day window is due Monday, the next working day (callSlot relies
 * on this for "the next working morning").
 */
export function addBusinessDays(date: IsoDate, n: number, isHoliday: HolidayTest): IsoDate {
  let current = date;
  let left = n;
  while (left > 0) {
    current = addDays(current, 1);
    if (isBusinessDay(current, isHoliday)) left -= 1;
  }
  return current;
}

/** Business days in (a, b]: how many working days remain until b, seen from a. */
export function businessDaysBetween(a: IsoDate, b: IsoDate, isHoliday: HolidayTest): number {
  const sign = daysBetween(a, b) < 0 ? -1 : 1;
  const [from, to] = sign < 0 ? [b, a] : [a, b];
  let count = 0;
  for (let d = addDays(from, 1); daysBetween(d, to) >= 0; d = addDays(d, 1)) {
    if (isBusinessDay(d, isHoliday)) count += 1;
  }
  return sign * count;
}
