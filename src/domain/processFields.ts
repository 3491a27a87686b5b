// What the recruiter sets on a process in the pane: its title, organisation, owner, the language
// candidates are written to in, the answer window, the timeline and next step that running
// information quotes, and the survey link. Checked here, each problem naming its field, so the form
// puts the message next to the input and the transition refuses what the form would.

import { isIsoDate } from "./calendarDays";
import { DEFAULT_WARNING_DAY } from "./defaults";
import type { Milestone, Person, Process } from "./model";
import { appError, type AppError, type Language } from "./result";
import { newCandidateId } from "./candidateNames";
import { validateEmail } from "./validation";
import { cleanName, cleanText, TEXT_LIMITS, validateName } from "./cleanText";

declare module "./errorCodes" {
  interface ErrorCodes {
    processes: "invalid-survey-url" | "invalid-milestone-date" | "same-process" | "process-closed";
  }
}

export const MIN_ANSWER_DAYS = 1;
export const MAX_ANSWER_DAYS = 90;

export interface ProcessFields {
  readonly title: string;
  readonly organisation: string;
  readonly owner: Person;
  readonly language: Language;
  readonly answerWindowDays: number;
  readonly nextStep: string;
  readonly milestones: readonly Milestone[];
  readonly surveyUrl: string | null;
}

export function processFieldsOf(process: Process): ProcessFields {
  return {
    title: process.title,
    organisation: process.organisation,
    owner: process.owner,
    language: process.language,
    answerWindowDays: process.answerWindowDays,
    nextStep: process.nextStep,
    milestones: process.milestones,
    surveyUrl: process.surveyUrl,
  };
}

/** The survey goes to candidates in a mail: only an https address is worth sending them. */
function validateSurveyUrl(value: string, field = "surveyUrl"): AppError | null {
  let url: URL | null = null;
  try {
    url = new URL(value.trim());
  } catch {
    url = null;
  }
  if (url && url.protocol === "https:" && url.hostname.includes(".")) return null;
  return appError(
    "invalid-survey-url",
    `Enkätlänken ”${value}” måste vara en webbadress som börjar med https://.`,
    `The survey link "${value}" must be a web address starting with https://.`,
    { field },
  );
}

const missing = (field: string, sv: string, en: string): AppError =>
  appError("required", `${sv} saknas.`, `${en} is missing.`, { field });

/** Every problem at once, each with the field it is about (`milestones.2.date` for the third date). */
export function validateProcessFields(fields: ProcessFields): readonly AppError[] {
  const errors: AppError[] = [];
  if (fields.title.trim() === "") errors.push(missing("title", "Titel", "The title"));
  // The process's name goes into its Outlook category, OneNote section and every follow-up.
  for (const field of ["title", "organisation"] as const) {
    const fits = validateName(fields[field], field, TEXT_LIMITS.processTitle);
    if (!fits.ok) errors.push(fits.error);
  }
  if (fields.owner.name.trim() === "")
    errors.push(missing("owner.name", "Ansvarig rekryterare", "The recruiter in charge"));
  const owner = validateEmail(fields.owner.email, "owner.email");
  if (!owner.ok) errors.push(owner.error);
  if (fields.language !== "sv" && fields.language !== "en") {
    errors.push(
      appError("invalid-language", "Välj svenska eller engelska.", "Choose Swedish or English.", {
        field: "language",
      }),
    );
  }
  const days = fields.answerWindowDays;
  if (!Number.isInteger(days) || days < MIN_ANSWER_DAYS || days > MAX_ANSWER_DAYS) {
    errors.push(
      appError(
        "invalid-answer-window",
        `Svarstiden ska vara ett helt antal dagar, från ${MIN_ANSWER_DAYS} till ${MAX_ANSWER_DAYS}.`,
        `The answer window must be a whole number of days, from ${MIN_ANSWER_DAYS} to ${MAX_ANSWER_DAYS}.`,
        { field: "answerWindowDays" },
      ),
    );
  }
  fields.milestones.forEach((m, i) => {
    if (m.title.trim() === "")
      errors.push(missing(`milestones.${i}.title`, "Milstolpens namn", "The milestone's name"));
    if (!isIsoDate(m.date)) {
      errors.push(
        appError(
          "invalid-milestone-date",
          `Milstolpen ”${m.title}” behöver ett datum.`,
          `The milestone "${m.title}" needs a date.`,
          { field: `milestones.${i}.date` },
        ),
      );
    }
  });
  if (fields.surveyUrl !== null && fields.surveyUrl.trim() !== "") {
    const survey = validateSurveyUrl(fields.surveyUrl);
    if (survey) errors.push(survey);
  }
  return errors;
}

/** The fields as stored: trimmed, an empty survey link is none, milestones in date order. */
export function normaliseProcessFields(fields: ProcessFields): ProcessFields {
  const survey = fields.surveyUrl?.trim() ?? "";
  return {
    title: cleanName(fields.title),
    organisation: cleanName(fields.organisation),
    owner: { name: cleanName(fields.owner.name), email: fields.owner.email.trim().toLowerCase() },
    language: fields.language,
    answerWindowDays: fields.answerWindowDays,
    nextStep: cleanText(fields.nextStep).trim(),
    milestones: [...fields.milestones]
      .map((m) => ({ id: m.id, title: cleanName(m.title), date: m.date }))
      .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id)),
    surveyUrl: survey === "" ? null : new URL(survey).toString(),
  };
}

/** The warning comes before the answer is due: the default day when the window allows it. */
export function warningDayFor(answerWindowDays: number, current: number = DEFAULT_WARNING_DAY): number {
  if (current < answerWindowDays) return current;
  return Math.max(0, Math.min(DEFAULT_WARNING_DAY, answerWindowDays - 1));
}

/** A process id for a new process: its title's slug and six characters of a fresh id, so two
 * devices creating "Säljare" at once make two processes, never one overwritten. */
export const newProcessId = (title: string, unique: string): string =>
  `p-${newCandidateId(title, unique).slice(2)}`;
