// Where contact detection's first look at a mail folder starts. Reading the whole mailbox on a
// first start cost 761 requests and 70 MB at 5,000 candidates (issue 13); what detection can
// still log is mail after what each candidate's log already holds, so the look starts there.

import { hasLeft } from "./stageRules";
import type { Candidate, IsoInstant, Process } from "./model";

/** However quiet the open candidates, a first look reads no more than this many days back. */
export const DETECTION_WINDOW_DAYS = 30;
/** Exchange's time of a mail and the time the send handler logged it may differ a little. */
const CLOCK_MARGIN_MS = 60 * 60 * 1000;
const DAY_MS = 86_400_000;

/** The last moment this candidate's log accounts for: their latest contact (a note is none), or
 * when they were added — mail from before that is never logged. */
function loggedUntil(candidate: Candidate): number {
  let until = Date.parse(candidate.createdAt);
  for (const c of candidate.contacts) {
    if (c.kind !== "note") until = Math.max(until, Date.parse(c.at));
  }
  return until;
}

/**
 * The oldest moment a first look must read from: the earliest "logged until" among the candidates
 * still open (in an open process, not hired, rejected or withdrawn), a margin earlier, but never
 * more than DETECTION_WINDOW_DAYS back — and that far back when nobody is open. A mail older than
 * a candidate's latest logged contact is left out: it would only add a log line before the one
 * that already set their clock.
 */
export function detectionWindowStart(processes: readonly Process[], now: IsoInstant): IsoInstant {
  const floor = Date.parse(now) - DETECTION_WINDOW_DAYS * DAY_MS;
  let from = Number.POSITIVE_INFINITY;
  for (const process of processes) {
    if (process.closedAt) continue;
    for (const candidate of process.candidates) {
      if (!hasLeft(candidate, process)) from = Math.min(from, loggedUntil(candidate) - CLOCK_MARGIN_MS);
    }
  }
  return new Date(Number.isFinite(from) ? Math.max(from, floor) : floor).toISOString();
}
