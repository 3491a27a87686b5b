// The overview (issue 10): everyone still in a process, most urgent first, and each process as the
// recruiting system shows it — grouped by stage. Rows carry the answer clock only; the follow-ups a
// row needs are planned for the rows on screen (the list is virtualised), so 10,000 candidates cost
// 10,000 clocks, not 10,000 plans.

import { answerIntervals, clockFromInterval, clockPolicy, type AnswerClock } from "./answerClock";
import type { Candidate, IsoInstant, Process, Settings, Stage, StageKind } from "./model";
import { hasLeft, stageOf } from "./stageRules";

export interface OverviewRow {
  readonly processId: string;
  readonly processTitle: string;
  readonly candidateId: string;
  readonly name: string;
  readonly stageId: string;
  readonly stageName: string;
  readonly stageKind: StageKind | null;
  readonly clock: AnswerClock;
  /** The last contact of any kind but a note: what the recruiter last heard or said. */
  readonly lastContactAt: IsoInstant | null;
  readonly left: boolean;
}

function lastContactAt(candidate: Candidate): IsoInstant | null {
  let last: IsoInstant | null = null;
  for (const c of candidate.contacts) {
    if (c.kind !== "note" && (last === null || c.at > last)) last = c.at;
  }
  return last;
}

export function overviewRow(
  candidate: Candidate,
  process: Process,
  settings: Settings,
  now: IsoInstant,
  policy = clockPolicy(process, settings),
): OverviewRow {
  const stage = stageOf(candidate, process);
  const intervals = answerIntervals(candidate, now);
  return {
    processId: process.id,
    processTitle: process.title,
    candidateId: candidate.id,
    name: candidate.name,
    stageId: candidate.stageId,
    stageName: stage?.name ?? "",
    stageKind: stage?.kind ?? null,
    clock: clockFromInterval(intervals[intervals.length - 1], policy, now),
    lastContactAt: lastContactAt(candidate),
    left: hasLeft(candidate, process),
  };
}

/** Overdue first (longest overdue on top), then the nearest due date, then the longest silence. */
export function compareUrgency(a: OverviewRow, b: OverviewRow): number {
  const rank = (r: OverviewRow) => (r.clock.phase === "overdue" ? 0 : r.clock.phase === "stopped" ? 2 : 1);
  const byRank = rank(a) - rank(b);
  if (byRank !== 0) return byRank;
  if (a.clock.phase !== "stopped" && b.clock.phase !== "stopped") {
    const byDue = Date.parse(a.clock.dueAt) - Date.parse(b.clock.dueAt);
    if (byDue !== 0) return byDue;
  } else {
    // Nobody is waiting for an answer: whoever has heard from us least recently is next in line
    // for news (the status update the planner books after the quiet days).
    const at = (r: OverviewRow) => (r.lastContactAt === null ? 0 : Date.parse(r.lastContactAt));
    const byQuiet = at(a) - at(b);
    if (byQuiet !== 0) return byQuiet;
  }
  return a.name.localeCompare(b.name, "sv") || a.candidateId.localeCompare(b.candidateId);
}

/** Every candidate still in a process (not hired, rejected or withdrawn), most urgent first. */
export function overviewRows(
  processes: readonly Process[],
  settings: Settings,
  now: IsoInstant,
): readonly OverviewRow[] {
  const rows: OverviewRow[] = [];
  for (const process of processes) {
    const policy = clockPolicy(process, settings);
    for (const candidate of process.candidates) {
      const row = overviewRow(candidate, process, settings, now, policy);
      if (!row.left) rows.push(row);
    }
  }
  return rows.sort(compareUrgency);
}

export interface OverviewFilter {
  readonly processId: string | null;
  /** A stage kind (stages are per process; their kinds are shared). */
  readonly stageKind: StageKind | null;
}

export function filterRows(rows: readonly OverviewRow[], filter: OverviewFilter): readonly OverviewRow[] {
  if (filter.processId === null && filter.stageKind === null) return rows;
  return rows.filter(
    (r) =>
      (filter.processId === null || r.processId === filter.processId) &&
      (filter.stageKind === null || r.stageKind === filter.stageKind),
  );
}

/** Candidates whose clock is overdue or has at most `days` counted days left: the bulk selection. */
export function nearDeadline(rows: readonly OverviewRow[], days: number): readonly OverviewRow[] {
  return rows.filter(
    (r) => r.clock.phase !== "stopped" && (r.clock.phase === "overdue" || r.clock.daysLeft <= days),
  );
}

export interface PipelineColumn {
  readonly stage: Stage;
  /** Hired, rejected and withdrawn: shown collapsed under the open stages. */
  readonly closed: boolean;
  readonly rows: readonly OverviewRow[];
}

export interface Pipeline {
  readonly process: Process;
  readonly columns: readonly PipelineColumn[];
  readonly open: number;
  readonly closed: number;
}

const CLOSED_KINDS: ReadonlySet<StageKind> = new Set(["hired", "rejected", "withdrawn"]);

/** One process as the recruiting system shows it: every stage in the process's order, with counts. */
export function pipeline(process: Process, settings: Settings, now: IsoInstant): Pipeline {
  const policy = clockPolicy(process, settings);
  const byStage = new Map<string, OverviewRow[]>(process.stages.map((s) => [s.id, []]));
  const orphans: OverviewRow[] = [];
  for (const candidate of process.candidates) {
    const row = overviewRow(candidate, process, settings, now, policy);
    (byStage.get(candidate.stageId) ?? orphans).push(row);
  }
  const columns: PipelineColumn[] = process.stages.map((stage) => ({
    stage,
    closed: CLOSED_KINDS.has(stage.kind),
    rows: (byStage.get(stage.id) ?? []).sort(compareUrgency),
  }));
  // A candidate whose stage was removed from the process is still shown, never dropped.
  if (orphans.length > 0) {
    columns.unshift({
      stage: { id: "", name: "?", kind: "applied" },
      closed: false,
      rows: orphans.sort(compareUrgency),
    });
  }
  const closed = columns.filter((c) => c.closed).reduce((n, c) => n + c.rows.length, 0);
  return { process, columns, open: process.candidates.length - closed, closed };
}
