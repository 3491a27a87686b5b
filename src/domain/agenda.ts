// Today and this week (issue 10): the follow-ups the planner says should exist, laid out by the day
// they are due in the recruiter's time zone, with what is overdue carried to today. The dashboard's
// "Today / This week" and the weekly OneNote to-do page (weeklyTodo.ts) are both this one list.

import { addDays, weekday } from "./calendarDays";
import type { FollowUp, FollowUpKind } from "./followUp";
import type { Candidate, IsoDate, IsoInstant, Process, Settings } from "./model";
import { plan } from "./planner";
import { localDate } from "./timeZone";

export interface AgendaItem {
  readonly followUp: FollowUp;
  readonly processTitle: string;
  readonly candidateName: string;
  /** The day it belongs to: its due day, or today when it is overdue. */
  readonly day: IsoDate;
  readonly overdue: boolean;
}

export interface Agenda {
  readonly today: IsoDate;
  /** Monday and Sunday of the ISO week holding today. */
  readonly monday: IsoDate;
  readonly sunday: IsoDate;
  /** Today first, then the rest of the week in order; days with nothing are left out. */
  readonly items: readonly AgendaItem[];
}

export function mondayOf(date: IsoDate): IsoDate {
  return addDays(date, -((weekday(date) + 6) % 7));
}

/** Within a day, what keeps the promise comes first: a late answer before its own early warning. */
const KIND_RANK: Readonly<Record<FollowUpKind, number>> = {
  "answer-due": 0,
  call: 1,
  "get-phone": 2,
  warning: 3,
  "status-update": 4,
  survey: 5,
};

function byDayThenOverdueThenKind(a: AgendaItem, b: AgendaItem): number {
  if (a.day !== b.day) return a.day < b.day ? -1 : 1;
  if (a.overdue !== b.overdue) return a.overdue ? -1 : 1;
  return (
    KIND_RANK[a.followUp.kind] - KIND_RANK[b.followUp.kind] ||
    Date.parse(a.followUp.dueAt) - Date.parse(b.followUp.dueAt) ||
    a.followUp.id.localeCompare(b.followUp.id)
  );
}

/** The week an agenda covers, worked out once for every candidate. */
export interface AgendaWeek {
  readonly today: IsoDate;
  readonly monday: IsoDate;
  readonly sunday: IsoDate;
}

export function agendaWeek(settings: Settings, now: IsoInstant): AgendaWeek {
  const today = localDate(Date.parse(now), settings.timeZone);
  const monday = mondayOf(today);
  return { today, monday, sunday: addDays(monday, 6) };
}

/** One candidate's follow-ups that belong on this week's agenda, in plan order. */
export function candidateAgendaItems(
  candidate: Candidate,
  process: Process,
  settings: Settings,
  now: IsoInstant,
  week: AgendaWeek,
  done: ReadonlySet<string> = new Set(),
): AgendaItem[] {
  const items: AgendaItem[] = [];
  for (const followUp of plan(candidate, process, settings, now)) {
    if (done.has(followUp.id)) continue;
    const due = localDate(Date.parse(followUp.dueAt), settings.timeZone);
    const overdue = followUp.overdue || due < week.today;
    if (!overdue && (due < week.monday || due > week.sunday)) continue;
    items.push({
      followUp,
      processTitle: process.title,
      candidateName: candidate.name,
      day: overdue ? week.today : due,
      overdue,
    });
  }
  return items;
}

/** The agenda of items worked out per candidate (a long list can be worked out in slices). */
export function agendaOf(week: AgendaWeek, items: readonly AgendaItem[]): Agenda {
  return { ...week, items: [...items].sort(byDayThenOverdueThenKind) };
}

/** This week's follow-ups (Monday to Sunday), overdue ones on today; `done` are left out. */
export function agenda(
  processes: readonly Process[],
  settings: Settings,
  now: IsoInstant,
  done: ReadonlySet<string> = new Set(),
): Agenda {
  const week = agendaWeek(settings, now);
  const items = processes.flatMap((process) =>
    process.candidates.flatMap((candidate) =>
      candidateAgendaItems(candidate, process, settings, now, week, done),
    ),
  );
  return agendaOf(week, items);
}

/** The agenda's items grouped by day, in order: what a "Today / This week" view lists. */
export function agendaDays(
  a: Agenda,
): readonly { readonly day: IsoDate; readonly items: readonly AgendaItem[] }[] {
  const days = new Map<IsoDate, AgendaItem[]>();
  for (const item of a.items) {
    const day = days.get(item.day);
    if (day) day.push(item);
    else days.set(item.day, [item]);
  }
  return [...days].map(([day, items]) => ({ day, items }));
}
