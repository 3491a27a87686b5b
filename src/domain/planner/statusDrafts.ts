// The follow-ups once the clock has stopped: a status update when the candidate has heard nothing
// for a while (or a milestone has passed), and the survey after they have left the process.

import { addCountedDays, clockPolicy, stopsClock } from "../answerClock";
import { addDays } from "../calendarDays";
import { compactInstant } from "../followUp";
import type { Candidate, IsoInstant, Milestone, Process, Settings, UserText } from "../model";
import { pluralBoth } from "../plural";
import { atMorning } from "../workingHours";
import type { Draft } from "./draft";

function morningAfter(date: string, timeZone: string): IsoInstant {
  return atMorning(addDays(date, 1), timeZone);
}

/** The last time the candidate heard from us (or, failing that, when they entered the process). */
function lastNews(candidate: Candidate, now: IsoInstant): IsoInstant {
  const nowMs = Date.parse(now);
  let latest = candidate.createdAt;
  for (const c of candidate.contacts) {
    const ms = Date.parse(c.at);
    if (ms <= nowMs && stopsClock(c) && ms > Date.parse(latest)) latest = c.at;
  }
  return latest;
}

export function statusUpdateDraft(
  candidate: Candidate,
  process: Process,
  settings: Settings,
  now: IsoInstant,
): Draft {
  const since = lastNews(candidate, now);
  const sinceMs = Date.parse(since);
  const quietDue = addCountedDays(
    since,
    settings.quietDaysBeforeStatusUpdate,
    clockPolicy(process, settings),
  );
  const milestone = [...process.milestones]
    .map((m): [Milestone, IsoInstant] => [m, morningAfter(m.date, settings.timeZone)])
    .filter(([, at]) => Date.parse(at) > sinceMs)
    .sort((a, b) => Date.parse(a[1]) - Date.parse(b[1]) || (a[0].id < b[0].id ? -1 : 1))[0];
  const byMilestone = milestone !== undefined && Date.parse(milestone[1]) <= Date.parse(quietDue);
  const dueAt = byMilestone ? milestone[1] : quietDue;
  const name = candidate.name.trim();
  const why: UserText = byMilestone
    ? { sv: `”${milestone[0].title}” har passerat`, en: `"${milestone[0].title}" has passed` }
    : pluralBoth(settings.quietDaysBeforeStatusUpdate, {
        sv: {
          one: `${name} har inte hört av oss på # dag`,
          other: `${name} har inte hört av oss på # dagar`,
        },
        en: {
          one: `${name} has not heard from us for # day`,
          other: `${name} has not heard from us for # days`,
        },
      });
  return {
    kind: "status-update",
    anchor: byMilestone ? milestone[0].id : compactInstant(since),
    channel: "email",
    target: "todo",
    dueAt,
    remindAt: dueAt,
    title: { sv: `Statusuppdatering till ${name}`, en: `Status update to ${name}` },
    body: {
      sv: `${why.sv}. Skicka tidsplanen och nästa steg för ${process.title}.`,
      en: `${why.en}. Send the timeline and the next step for ${process.title}.`,
    },
    template: "status-update",
    call: null,
  };
}

export function surveyDraft(
  candidate: Candidate,
  process: Process,
  settings: Settings,
  now: IsoInstant,
): Draft | null {
  if (candidate.leftAt === null) return null;
  const leftMs = Date.parse(candidate.leftAt);
  const policy = { ...clockPolicy(process, settings), dayCounting: "calendar" as const };
  if (Date.parse(now) > Date.parse(addCountedDays(candidate.leftAt, settings.surveyWithinDays, policy)))
    return null;
  // The survey mail is logged as an outgoing message after leaving; decisions are logged as such.
  const sent = candidate.contacts.some(
    (c) =>
      c.direction === "out" &&
      c.kind === "message" &&
      Date.parse(c.at) >= leftMs &&
      Date.parse(c.at) <= Date.parse(now),
  );
  if (sent) return null;
  // A day after leaving, so the survey never arrives in the same breath as the decision.
  const dueAt = addCountedDays(candidate.leftAt, 1, policy);
  const name = candidate.name.trim();
  return {
    kind: "survey",
    anchor: compactInstant(candidate.leftAt),
    channel: "email",
    target: "todo",
    dueAt,
    remindAt: dueAt,
    title: { sv: `Skicka enkäten till ${name}`, en: `Send the survey to ${name}` },
    // Her own form when the process names one; otherwise Svara's survey, answered by reply.
    body: process.surveyUrl
      ? {
          sv: `${name} har lämnat processen ${process.title}. Be om synpunkter: ${process.surveyUrl}`,
          en: `${name} has left the ${process.title} process. Ask for feedback: ${process.surveyUrl}`,
        }
      : {
          sv: `${name} har lämnat processen ${process.title}. Skicka enkäten: svaren hamnar i rapporten, utan namn.`,
          en: `${name} has left the ${process.title} process. Send the survey: the answers reach the report, without names.`,
        },
    template: process.surveyUrl ? "survey-invitation" : "survey-reply",
    call: null,
  };
}
