// Svara's own survey as a built-in template: the questions numbered, answered by replying with a
// number and a sentence, the subject tagged so the reply is recognised (survey/marker.ts). Sent
// after the decision when the process has no form of its own (the planner's survey follow-up).

import type { Language } from "../result";
import { SURVEY_MARKERS } from "../survey/marker";
import { surveyQuestionLines } from "../survey/questions";
import { builtInTemplateId } from "./builtInIds";
import type { Template } from "./template";

const TEXTS: Readonly<Record<Language, { name: string; subject: string; body: string }>> = {
  sv: {
    name: "Enkät att svara på i mejlet",
    subject: `${SURVEY_MARKERS.sv} Tre snabba frågor om rekryteringen – {{process.title}}`,
    body: `Hej {{candidate.firstName}},

tack för att du sökte tjänsten som {{process.titleAndOrganisation}}. Vi vill bli bättre på att rekrytera och blir glada för dina synpunkter. Svara direkt på det här mejlet med en siffra från 1 till 5 efter varje fråga (högst är bäst):

${surveyQuestionLines("sv")}

Dina svar sparas utan ditt namn och används bara för att göra våra rekryteringar bättre.

Tack för att du tar dig tid!

Vänliga hälsningar
{{recruiter.name}}`,
  },
  en: {
    name: "Survey answered by reply",
    subject: `${SURVEY_MARKERS.en} Three quick questions about the recruitment – {{process.title}}`,
    body: `Hi {{candidate.firstName}},

Thank you for applying for the {{process.titleAndOrganisation}} role. We want to get better at recruiting and would value your view. Just reply to this email with a number from 1 to 5 after each question (higher is better):

${surveyQuestionLines("en")}

Your answers are kept without your name and used only to improve how we recruit.

Thank you for your time!

Kind regards
{{recruiter.name}}`,
  },
};

export const SURVEY_REPLY_TEMPLATES: readonly Template[] = (["sv", "en"] as const).map((language) => ({
  id: builtInTemplateId("survey-reply", language),
  kind: "survey-reply",
  language,
  builtIn: true,
  ...TEXTS[language],
}));
