// Which stage a candidate is in and what that means for how we talk to them. The rules look at a
// stage's kind, never its name or position: a recruiter may rename or reorder stages freely.

import type { Candidate, Process, Stage, StageKind } from "./model";

/** Progress through the process; the terminal kinds have no rank of their own. */
const RANK: Readonly<Record<StageKind, number>> = {
  applied: 0,
  screening: 1,
  interview: 2,
  "final-interview": 3,
  offer: 4,
  hired: 5,
  rejected: -1,
  withdrawn: -1,
};

export function stageOf(candidate: Candidate, process: Process): Stage | undefined {
  return process.stages.find((s) => s.id === candidate.stageId);
}

function isTerminalKind(kind: StageKind): boolean {
  return kind === "rejected" || kind === "withdrawn";
}

/** Rejected, withdrawn or hired: the candidate is no longer waiting for a decision. */
export function hasLeft(candidate: Candidate, process: Process): boolean {
  const kind = stageOf(candidate, process)?.kind;
  return kind !== undefined && (isTerminalKind(kind) || kind === "hired");
}

/**
 * Whether the candidate has met us in an interview. A rejected candidate's stage no longer says
 * how far they got, so a held interview in the contact log counts too.
 */
export function reachedInterview(candidate: Candidate, process: Process): boolean {
  const kind = stageOf(candidate, process)?.kind;
  if (kind !== undefined && RANK[kind] >= RANK.interview) return true;
  return candidate.contacts.some((c) => c.kind === "interview");
}

/** Before interview a decision goes by mail; from interview on, by phone (ARCHITECTURE.md §3). */
export function decisionChannel(candidate: Candidate, process: Process): "email" | "phone" {
  return reachedInterview(candidate, process) ? "phone" : "email";
}
