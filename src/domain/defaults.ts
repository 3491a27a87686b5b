// What a new process and a new recruiter start with. Kept in one place so docs/domain.md and the
// UI can quote the same numbers.

import type { Language } from "./result";
import type { Person, Process, Settings, Stage, StageKind } from "./model";
import { DEFAULT_TIME_ZONE } from "./timeZone";

export const DEFAULT_ANSWER_WINDOW_DAYS = 10;
export const DEFAULT_WARNING_DAY = 7;

export const DEFAULT_SETTINGS: Settings = {
  timeZone: DEFAULT_TIME_ZONE,
  dayCounting: "calendar",
  quietDaysBeforeStatusUpdate: 14,
  retentionMonths: 24,
  surveyWithinDays: 30,
  callReminderMinutes: 15,
};

const STAGE_NAMES: Readonly<Record<StageKind, { id: string; sv: string; en: string }>> = {
  applied: { id: "applied", sv: "Ansökt", en: "Applied" },
  screening: { id: "screening", sv: "Urval", en: "Screening" },
  interview: { id: "interview", sv: "Intervju", en: "Interview" },
  "final-interview": { id: "final", sv: "Slutintervju", en: "Final interview" },
  offer: { id: "offer", sv: "Erbjudande", en: "Offer" },
  hired: { id: "hired", sv: "Anställd", en: "Hired" },
  rejected: { id: "rejected", sv: "Inte aktuell", en: "Not going further" },
  withdrawn: { id: "withdrawn", sv: "Drog sig ur", en: "Withdrew" },
};

export function defaultStageName(kind: StageKind, language: Language): string {
  return STAGE_NAMES[kind][language];
}

export function defaultStages(language: Language): readonly Stage[] {
  return (Object.keys(STAGE_NAMES) as StageKind[]).map((kind) => ({
    id: STAGE_NAMES[kind].id,
    name: STAGE_NAMES[kind][language],
    kind,
  }));
}

export interface NewProcessInput {
  readonly id: string;
  readonly title: string;
  readonly organisation: string;
  readonly owner: Person;
  readonly language?: Language;
}

export function newProcess(input: NewProcessInput, now: string): Process {
  const language = input.language ?? "sv";
  return {
    id: input.id,
    title: input.title,
    organisation: input.organisation,
    owner: input.owner,
    language,
    answerWindowDays: DEFAULT_ANSWER_WINDOW_DAYS,
    warningDay: DEFAULT_WARNING_DAY,
    surveyUrl: null,
    nextStep: "",
    stages: defaultStages(language),
    milestones: [],
    candidates: [],
    updatedAt: now,
  };
}
