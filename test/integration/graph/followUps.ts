// Follow-ups as the planner makes them, for the To Do and calendar adapters' tests.
import { followUpId, type FollowUp } from "../../../src/domain";

export function callFollowUp(overrides: Partial<FollowUp> = {}): FollowUp {
  const dueAt = overrides.dueAt ?? "2026-11-26T09:00:00.000Z";
  return {
    id: followUpId("p-nordbank-backend", "c-asa-oberg", "call", "20261120T091200Z"),
    processId: "p-nordbank-backend",
    candidateId: "c-asa-oberg",
    kind: "call",
    channel: "phone",
    target: "calendar",
    dueAt,
    remindAt: "2026-11-26T08:45:00.000Z",
    overdue: false,
    title: { sv: "Ring Åsa Öberg om intervjun", en: "Call Åsa Öberg about the interview" },
    body: { sv: "Besked efter intervjun.\n\nVar tydlig.", en: "Decision after the interview.\n\nBe clear." },
    template: null,
    call: {
      phone: "+46 70 123 45 67",
      talkingPoints: { sv: ["Tacka för intervjun", "Nästa steg"], en: ["Thank them", "Next step"] },
    },
    ...overrides,
  };
}

export function answerFollowUp(overrides: Partial<FollowUp> = {}): FollowUp {
  return {
    id: followUpId("p-nordbank-backend", "c-erik-lund", "answer-due", "20261114T101500Z"),
    processId: "p-nordbank-backend",
    candidateId: "c-erik-lund",
    kind: "answer-due",
    channel: "email",
    target: "todo",
    dueAt: "2026-11-24T10:15:00.000Z",
    remindAt: "2026-11-21T08:00:00.000Z",
    overdue: false,
    title: { sv: "Svara Erik Lund senast 24 nov", en: "Answer Erik Lund by 24 Nov" },
    body: { sv: "Erik väntar på besked.", en: "Erik is waiting for an answer." },
    template: "status-update",
    call: null,
    ...overrides,
  };
}
