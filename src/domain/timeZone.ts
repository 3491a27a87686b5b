// Time-zone arithmetic with nothing but Intl (Node 20 and evergreen webviews ship full ICU). The
// recruiter's promise is counted in their local days, so "10 days later" must land on the same
// wall-clock time even when a daylight-saving change lies in between.

export const DEFAULT_TIME_ZONE = "Europe/Stockholm";

export interface LocalParts {
  readonly year: number;
  readonly month: number; // 1-12
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Whether the runtime knows the zone; settings are validated with this. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

function partsFromIntl(instantMs: number, timeZone: string): LocalParts {
  const parts = formatterFor(timeZone).formatToParts(instantMs);
  const get = (type: Intl.DateTimeFormatPartTypes): number =>
    Number(parts.find((p) => p.type === type)?.value ?? "0");
  return {
    year: get("year"),
    month: get("month"),
    day: get("day"),
    hour: get("hour") % 24,
    minute: get("minute"),
    second: get("second"),
  };
}

// Asking Intl is slow (formatToParts per call), and the planner asks tens of times per candidate.
// Every real zone changes offset only on a quarter-hour boundary, so one answer per zone and
// quarter hour is exact; the cache is dropped when it grows large rather than grown forever.
const QUARTER_HOUR = 900_000;
const offsets = new Map<string, Map<number, number>>();

/** Minutes the zone is ahead of UTC at that instant (Stockholm: 60 in winter, 120 in summer). */
export function zoneOffsetMinutes(instantMs: number, timeZone: string): number {
  const bucket = Math.floor(instantMs / QUARTER_HOUR) * QUARTER_HOUR;
  let zone = offsets.get(timeZone);
  if (!zone) {
    zone = new Map();
    offsets.set(timeZone, zone);
  }
  const hit = zone.get(bucket);
  if (hit !== undefined) return hit;
  const p = partsFromIntl(bucket, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  const offset = Math.round((asUtc - bucket) / 60000);
  if (zone.size > 100_000) zone.clear();
  zone.set(bucket, offset);
  return offset;
}

export function localParts(instantMs: number, timeZone: string): LocalParts {
  const d = new Date(instantMs + zoneOffsetMinutes(instantMs, timeZone) * 60000);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
  };
}

/**
 * The instant a local wall-clock time denotes. A time skipped by spring-forward moves forward by
 * the gap (02:30 → 03:30); a repeated autumn time takes the first occurrence.
 */
export function fromLocal(p: LocalParts, timeZone: string): number {
  return fromWallClock(Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second), timeZone);
}

/** The same as fromLocal, for a wall-clock time given as milliseconds (the local time read as if
 * it were UTC): no parts, no strings, for code that counts days for thousands of candidates. */
export function fromWallClock(naive: number, timeZone: string): number {
  const before = zoneOffsetMinutes(naive - 36 * 3600_000, timeZone);
  const after = zoneOffsetMinutes(naive + 36 * 3600_000, timeZone);
  // The larger offset first: an ambiguous (repeated) time then resolves to its first occurrence.
  const candidates = before >= after ? [before, after] : [after, before];
  for (const offset of candidates) {
    const instant = naive - offset * 60000;
    if (zoneOffsetMinutes(instant, timeZone) === offset) return instant;
  }
  // In the gap: no offset reproduces the wall time; use the offset before the change.
  return naive - Math.min(before, after) * 60000;
}

/** The instant's wall-clock time in the zone, as milliseconds read as if UTC. */
export function wallClock(instantMs: number, timeZone: string): number {
  return instantMs + zoneOffsetMinutes(instantMs, timeZone) * 60000;
}

/** The local calendar day of an instant as a day number (days since 1970-01-01, local). */
export function localDayNumber(instantMs: number, timeZone: string): number {
  return Math.floor(wallClock(instantMs, timeZone) / 86_400_000);
}

/** Local calendar date "YYYY-MM-DD" of an instant. */
export function localDate(instantMs: number, timeZone: string): string {
  const p = localParts(instantMs, timeZone);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
}

export function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}
