// Svara's own feedback survey: three questions the candidate answers with a number from 1 to 5 and
// one free sentence, asked in the candidate's language. The ids are stored with each answer, so
// they never change; the wording may.

import type { Language } from "../result";

export type SurveyScore = 1 | 2 | 3 | 4 | 5;

export const SURVEY_QUESTIONS = [
  {
    id: "clarity",
    sv: "Hur tydlig var informationen om processen?",
    en: "How clear was the information about the process?",
  },
  {
    id: "speed",
    sv: "Hur snabbt fick du besked?",
    en: "How quickly did you hear back from us?",
  },
  {
    id: "treatment",
    sv: "Hur väl bemött kände du dig?",
    en: "How well were you treated?",
  },
] as const;

export type SurveyQuestionId = (typeof SURVEY_QUESTIONS)[number]["id"];

/** The free sentence, asked last. */
export const SURVEY_COMMENT_QUESTION = {
  sv: "Vad kunde vi ha gjort bättre? En mening räcker.",
  en: "What could we have done better? A sentence is plenty.",
} as const;

export type SurveyScores = { readonly [Q in SurveyQuestionId]: SurveyScore };

export function isSurveyScore(n: number): n is SurveyScore {
  return Number.isInteger(n) && n >= 1 && n <= 5;
}

/** The questions as the mail lists them: numbered, so a reply "1) 4 2) 5 3) 3" maps back. */
export function surveyQuestionLines(language: Language): string {
  const lines = SURVEY_QUESTIONS.map((q, i) => `${i + 1}. ${q[language]}`);
  lines.push(`${SURVEY_QUESTIONS.length + 1}. ${SURVEY_COMMENT_QUESTION[language]}`);
  return lines.join("\n");
}
