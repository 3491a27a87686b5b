// The values a template is filled with, taken from the candidate and the process.

import type { Candidate, IsoInstant, Milestone, Person, Process, Rejection } from "../model";
import { dateTimeFormat } from "../intlCache";
import { firstName } from "../names";
import { rejectionNeedsDetail } from "../rejection";
import type { Language } from "../result";
import type { TemplateValues } from "./placeholders";

const REASON_TEXT: Readonly<
  Record<Language, Readonly<Record<"applied-too-late" | "others-went-further", string>>>
> = {
  sv: {
    "applied-too-late": "den kom in efter sista ansökningsdagen",
    "others-went-further": "kandidater vars erfarenhet bättre stämmer överens med det vi söker",
  },
  en: {
    "applied-too-late": "it arrived after the closing date",
    "others-went-further": "candidates whose experience more closely matches what we are looking for",
  },
};

/** The reason as the candidate reads it; the recruiter's own words win when given. */
export function rejectionReasonText(rejection: Rejection, language: Language): string {
  const detail = rejection.detail.trim();
  if (rejectionNeedsDetail(rejection.reason)) return detail;
  return detail !== "" ? detail : REASON_TEXT[language][rejection.reason];
}

function formatDate(date: string, language: Language): string {
  return dateTimeFormat(language === "sv" ? "sv-SE" : "en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(Date.parse(`${date}T00:00:00Z`));
}

function timelineLines(milestones: readonly Milestone[], language: Language): readonly string[] {
  return [...milestones]
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    .map((m) => `${formatDate(m.date, language)}: ${m.title}`);
}

const DAY_MS = 86_400_000;

/** When the candidate will have heard from us: the answer clock's due time when the caller knows it;
 * otherwise their latest message (or being added) plus the window in calendar days — never later
 * than the clock, which may count working days, so the mail promises no more than Svara keeps. */
function answerBy(candidate: Candidate, process: Process, dueAt: IsoInstant | undefined): number {
  if (dueAt !== undefined) return Date.parse(dueAt);
  const heard = candidate.contacts
    .filter((c) => c.direction === "in")
    .reduce((latest, c) => Math.max(latest, Date.parse(c.at)), Date.parse(candidate.createdAt));
  return heard + process.answerWindowDays * DAY_MS;
}

function formatDay(ms: number, language: Language, timeZone: string): string {
  return dateTimeFormat(language === "sv" ? "sv-SE" : "en-GB", {
    weekday: "long",
    day: "numeric",
    month: "long",
    timeZone,
  }).format(ms);
}

/** "Säljare hos Solkraft AB" / "Sales rep at Solkraft AB", or only the title without an organisation. */
function titleAndOrganisation(process: Process, language: Language): string {
  const organisation = process.organisation.trim();
  if (organisation === "") return process.title;
  return `${process.title} ${language === "sv" ? "hos" : "at"} ${organisation}`;
}

export function templateValues(
  candidate: Candidate,
  process: Process,
  language: Language,
  recruiter: Person = process.owner,
  dueAt?: IsoInstant,
  timeZone = "Europe/Stockholm",
): TemplateValues {
  const values: TemplateValues = {
    "candidate.firstName": firstName(candidate.name),
    "candidate.name": candidate.name.trim(),
    "process.title": process.title,
    "process.organisation": process.organisation,
    "process.nextStep": process.nextStep,
    "process.timeline": timelineLines(process.milestones, language),
    "recruiter.name": recruiter.name,
    "recruiter.email": recruiter.email,
    "process.titleAndOrganisation": titleAndOrganisation(process, language),
    "candidate.answerBy": formatDay(answerBy(candidate, process, dueAt), language, timeZone),
  };
  return {
    ...values,
    ...(process.surveyUrl ? { "process.surveyUrl": process.surveyUrl } : {}),
    ...(candidate.rejection
      ? { "rejection.reason": rejectionReasonText(candidate.rejection, language) }
      : {}),
  };
}
