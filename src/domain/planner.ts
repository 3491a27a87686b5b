// The follow-up planner (ARCHITECTURE.md §3): from a candidate, their process, the settings and
// `now` to the follow-ups that should exist. Pure and deterministic — sync makes Microsoft 365
// match its answer, so the same input must always give the same follow-ups with the same ids.

import { answerClock } from "./answerClock";
import { isBeingErased } from "./erasure";
import type { FollowUp } from "./followUp";
import type { Candidate, IsoInstant, Process, Settings } from "./model";
import { answerDrafts } from "./planner/answerDrafts";
import { finish, type Draft } from "./planner/draft";
import { statusUpdateDraft, surveyDraft } from "./planner/statusDrafts";
import { hasLeft } from "./stageRules";

/** The follow-ups that should exist for one candidate at `now`. A closed process's recruitment is
 * over: nothing more to follow up, so sync completes its tasks and deletes the calls still ahead.
 * Whoever was still owed an answer was named to the recruiter before she closed it
 * (transitions/processes.ts, waitingForAnswer). */
export function plan(
  candidate: Candidate,
  process: Process,
  settings: Settings,
  now: IsoInstant,
): readonly FollowUp[] {
  if (process.closedAt) return [];
  // Being erased (decision 0010): nothing is planned, so nothing is made again behind the erasure.
  if (isBeingErased(process, candidate.id)) return [];
  const clock = answerClock(candidate, process, settings, now);
  const drafts: Draft[] = [];
  if (clock.phase !== "stopped") drafts.push(...answerDrafts(candidate, process, settings, clock));
  else if (!hasLeft(candidate, process)) drafts.push(statusUpdateDraft(candidate, process, settings, now));
  if (hasLeft(candidate, process) && clock.phase === "stopped") {
    const survey = surveyDraft(candidate, process, settings, now);
    if (survey) drafts.push(survey);
  }
  const planned = drafts.map((d) => finish(d, candidate, process, now));
  const ticked = candidate.completedFollowUps;
  return ticked?.length ? planned.filter((f) => !ticked.includes(f.id)) : planned;
}

/** Every candidate's follow-ups in a process, in candidate order. */
export function planProcess(process: Process, settings: Settings, now: IsoInstant): readonly FollowUp[] {
  return process.candidates.flatMap((c) => plan(c, process, settings, now));
}
