// The recruiter's weekly to-do list, as they keep it in OneNote: every follow-up due this week
// (Monday to Sunday in their time zone), day by day, with what is already overdue carried to today.
// Each item is a OneNote to-do with a stable data-id, so the page can be topped up with new items
// without touching the ones the recruiter has ticked off.

import { agenda, mondayOf } from "./agenda";
import { addDays, daysBetween, weekday } from "./calendarDays";
import { fnv1a } from "./followUp";
import { escapeHtml } from "./htmlEscape";
import type { IsoDate, IsoInstant, Process, Settings, UserText } from "./model";
import type { Language } from "./result";
import { localDate } from "./timeZone";

export interface TodoItem {
  /** OneNote data-id: stable for the follow-up, ASCII. */
  readonly id: string;
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
  readonly title: UserText;
  readonly items: readonly TodoItem[];
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

const todoItemId = (followUpId: string): string => `svara-todo-${fnv1a(followUpId)}`;

export function weeklyTodo(processes: readonly Process[], settings: Settings, now: IsoInstant): WeeklyTodo {
  const today = localDate(Date.parse(now), settings.timeZone);
  const { year, week, monday } = isoWeek(today);
  const items = agenda(processes, settings, now).items.map((a): TodoItem => ({
    id: todoItemId(a.followUp.id),
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
    title: { sv: `Svara – att göra vecka ${week}, ${year}`, en: `Svara – to do week ${week}, ${year}` },
    items,
  };
}

const DAY_NAMES: Record<Language, readonly string[]> = {
  sv: ["söndag", "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag"],
  en: ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"],
};
const OVERDUE: UserText = { sv: "Försenad", en: "Overdue" };

/** One to-do, as OneNote shows it: a tick box (data-tag "to-do") carrying the item's data-id. */
export function todoItemHtml(item: TodoItem, language: Language): string {
  const text = escapeHtml(item.text[language]);
  const day = `${DAY_NAMES[language][weekday(item.day)]} ${Number(item.day.slice(8))}/${Number(item.day.slice(5, 7))}`;
  const label = item.overdue ? `<b>${OVERDUE[language]}:</b> ${text}` : text;
  return `<p data-tag="to-do" data-id="${item.id}">${label} <i>(${escapeHtml(day)})</i></p>`;
}

/** The whole page for a new week: its title, and every item so far. */
export function weeklyTodoPageHtml(todo: WeeklyTodo, language: Language): string {
  const title = escapeHtml(todo.title[language]);
  return [
    "<!DOCTYPE html>",
    `<html lang="${language}">`,
    `<head><title>${title}</title></head>`,
    "<body>",
    ...todo.items.map((item) => todoItemHtml(item, language)),
    "</body>",
    "</html>",
  ].join("\n");
}
