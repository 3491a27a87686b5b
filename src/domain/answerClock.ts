// The answer clock (ARCHITECTURE.md §3): a candidate's contact starts it, our answer stops it, and
// the promise is that it never runs past the answer window. Derived from the contact log every
// time — never stored — so it cannot drift from what actually happened.

import { addBusinessDays, businessDaysBetween, dateOf } from "./calendarDays";
import type { Candidate, ContactEvent, DayCounting, IsoInstant, Process, Settings } from "./model";
import { isSwedishHoliday } from "./swedishHolidays";
import { fromLocal, fromWallClock, localDate, localDayNumber, localParts, wallClock } from "./timeZone";

const DAY_MS = 86_400_000;

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
function startsClock(c: ContactEvent): boolean {
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
  if (policy.dayCounting === "calendar") {
    // Calendar days are whole days of wall-clock time: no dates as text (the overview counts this
    // for 10,000 candidates at a time).
    const wall = wallClock(ms, policy.timeZone) + days * DAY_MS;
    return new Date(fromWallClock(wall, policy.timeZone)).toISOString();
  }
  const p = localParts(ms, policy.timeZone);
  const target = addBusinessDays(dateOf(p.year, p.month, p.day), days, isSwedishHoliday);
  const [year, month, day] = target.split("-").map(Number) as [number, number, number];
  return new Date(fromLocal({ ...p, year, month, day }, policy.timeZone)).toISOString();
}

/** Counted days from the local date of `from` to the local date of `to`. */
function countedDaysBetween(from: IsoInstant, to: IsoInstant, policy: ClockPolicy): number {
  if (policy.dayCounting === "calendar") {
    return (
      localDayNumber(Date.parse(to), policy.timeZone) - localDayNumber(Date.parse(from), policy.timeZone)
    );
  }
  const a = localDate(Date.parse(from), policy.timeZone);
  const b = localDate(Date.parse(to), policy.timeZone);
  return businessDaysBetween(a, b, isSwedishHoliday);
}

type ClockPhase = "stopped" | "running" | "warning" | "overdue";

interface StoppedClock {
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

/** What a running clock is counted from: worked out once per candidate and policy (below). */
interface ClockBasis {
  readonly interval: AnswerInterval;
  readonly dueAt: IsoInstant;
  readonly dueMs: number;
  readonly warningAt: IsoInstant;
  readonly warningMs: number;
}

function basisOf(interval: AnswerInterval | undefined, policy: ClockPolicy): ClockBasis | null {
  if (!interval || interval.answeredAt !== null) return null;
  const dueAt = addCountedDays(interval.startedAt, policy.answerWindowDays, policy);
  const warningAt = addCountedDays(interval.startedAt, policy.warningDay, policy);
  return { interval, dueAt, dueMs: Date.parse(dueAt), warningAt, warningMs: Date.parse(warningAt) };
}

function clockAt(basis: ClockBasis | null, policy: ClockPolicy, now: IsoInstant): AnswerClock {
  if (!basis) return STOPPED;
  const nowMs = Date.parse(now);
  const overdue = nowMs > basis.dueMs;
  const phase: RunningClock["phase"] = overdue ? "overdue" : nowMs >= basis.warningMs ? "warning" : "running";
  return {
    phase,
    startedAt: basis.interval.startedAt,
    startedBy: basis.interval.startedBy,
    warningAt: basis.warningAt,
    dueAt: basis.dueAt,
    daysLeft: overdue ? 0 : Math.max(0, countedDaysBetween(now, basis.dueAt, policy)),
    overdueDays: overdue ? Math.max(0, countedDaysBetween(basis.dueAt, now, policy)) : null,
  };
}

export function clockFromInterval(
  interval: AnswerInterval | undefined,
  policy: ClockPolicy,
  now: IsoInstant,
): AnswerClock {
  return clockAt(basisOf(interval, policy), policy, now);
}

/**
 * The basis of a candidate's clock, kept per candidate object: the processes are immutable and
 * share unchanged candidates, so after one change only that candidate is worked out again — an
 * overview of 10,000 candidates then costs a comparison each, not two time-zone calculations. It
 * holds while `now` stays between the last contact it counted and the next one (a contact dated
 * ahead has not happened yet).
 */
interface CachedBasis {
  readonly policy: ClockPolicy;
  readonly from: number;
  readonly until: number;
  readonly basis: ClockBasis | null;
}
const bases = new WeakMap<Candidate, CachedBasis>();

const samePolicy = (a: ClockPolicy, b: ClockPolicy) =>
  a.answerWindowDays === b.answerWindowDays &&
  a.warningDay === b.warningDay &&
  a.timeZone === b.timeZone &&
  a.dayCounting === b.dayCounting;

function cachedBasis(candidate: Candidate, policy: ClockPolicy, now: IsoInstant): ClockBasis | null {
  const nowMs = Date.parse(now);
  const hit = bases.get(candidate);
  if (hit && nowMs >= hit.from && nowMs < hit.until && samePolicy(hit.policy, policy)) return hit.basis;
  let from = -Infinity;
  let until = Infinity;
  for (const at of [candidate.createdAt, ...candidate.contacts.map((c) => c.at)]) {
    const ms = Date.parse(at);
    if (ms <= nowMs) from = Math.max(from, ms);
    else until = Math.min(until, ms);
  }
  const intervals = answerIntervals(candidate, now);
  const basis = basisOf(intervals[intervals.length - 1], policy);
  bases.set(candidate, { policy, from, until, basis });
  return basis;
}

/** Where the candidate's clock stands at `now`, for a policy worked out once per process. */
export function clockWithPolicy(candidate: Candidate, policy: ClockPolicy, now: IsoInstant): AnswerClock {
  return clockAt(cachedBasis(candidate, policy, now), policy, now);
}

/** Where the candidate's clock stands at `now`. */
export function answerClock(
  candidate: Candidate,
  process: Process,
  settings: Settings,
  now: IsoInstant,
): AnswerClock {
  return clockWithPolicy(candidate, clockPolicy(process, settings), now);
}
