// When in the recruiter's day things land: status updates and calls in the morning, calls only
// in working hours, and times shown the way each language writes them.

import { addBusinessDays, isBusinessDay } from "./calendarDays";
import { dateTimeFormat } from "./intlCache";
import type { IsoDate, IsoInstant, UserText } from "./model";
import { isSwedishHoliday } from "./swedishHolidays";
import { fromLocal, localDate, localParts } from "./timeZone";

const MORNING_HOUR = 9;
/** The last start time for a call in a working day (16:30). */
const LAST_CALL_MINUTE = 16 * 60 + 30;

export function atMorning(date: IsoDate, timeZone: string): IsoInstant {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  return new Date(
    fromLocal({ year, month, day, hour: MORNING_HOUR, minute: 0, second: 0 }, timeZone),
  ).toISOString();
}

/**
 * Nobody wants a decision call at 22:00 or on Midsummer Eve: a call that would fall outside
 * working hours moves to the next working morning — unless that is past the deadline, in which
 * case the deadline wins and the recruiter decides.
 */
export function callSlot(preferred: IsoInstant, dueAt: IsoInstant, timeZone: string): IsoInstant {
  const ms = Date.parse(preferred);
  const date = localDate(ms, timeZone);
  const p = localParts(ms, timeZone);
  const minute = p.hour * 60 + p.minute;
  const workday = isBusinessDay(date, isSwedishHoliday);
  if (workday && minute >= MORNING_HOUR * 60 && minute <= LAST_CALL_MINUTE) return preferred;
  const day = workday && minute < MORNING_HOUR * 60 ? date : addBusinessDays(date, 1, isSwedishHoliday);
  const slot = atMorning(day, timeZone);
  return Date.parse(slot) <= Date.parse(dueAt) ? slot : preferred;
}

/** "13 nov. 10:12" / "13 Nov, 10:12" in the recruiter's zone. */
export function formatWhen(instant: IsoInstant, timeZone: string): UserText {
  const options: Intl.DateTimeFormatOptions = {
    timeZone,
    day: "numeric",
    month: "short",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  };
  const ms = Date.parse(instant);
  return { sv: dateTimeFormat("sv-SE", options).format(ms), en: dateTimeFormat("en-GB", options).format(ms) };
}
