// A made-up candidate and process to preview a template with when no real candidate is at hand
// (the dashboard, or the pane with no candidate's mail open). Every placeholder has a value, so
// the preview shows the whole text; names and dates are invented.

import { defaultStages } from "../defaults";
import type { Candidate, Process } from "../model";
import type { Language } from "../result";

const TEXT: Readonly<
  Record<Language, { name: string; title: string; nextStep: string; milestone: string; detail: string }>
> = {
  sv: {
    name: "Åsa Öberg",
    title: "Backend-utvecklare",
    nextStep: "Vi hör av oss om intervjuer senast den 4 december.",
    milestone: "Intervjuer",
    detail: "vi söker någon med flera års erfarenhet av Java",
  },
  en: {
    name: "Alex Morgan",
    title: "Backend developer",
    nextStep: "We will be in touch about interviews by 4 December.",
    milestone: "Interviews",
    detail: "we are looking for several years of experience with Java",
  },
};

const AT = "2026-11-03T09:00:00.000Z";

export function sampleRecipient(language: Language): { candidate: Candidate; process: Process } {
  const text = TEXT[language];
  const candidate: Candidate = {
    id: "c-sample",
    name: text.name,
    emails: ["kandidat@example.se"],
    phone: null,
    linkedInUrl: null,
    stageId: "screening",
    rejection: { reason: "missing-requirement", detail: text.detail },
    consent: null,
    leftAt: null,
    retentionUntil: null,
    createdAt: AT,
    updatedAt: AT,
    contacts: [],
  };
  const process: Process = {
    id: "p-sample",
    title: text.title,
    organisation: "Nordbank",
    owner: { name: "Maja Lind", email: "maja.lind@example.se" },
    language,
    answerWindowDays: 10,
    warningDay: 7,
    surveyUrl: "https://forms.office.com/r/exempel",
    nextStep: text.nextStep,
    stages: defaultStages(language),
    milestones: [{ id: "m-sample", title: text.milestone, date: "2026-12-08" }],
    candidates: [candidate],
    updatedAt: AT,
  };
  return { candidate, process };
}
