// The recruiter's weekly to-do list, as they keep it in OneNote: every follow-up due this week
// (Monday to Sunday in their time zone), day by day, with what is already overdue carried to today.
// Each item is a OneNote to-do with a stable data-id naming its candidate and its follow-up, so the
// page can be brought up to date (todoPageDiff.ts) without touching what the recruiter wrote or
// ticked off. Today's follow-ups (overdue ones carried to today, the agenda's rule) are listed once
// more in a "Today" section at the top, with data-ids of their own.

import { agenda, mondayOf, type Agenda } from "./agenda";
import { addDays, daysBetween, weekday } from "./calendarDays";
import { candidateHash, fnv1a } from "./followUp";
import { escapeHtml } from "./htmlEscape";
import type { Candidate, IsoDate, IsoInstant, Process, Settings, UserText } from "./model";
import type { Language } from "./result";
import { fromWallClock, localDate } from "./timeZone";

export interface TodoItem {
  /** OneNote data-id of its line in the week's list: stable for the follow-up, ASCII. */
  readonly id: string;
  /** OneNote data-id of its line in the "Today" section (listed there when `day` is today). */
  readonly todayId: string;
  readonly followUpId: string;
  readonly processId: string;
  readonly candidateId: string;
  /** The day it belongs to: its due day, or today when it is overdue. */
  readonly day: IsoDate;
  readonly text: UserText;
  readonly overdue: boolean;
}

export interface WeeklyTodo {
  /** "2026-W48": one OneNote page per week. */
  readonly weekKey: string;
  readonly monday: IsoDate;
  readonly today: IsoDate;
  readonly title: UserText;
  readonly items: readonly TodoItem[];
  /** Follow-ups completed in Svara (ticked in the pane or in OneNote): their lines are ticked. */
  readonly done: readonly string[];
  /** Candidates (candidateHash) with a mail or call logged this week, or moved to another stage this
   * week: a line of theirs that left the plan was handled, so it is ticked rather than struck through. */
  readonly handled: readonly string[];
  /** Candidates (candidateHash) being erased or erased (decision 0010): their lines are removed, not
   * struck through — a struck line still shows the name. */
  readonly erased?: readonly string[];
}

/** ISO 8601 week of a date: weeks start on Monday; week 1 holds the year's first Thursday. */
export function isoWeek(date: IsoDate): {
  readonly year: number;
  readonly week: number;
  readonly monday: IsoDate;
} {
  const monday = mondayOf(date);
  const thursday = addDays(monday, 3);
  const year = Number(thursday.slice(0, 4));
  const week = Math.floor(daysBetween(`${year}-01-01`, thursday) / 7) + 1;
  return { year, week, monday };
}

const pad = (n: number) => String(n).padStart(2, "0");

const weekKeyOf = (year: number, week: number): string => `${year}-W${pad(week)}`;

/** The week a to-do page's title names, in either language ("… vecka 48, 2026", "… week 48,
 * 2026"): the key that finds this week's page whatever language the UI had when it was made, so a
 * language switch never makes a second page for the same week. */
export function weekKeyFromTitle(title: string): string | null {
  const m = /\b(?:vecka|week)\s+(\d{1,2}),\s*(\d{4})\s*$/i.exec(title.trim());
  if (!m) return null;
  const week = Number(m[1]);
  return week >= 1 && week <= 53 ? weekKeyOf(Number(m[2]), week) : null;
}

/** `svara-todo-{candidate}-{follow-up}` (week) and `svara-today-…` (today): the candidate's part
 * lets a changed follow-up rewrite its candidate's line in place; hashes keep ids short and ASCII. */
export const todoLineId = (list: TodoList, processId: string, candidateId: string, followUpId: string) =>
  `svara-${list === "week" ? "todo" : "today"}-${candidateHash(processId, candidateId)}-${fnv1a(followUpId)}`;

export type TodoList = "week" | "today";

/** The week's page; `planned` is the week's agenda when the caller worked it out already (in slices). */
export function weeklyTodo(
  processes: readonly Process[],
  settings: Settings,
  now: IsoInstant,
  planned: Agenda = agenda(processes, settings, now),
): WeeklyTodo {
  const today = localDate(Date.parse(now), settings.timeZone);
  const { year, week, monday } = isoWeek(today);
  // A contact is this week's when it is at or after Monday's midnight where she is: one instant
  // compared, not every contact's local date worked out.
  const mondayStart = fromWallClock(Date.parse(`${monday}T00:00:00Z`), settings.timeZone);
  const items = planned.items.map((a): TodoItem => ({
    id: todoLineId("week", a.followUp.processId, a.followUp.candidateId, a.followUp.id),
    todayId: todoLineId("today", a.followUp.processId, a.followUp.candidateId, a.followUp.id),
    followUpId: a.followUp.id,
    processId: a.followUp.processId,
    candidateId: a.followUp.candidateId,
    day: a.day,
    text: a.followUp.title,
    overdue: a.overdue,
  }));
  return {
    weekKey: weekKeyOf(year, week),
    monday,
    today,
    title: { sv: `Svara – att göra vecka ${week}, ${year}`, en: `Svara – to do week ${week}, ${year}` },
    items,
    done: processes.flatMap((p) => p.candidates.flatMap((c) => c.completedFollowUps ?? [])),
    handled: processes.flatMap((p) =>
      p.candidates
        .filter(
          (c) =>
            c.contacts.some((k) => k.kind !== "note" && Date.parse(k.at) >= mondayStart) ||
            movedSince(c, mondayStart),
        )
        .map((c) => candidateHash(p.id, c.id)),
    ),
    erased: processes.flatMap((p) => (p.erasures ?? []).map((e) => e.candidateRef)),
  };
}

