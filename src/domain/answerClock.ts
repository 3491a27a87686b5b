// The answer clock (ARCHITECTURE.md §3): a candidate's contact starts it, our answer stops it, and
// the promise is that it never runs past the answer window. Derived from the contact log every
// time — never stored — so it cannot drift from what actually happened.

import { addBusinessDays, addDays, businessDaysBetween, dateOf, daysBetween } from "./calendarDays";
import type { Candidate, ContactEvent, DayCounting, IsoInstant, Process, Settings } from "./model";
import { isSwedishHoliday } from "./swedishHolidays";
import { fromLocal, localDate, localParts } from "./timeZone";

export interface ClockPolicy {
  readonly answerWindowDays: number;
  readonly warningDay: number;
  readonly timeZone: string;
  readonly dayCounting: DayCounting;
}

export function clockPolicy(process: Process, settings: Settings): ClockPolicy {
  return {
    answerWindowDays: process.answerWindowDays,
    warningDay: process.warningDay,
    timeZone: settings.timeZone,
    dayCounting: settings.dayCounting,
  };
}

/** Something the candidate did (or we did together) that deserves an answer. */
export function startsClock(c: ContactEvent): boolean {
  if (c.kind === "interview") return true; // an interview held is owed a verdict, whoever booked it
  return c.direction === "in" && (c.kind === "application" || c.kind === "message");
}

/** Something we told the candidate. A note to ourselves or an interview is not an answer. */
export function stopsClock(c: ContactEvent): boolean {
  if (c.kind === "note" || c.kind === "interview") return false;
  return c.direction === "out" || c.kind === "answer" || c.kind === "decision";
}

export interface AnswerInterval {
  readonly startedAt: IsoInstant;
  /** The contact that started it; null when the clock started because the candidate was added. */
  readonly startedBy: string | null;
  readonly answeredAt: IsoInstant | null;
}

/**
 * Every wait the candidate has had, in order. A second mail while the first is unanswered keeps
 * the clock running from the first: the promise is counted from when they first waited.
 * Contacts after `now` are ignored (a future-dated entry has not happened yet).
 */
export function answerIntervals(candidate: Candidate, now: IsoInstant): readonly AnswerInterval[] {
  const nowMs = Date.parse(now);
  const events = candidate.contacts
    .filter((c) => Date.parse(c.at) <= nowMs && (startsClock(c) || stopsClock(c)))
    .map((c, i) => ({ c, i, ms: Date.parse(c.at) }))
    // Same instant: the candidate's message first, so a reply sent that second still answers it.
    .sort(
      (a, b) =>
        a.ms - b.ms || (a.c.direction === b.c.direction ? a.i - b.i : a.c.direction === "in" ? -1 : 1),
    );
  if (events.length === 0) {
    return Date.parse(candidate.createdAt) <= nowMs
      ? [{ startedAt: candidate.createdAt, startedBy: null, answeredAt: null }]
      : [];
  }
  const intervals: AnswerInterval[] = [];
  let open: { startedAt: IsoInstant; startedBy: string } | null = null;
  for (const { c } of events) {
    if (open === null && startsClock(c)) open = { startedAt: c.at, startedBy: c.id };
    else if (open !== null && stopsClock(c)) {
      intervals.push({ ...open, answeredAt: c.at });
      open = null;
    }
  }
  if (open) intervals.push({ ...open, answeredAt: null });
  return intervals;
}

/** `days` counted days after an instant, at the same local wall-clock time. */
export function addCountedDays(instant: IsoInstant, days: number, policy: ClockPolicy): IsoInstant {
  const ms = Date.parse(instant);
  const p = localParts(ms, policy.timeZone);
  const startDate = dateOf(p.year, p.month, p.day);
  const target =
    policy.dayCounting === "business"
      ? addBusinessDays(startDate, days, isSwedishHoliday)
      : addDays(startDate, days);
  const [year, month, day] = target.split("-").map(Number) as [number, number, number];
  return new Date(fromLocal({ ...p, year, month, day }, policy.timeZone)).toISOString();
}

/** Counted days from the local date of `from` to the local date of `to`. */
export function countedDaysBetween(from: IsoInstant, to: IsoInstant, policy: ClockPolicy): number {
  const a = localDate(Date.parse(from), policy.timeZone);
  const b = localDate(Date.parse(to), policy.timeZone);
  return policy.dayCounting === "business" ? businessDaysBetween(a, b, isSwedishHoliday) : daysBetween(a, b);
}

export type ClockPhase = "stopped" | "running" | "warning" | "overdue";

export interface StoppedClock {
  readonly phase: "stopped";
}

export interface RunningClock {
  readonly phase: Exclude<ClockPhase, "stopped">;
  readonly startedAt: IsoInstant;
  /** The contact that started it; null when it started because the candidate was added. */
  readonly startedBy: string | null;
  readonly warningAt: IsoInstant;
  readonly dueAt: IsoInstant;
  /** Counted days until the due day: 0 on the due day itself and once overdue. Never negative. */
  readonly daysLeft: number;
  /** Counted days since the due day (0 when overdue on the due day itself); null until overdue. */
  readonly overdueDays: number | null;
}

export type AnswerClock = StoppedClock | RunningClock;

const STOPPED: StoppedClock = { phase: "stopped" };

export function clockFromInterval(
  interval: AnswerInterval | undefined,
  policy: ClockPolicy,
  now: IsoInstant,
): AnswerClock {
  if (!interval || interval.answeredAt !== null) return STOPPED;
  const dueAt = addCountedDays(interval.startedAt, policy.answerWindowDays, policy);
  const warningAt = addCountedDays(interval.startedAt, policy.warningDay, policy);
  const nowMs = Date.parse(now);
  const overdue = nowMs > Date.parse(dueAt);
  const phase: RunningClock["phase"] = overdue
    ? "overdue"
    : nowMs >= Date.parse(warningAt)
      ? "warning"
      : "running";
  return {
    phase,
    startedAt: interval.startedAt,
    startedBy: interval.startedBy,
    warningAt,
    dueAt,
    daysLeft: overdue ? 0 : Math.max(0, countedDaysBetween(now, dueAt, policy)),
    overdueDays: overdue ? Math.max(0, countedDaysBetween(dueAt, now, policy)) : null,
  };
}

/** Where the candidate's clock stands at `now`. */
export function answerClock(
  candidate: Candidate,
  process: Process,
  settings: Settings,
  now: IsoInstant,
): AnswerClock {
  const intervals = answerIntervals(candidate, now);
  return clockFromInterval(intervals[intervals.length - 1], clockPolicy(process, settings), now);
}
