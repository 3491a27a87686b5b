// The values a template is filled with, taken from the candidate and the process.

import type { Candidate, Milestone, Person, Process, Rejection } from "../model";
import { dateTimeFormat } from "../intlCache";
import { firstName } from "../names";
import { rejectionNeedsDetail } from "../rejection";
import type { Language } from "../result";
import type { TemplateValues } from "./placeholders";

const REASON_TEXT: Readonly<
  Record<Language, Readonly<Record<"applied-too-late" | "others-went-further", string>>>
> = {
  sv: {
    "applied-too-late": "ansökan kom in efter sista ansökningsdag",
    "others-went-further": "andra kandidaters erfarenhet stämde bättre med det vi söker",
  },
  en: {
    "applied-too-late": "the application arrived after the closing date",
    "others-went-further": "other candidates' experience matched what we are looking for more closely",
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

export function templateValues(
  candidate: Candidate,
  process: Process,
  language: Language,
  recruiter: Person = process.owner,
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
  };
  return {
    ...values,
    ...(process.surveyUrl ? { "process.surveyUrl": process.surveyUrl } : {}),
    ...(candidate.rejection
      ? { "rejection.reason": rejectionReasonText(candidate.rejection, language) }
      : {}),
  };
}