/** A stage move since `since` (epoch ms). The entry made when they were added (at their createdAt)
 * is not a move; a history written before it existed starts with a move (domain/stageHistory.ts). */
function movedSince(candidate: Candidate, since: number): boolean {
  const added = Date.parse(candidate.createdAt);
  return (candidate.stageHistory ?? []).some((e) => {
    const at = Date.parse(e.at);
    return at >= since && at > added;
  });
}

const DAY_NAMES: Record<Language, readonly string[]> = {
  sv: ["söndag", "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag"],
  en: ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"],
};
const OVERDUE: UserText = { sv: "Försenad", en: "Overdue" };
const HEADINGS: Record<TodoList, UserText> = {
  today: { sv: "I dag", en: "Today" },
  week: { sv: "Hela veckan", en: "The whole week" },
};

/** The data-ids of the two sections' headings: language-neutral, so a page keeps its sections
 * whatever language the UI has later. */
export const TODO_HEADING_IDS: Readonly<Record<TodoList, string>> = {
  today: "svara-today",
  week: "svara-week",
};

const dayLabel = (day: IsoDate, language: Language): string =>
  `${DAY_NAMES[language][weekday(day)]} ${Number(day.slice(8))}/${Number(day.slice(5, 7))}`;

/** The language a to-do page was made in, read from its title: the page keeps it. */
export function todoPageLanguage(title: string): Language | null {
  if (/\bvecka\s+\d/i.test(title)) return "sv";
  if (/\bweek\s+\d/i.test(title)) return "en";
  return null;
}

/** One to-do, as OneNote shows it: a tick box (data-tag "to-do", "to-do:completed" once ticked)
 * carrying the data-id of its line in the week's list or in today's. */
export function todoItemHtml(
  item: TodoItem,
  language: Language,
  { list = "week", ticked = false }: { readonly list?: TodoList; readonly ticked?: boolean } = {},
): string {
  const text = escapeHtml(item.text[language]);
  const label = item.overdue ? `<b>${OVERDUE[language]}:</b> ${text}` : text;
  const id = list === "week" ? item.id : item.todayId;
  const tag = ticked ? "to-do:completed" : "to-do";
  return `<p data-tag="${tag}" data-id="${id}">${label} <i>(${escapeHtml(dayLabel(item.day, language))})</i></p>`;
}

/** The words of a to-do as OneNote shows them: what the page is compared by, since OneNote
 * rewrites markup (bold as a style) but keeps the words. */
export function todoItemText(item: TodoItem, language: Language): string {
  const label = item.overdue ? `${OVERDUE[language]}: ${item.text[language]}` : item.text[language];
  return `${label} (${dayLabel(item.day, language)})`;
}

/** A section's heading: "I dag – onsdag 25/11" follows the day; "Hela veckan" stays. */
export function todoHeadingText(list: TodoList, today: IsoDate, language: Language): string {
  const heading = HEADINGS[list][language];
  return list === "today" ? `${heading} – ${dayLabel(today, language)}` : heading;
}

export function todoHeadingHtml(list: TodoList, today: IsoDate, language: Language): string {
  return `<h2 data-id="${TODO_HEADING_IDS[list]}">${escapeHtml(todoHeadingText(list, today, language))}</h2>`;
}

/** The items of today's section: today's follow-ups and the overdue ones carried to today. */
export const todayItems = (todo: WeeklyTodo): readonly TodoItem[] =>
  todo.items.filter((item) => item.day === todo.today);

/** The whole page for a new week: its title, today's section, then every item of the week. */
export function weeklyTodoPageHtml(todo: WeeklyTodo, language: Language): string {
  const title = escapeHtml(todo.title[language]);
  return [
    "<!DOCTYPE html>",
    `<html lang="${language}">`,
    `<head><title>${title}</title></head>`,
    "<body>",
    todoHeadingHtml("today", todo.today, language),
    ...todayItems(todo).map((item) => todoItemHtml(item, language, { list: "today" })),
    todoHeadingHtml("week", todo.today, language),
    ...todo.items.map((item) => todoItemHtml(item, language)),
    "</body>",
    "</html>",
  ].join("\n");
}
