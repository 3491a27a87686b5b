// The recruiter ticked a follow-up off (the dashboard's "Today / This week", a OneNote to-do): it is
// done in Svara, so the planner plans it no more and sync completes its To Do task or event.

import type { Candidate } from "../model";

/** How many ticked-off ids a candidate keeps. Ids are anchored to one wait, one call or one
 * milestone, so the oldest are about waits long answered: the planner would not plan them again. */
export const MAX_COMPLETED_FOLLOW_UPS = 50;

/** The candidate with the follow-up ticked off; the same candidate when it already is. */
export function completeFollowUp(candidate: Candidate, followUpId: string): Candidate {
  const done = candidate.completedFollowUps ?? [];
  if (done.includes(followUpId)) return candidate;
  return { ...candidate, completedFollowUps: [...done, followUpId].slice(-MAX_COMPLETED_FOLLOW_UPS) };
}
