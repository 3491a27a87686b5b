// The overview (issue 10): everyone still in a process, most urgent first, and each process as the
// recruiting system shows it — grouped by stage. Rows carry the answer clock only; the follow-ups a
// row needs are planned for the rows on screen (the list is virtualised), so 10,000 candidates cost
// 10,000 clocks, not 10,000 plans.

import { clockPolicy, clockWithPolicy, type AnswerClock } from "./answerClock";
import type { Candidate, IsoInstant, Process, Settings, Stage, StageKind } from "./model";
import { withoutErasing } from "./erasure";
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

function overviewRow(
  candidate: Candidate,
  process: Process,
  settings: Settings,
  now: IsoInstant,
  policy = clockPolicy(process, settings),
): OverviewRow {
  const stage = stageOf(candidate, process);
  return {
    processId: process.id,
    processTitle: process.title,
    candidateId: candidate.id,
    name: candidate.name,
    stageId: candidate.stageId,
    stageName: stage?.name ?? "",
    stageKind: stage?.kind ?? null,
    clock: clockWithPolicy(candidate, policy, now),
    lastContactAt: lastContactAt(candidate),
    left: hasLeft(candidate, process),
  };
}

/**
 * Overdue first (longest overdue on top), then the nearest due date, then — nobody waiting for an
 * answer — whoever has heard from us least recently (next in line for a status update).
 * As numbers, so sorting 10,000 rows parses no dates in the comparator.
 */
function urgencyKey(r: OverviewRow): readonly [number, number] {
  if (r.clock.phase === "overdue") return [0, Date.parse(r.clock.dueAt)];
  if (r.clock.phase !== "stopped") return [1, Date.parse(r.clock.dueAt)];
  return [2, r.lastContactAt === null ? 0 : Date.parse(r.lastContactAt)];
}

function byName(a: OverviewRow, b: OverviewRow): number {
  return a.name < b.name
    ? -1
    : a.name > b.name
      ? 1
      : a.candidateId < b.candidateId
        ? -1
        : a.candidateId > b.candidateId
          ? 1
          : 0;
}

/** Most urgent first; the order is total, so every view and every device lists the same way. */
function sortByUrgency(rows: readonly OverviewRow[]): OverviewRow[] {
  const keyed = rows.map((row) => ({ row, key: urgencyKey(row) }));
  keyed.sort((a, b) => a.key[0] - b.key[0] || a.key[1] - b.key[1] || byName(a.row, b.row));
  return keyed.map((k) => k.row);
}

export function compareUrgency(a: OverviewRow, b: OverviewRow): number {
  const ka = urgencyKey(a);
  const kb = urgencyKey(b);
  return ka[0] - kb[0] || ka[1] - kb[1] || byName(a, b);
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
    // A candidate being erased (decision 0010) has left every list the moment the erasure is queued.
    for (const candidate of withoutErasing(process).candidates) {
      const row = overviewRow(candidate, process, settings, now, policy);
      if (!row.left) rows.push(row);
    }
  }
  return sortByUrgency(rows);
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
export function pipeline(shown: Process, settings: Settings, now: IsoInstant): Pipeline {
  const process = withoutErasing(shown);
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
    rows: sortByUrgency(byStage.get(stage.id) ?? []),
  }));
  // A candidate whose stage was removed from the process is still shown, never dropped.
  if (orphans.length > 0) {
    columns.unshift({
      stage: { id: "", name: "?", kind: "applied" },
      closed: false,
      rows: sortByUrgency(orphans),
    });
  }
  const closed = columns.filter((c) => c.closed).reduce((n, c) => n + c.rows.length, 0);
  return { process, columns, open: process.candidates.length - closed, closed };
}
