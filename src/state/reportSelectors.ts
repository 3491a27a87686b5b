import {
  answerMetrics,
  weeklyAnswerStats,
  type AnswerStats,
  type IsoInstant,
  type Period,
  type Process,
  type Settings,
} from "../domain";
import { memoLast } from "./memo";

/** The periods the report offers: the last 4 or 8 weeks, or the last 12 months. */
export const REPORT_PERIODS = ["4w", "8w", "12m"] as const;
export type ReportPeriod = (typeof REPORT_PERIODS)[number];
export const DEFAULT_REPORT_PERIOD: ReportPeriod = "8w";

/** How the report's table and chart break the figures down. */
export const REPORT_GROUPINGS = ["process", "recruiter", "week"] as const;
export type ReportGrouping = (typeof REPORT_GROUPINGS)[number];

const DAY_MS = 86_400_000;

/** The waits that began in the chosen period, up to now. The end lies just after `now` (periods
 * exclude their end), so a wait that began this very second already counts. */
export function reportPeriod(choice: ReportPeriod, now: IsoInstant): Period {
  const nowMs = Date.parse(now);
  let from: number;
  if (choice === "12m") {
    const d = new Date(nowMs);
    d.setUTCFullYear(d.getUTCFullYear() - 1);
    from = d.getTime();
  } else {
    from = nowMs - (choice === "4w" ? 28 : 56) * DAY_MS;
  }
  return { from: new Date(from).toISOString(), to: new Date(nowMs + 1).toISOString() };
}

/** How many weeks the weekly trend shows for a period: as many as it spans. */
export const weeksOf = (choice: ReportPeriod): number => (choice === "4w" ? 4 : choice === "8w" ? 8 : 52);

export interface ReportRow {
  /** A process id, a recruiter's email, or a week's Monday. */
  readonly key: string;
  /** The process title and organisation, the recruiter's name; for a week, its Monday. */
  readonly label: string;
  readonly stats: AnswerStats;
}

export interface Report {
  readonly period: Period;
  readonly overall: AnswerStats;
  readonly byProcess: readonly ReportRow[];
  readonly byRecruiter: readonly ReportRow[];
  /** Oldest first; `key` and `label` are the week's Monday (the UI names the week). */
  readonly byWeek: readonly ReportRow[];
}

// answerMetrics gives every process a row; this only satisfies the index type.
const NO_WAITS: AnswerStats = {
  decided: 0,
  answeredWithinWindow: 0,
  answeredLate: 0,
  shareWithinWindow: null,
  medianHoursToAnswer: null,
  p90HoursToAnswer: null,
  overdueNow: 0,
};

function recruiterNames(processes: readonly Process[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const p of processes) {
    const email = p.owner.email.toLowerCase();
    if (!names.has(email)) names.set(email, p.owner.name || p.owner.email);
  }
  return names;
}

function buildReport(
  processes: readonly Process[],
  settings: Settings,
  now: IsoInstant,
  choice: ReportPeriod,
): Report {
  const period = reportPeriod(choice, now);
  const metrics = answerMetrics(processes, settings, period, now);
  const names = recruiterNames(processes);
  const byProcess = processes.map((p) => ({
    key: p.id,
    label: p.organisation ? `${p.title} – ${p.organisation}` : p.title,
    stats: metrics.byProcess[p.id] ?? NO_WAITS,
  }));
  const byRecruiter = Object.entries(metrics.byRecruiter)
    .map(([email, stats]) => ({ key: email, label: names.get(email) ?? email, stats }))
    .sort((a, b) => a.label.localeCompare(b.label, "sv"));
  const byWeek = weeklyAnswerStats(processes, settings, now, weeksOf(choice)).map((w) => ({
    key: w.monday,
    label: w.monday,
    stats: w.stats,
  }));
  return { period, overall: metrics.overall, byProcess, byRecruiter, byWeek };
}

/**
 * The report for the chosen period. The UI reads `now` when the processes change and once a
 * minute (useNow), so the figures over every candidate are worked out then, not on every render.
 */
export const selectReport: (
  processes: readonly Process[],
  settings: Settings,
  now: IsoInstant,
  choice: ReportPeriod,
) => Report = memoLast(buildReport);

/** The rows a grouping shows. */
export const rowsOf = (report: Report, grouping: ReportGrouping): readonly ReportRow[] =>
  grouping === "process" ? report.byProcess : grouping === "recruiter" ? report.byRecruiter : report.byWeek;

/** Hours as days, for a recruiter who thinks of the promise in days. */
export const daysFromHours = (hours: number | null): number | null => (hours === null ? null : hours / 24);
