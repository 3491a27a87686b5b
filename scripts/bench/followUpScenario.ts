// A fresh mailbox's worth of work for one sweep: a process of 200 candidates, every one of them
// owed follow-ups — most waiting for an answer (To Do), the interviewed ones a call (calendar).
import { parseProcessDocument, type Candidate, type Process } from "../../src/domain";
import { mailContact, meetingHeldContact } from "../../src/sync/commands";

const DAY = 86_400_000;
const STAGES = [
  { id: "screening", name: "Urval", kind: "screening" },
  { id: "interview", name: "Intervju", kind: "interview" },
  { id: "rejected", name: "Avslutad", kind: "rejected" },
] as const;

function candidate(i: number, now: number): Candidate {
  const at = (days: number) => new Date(now - days * DAY - i * 60_000).toISOString();
  const interviewed = i % 5 === 0;
  const contacts = interviewed
    ? [
        mailContact(`m-${i}-1`, at(12), "in", "Ansökan", `AAMkBench${i}x1`),
        mailContact(`m-${i}-2`, at(11), "out", "Svar", `AAMkBench${i}x2`),
        meetingHeldContact(`meeting-${i}`, at(1), "Intervju", null),
      ]
    : [mailContact(`m-${i}-1`, at(1 + (i % 6)), "in", "Ansökan", `AAMkBench${i}x1`)];
  return {
    id: `c-bench-${i}`,
    name: `Kandidat ${i}`,
    emails: [`kandidat${i}@example.se`],
    phone: `+4670${String(1_000_000 + i).slice(1)}`,
    linkedInUrl: null,
    stageId: interviewed ? "interview" : "screening",
    rejection: null,
    consent: null,
    leftAt: null,
    retentionUntil: null,
    createdAt: contacts[0]!.at,
    updatedAt: contacts.at(-1)!.at,
    contacts,
  };
}

export function sweepScenario(candidates: number, nowMs: number): Process {
  const doc = {
    schema: "svara.process/1",
    id: "p-bench-sweep",
    title: "Backendutvecklare",
    organisation: "Bench AB",
    owner: { name: "Maja Rekryterare", email: "maja@contoso.example" },
    language: "sv",
    answerWindowDays: 10,
    warningDay: 7,
    surveyUrl: null,
    nextStep: "Intervjuer nästa vecka",
    stages: STAGES.map((s) => ({ ...s })),
    milestones: [],
    candidates: Array.from({ length: candidates }, (_, i) => candidate(i, nowMs)),
    updatedAt: new Date(nowMs).toISOString(),
  };
  const parsed = parseProcessDocument(doc);
  if (!parsed.ok) throw new Error(`bench: the sweep scenario is not a valid process: ${parsed.error.code}`);
  return parsed.value.process;
}

/** The same candidates a little later: every one of them answered an hour ago (a status update to
 * all 200 went out), so their reminders are done and a status update is owed next. */
export function answeredScenario(process: Process, nowMs: number): Process {
  const at = new Date(nowMs - 3_600_000).toISOString();
  return {
    ...process,
    candidates: process.candidates.map((c, i) => ({
      ...c,
      updatedAt: at,
      contacts: [
        ...c.contacts,
        mailContact(`m-${i}-status`, at, "out", "Läget i rekryteringen", `AAMkBenchStatus${i}`),
      ],
    })),
  };
}
