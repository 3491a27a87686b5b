// How well the promise is kept: the share of waits answered within the window, how long answers
// take (median, 90th percentile), and who is overdue right now — per process, per recruiter and
// overall, for the waits that began in a period.

import { addCountedDays, answerIntervals, clockPolicy } from "./answerClock";
import { mondayOf } from "./agenda";
import { addDays } from "./calendarDays";
import type { IsoDate, IsoInstant, Process, Settings } from "./model";
import { fromLocal, localDate } from "./timeZone";

export interface Period {
  readonly from: IsoInstant; // inclusive
  readonly to: IsoInstant; // exclusive
}

export interface AnswerStats {
  /** Waits that began in the period and are decided: answered, or unanswered past due. */
  readonly decided: number;
  readonly answeredWithinWindow: number;
  /** Decided waits answered, but after their due time. */
  readonly answeredLate: number;
  /** answeredWithinWindow / decided, null when nothing is decided yet. */
  readonly shareWithinWindow: number | null;
  readonly medianHoursToAnswer: number | null;
  readonly p90HoursToAnswer: number | null;
  /** Candidates whose clock is overdue at `now`, whenever their wait began. */
  readonly overdueNow: number;
}

export interface AnswerMetrics {
  readonly overall: AnswerStats;
  readonly byProcess: Readonly<Record<string, AnswerStats>>;
  /** Keyed by the process owner's email. */
  readonly byRecruiter: Readonly<Record<string, AnswerStats>>;
}

interface Sample {
  readonly processId: string;
  readonly recruiter: string;
  readonly decided: boolean;
  readonly withinWindow: boolean;
  readonly answered: boolean;
  readonly hours: number | null;
  readonly overdueNow: boolean;
}

/** Nearest-rank percentile: always one of the observed values, as a recruiter would expect. */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] ?? null;
}

function stats(samples: readonly Sample[]): AnswerStats {
  const decided = samples.filter((s) => s.decided);
  const within = decided.filter((s) => s.withinWindow).length;
  const late = decided.filter((s) => s.answered && !s.withinWindow).length;
  const hours = samples.flatMap((s) => (s.hours === null ? [] : [s.hours]));
  return {
    decided: decided.length,
    answeredWithinWindow: within,
    answeredLate: late,
    shareWithinWindow: decided.length === 0 ? null : within / decided.length,
    medianHoursToAnswer: percentile(hours, 50),
    p90HoursToAnswer: percentile(hours, 90),
    overdueNow: samples.filter((s) => s.overdueNow).length,
  };
}

function samplesOf(process: Process, settings: Settings, period: Period, now: IsoInstant): Sample[] {
  const policy = clockPolicy(process, settings);
  const from = Date.parse(period.from);
  const to = Date.parse(period.to);
  const nowMs = Date.parse(now);
  const out: Sample[] = [];
  for (const candidate of process.candidates) {
    const intervals = answerIntervals(candidate, now);
    intervals.forEach((interval, i) => {
      const start = Date.parse(interval.startedAt);
      const isLast = i === intervals.length - 1;
      const due = Date.parse(addCountedDays(interval.startedAt, policy.answerWindowDays, policy));
      const overdueNow = isLast && interval.answeredAt === null && nowMs > due;
      const inPeriod = start >= from && start < to;
      if (!inPeriod && !overdueNow) return;
      const answered = interval.answeredAt !== null ? Date.parse(interval.answeredAt) : null;
      out.push({
        processId: process.id,
        recruiter: process.owner.email.toLowerCase(),
        decided: inPeriod && (answered !== null || nowMs > due),
        withinWindow: answered !== null && answered <= due,
        answered: answered !== null,
        hours: inPeriod && answered !== null ? (answered - start) / 3_600_000 : null,
        overdueNow,
      });
    });
  }
  return out;
}

function groupBy(samples: readonly Sample[], key: (s: Sample) => string): Record<string, AnswerStats> {
  const groups = new Map<string, Sample[]>();
  for (const s of samples) groups.set(key(s), [...(groups.get(key(s)) ?? []), s]);
  return Object.fromEntries([...groups].map(([k, v]) => [k, stats(v)]));
}

export function answerMetrics(
  processes: readonly Process[],
  settings: Settings,
  period: Period,
  now: IsoInstant,
): AnswerMetrics {
  const samples = processes.flatMap((p) => samplesOf(p, settings, period, now));
  const byProcess = groupBy(samples, (s) => s.processId);
  // A process with no samples still gets a row, so a dashboard can show it as empty.
  for (const p of processes) byProcess[p.id] ??= stats([]);
  return { overall: stats(samples), byProcess, byRecruiter: groupBy(samples, (s) => s.recruiter) };
}

export interface WeekStats {
  /** The Monday that starts the ISO week, in the recruiter's time zone. */
  readonly monday: IsoDate;
  readonly stats: AnswerStats;
}

/**
 * The promise week by week: the waits that began in each of the `weeks` ISO weeks up to and
 * including the current one, oldest first. "Overdue now" is about today, so only the current week
 * carries it.
 */
export function weeklyAnswerStats(
  processes: readonly Process[],
  settings: Settings,
  now: IsoInstant,
  weeks: number,
): readonly WeekStats[] {
  const thisMonday = mondayOf(localDate(Date.parse(now), settings.timeZone));
  const midnight = (date: IsoDate): IsoInstant => {
    const [year, month, day] = date.split("-").map(Number) as [number, number, number];
    return new Date(
      fromLocal({ year, month, day, hour: 0, minute: 0, second: 0 }, settings.timeZone),
    ).toISOString();
  };
  const out: WeekStats[] = [];
  for (let i = weeks - 1; i >= 0; i--) {
    const monday = addDays(thisMonday, -7 * i);
    const period = { from: midnight(monday), to: midnight(addDays(monday, 7)) };
    const overall = answerMetrics(processes, settings, period, now).overall;
    out.push({ monday, stats: i === 0 ? overall : { ...overall, overdueNow: 0 } });
  }
  return out;
}
