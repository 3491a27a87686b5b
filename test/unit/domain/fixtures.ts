// Builders for the recruiter's stories: a Nordbank backend process run by Maja Lind, with
// candidates who apply, write, get interviewed and get answers.
import {
  DEFAULT_SETTINGS,
  defaultStages,
  type Candidate,
  type ContactEvent,
  type Process,
  type Settings,
} from "../../../src/domain";

export const settings: Settings = DEFAULT_SETTINGS;

let seq = 0;
export function contact(over: Partial<ContactEvent> & { at: string }): ContactEvent {
  seq += 1;
  return {
    id: `k-${seq}`,
    direction: "in",
    channel: "email",
    kind: "message",
    summary: "",
    messageId: null,
    eventId: null,
    ...over,
  };
}

export const applied = (at: string): ContactEvent =>
  contact({ at, kind: "application", summary: "Ansökan via mail" });
export const mailIn = (at: string): ContactEvent =>
  contact({ at, kind: "message", summary: "Fråga om tjänsten" });
export const mailOut = (at: string): ContactEvent =>
  contact({ at, direction: "out", kind: "answer", summary: "Svar skickat" });
export const interviewHeld = (at: string): ContactEvent =>
  contact({ at, direction: "out", channel: "meeting", kind: "interview", summary: "Intervju" });
export const callLogged = (at: string): ContactEvent =>
  contact({ at, direction: "out", channel: "phone", kind: "decision", summary: "Ringde med besked" });

export function candidate(over: Partial<Candidate> = {}): Candidate {
  return {
    id: "c-asa-oberg",
    name: "Åsa Öberg",
    emails: ["asa.oberg@example.se"],
    phone: "+46 70 123 45 67",
    linkedInUrl: null,
    stageId: "screening",
    rejection: null,
    consent: null,
    leftAt: null,
    retentionUntil: null,
    createdAt: "2026-11-03T09:12:00.000Z",
    updatedAt: "2026-11-03T09:12:00.000Z",
    contacts: [applied("2026-11-03T09:12:00.000Z")],
    ...over,
  };
}

export function process(over: Partial<Process> = {}): Process {
  return {
    id: "p-nordbank-backend",
    title: "Backend-utvecklare",
    organisation: "Nordbank",
    owner: { name: "Maja Lind", email: "maja.lind@svara-demo.se" },
    language: "sv",
    answerWindowDays: 10,
    warningDay: 7,
    surveyUrl: "https://forms.office.com/r/abc",
    nextStep: "Intervjuer vecka 49",
    stages: defaultStages("sv"),
    milestones: [{ id: "m-deadline", title: "Sista ansökningsdag", date: "2026-11-20" }],
    candidates: [],
    updatedAt: "2026-11-24T15:00:00.000Z",
    ...over,
  };
}
