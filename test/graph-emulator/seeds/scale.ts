// The scale seeds. "scale": 5,000 candidates in 20 processes and 50,000 messages, each linked by
// the SvaraCandidate property, so listing a candidate's mail must go through the store's index.
// "pipeline": 10,000 candidates in 20 processes with one application mail each, spread over two
// weeks so every answer clock phase is there — the overview's and the pipeline's bench.
import { approot, putFile } from "../resources/driveRecords";
import { createMessage } from "../resources/messageRecords";
import type { Store } from "../store";
import { DEMO_OWNER, emptyStore } from "./base";
import { categoryOf, STAGES, SVARA_PROPERTY_ID } from "./demo";

export interface ScaleShape {
  readonly processes: number;
  readonly candidatesPerProcess: number;
  /** Alternately in and out, two days apart, the last one ours: every clock stopped. One: only the
   * application, sent up to two weeks ago, so clocks are running, near their due day and overdue. */
  readonly messagesPerCandidate: number;
}

export const SCALE: ScaleShape = { processes: 20, candidatesPerProcess: 250, messagesPerCandidate: 10 };
export const PIPELINE_SCALE: ScaleShape = {
  processes: 20,
  candidatesPerProcess: 500,
  messagesPerCandidate: 1,
};

const FIRST = [
  "Åsa",
  "Björn",
  "Chidi",
  "Dalia",
  "Erik",
  "Fatima",
  "Göran",
  "Hanna",
  "Ibrahim",
  "Jönsson",
  "Karin",
  "Lars",
  "Maja",
  "Nils",
  "Olga",
  "Per",
  "Rania",
  "Sven",
  "Tove",
  "Zoë",
];
const LAST = [
  "Öberg",
  "Ekdahl",
  "Ńwachukwu",
  "Lindqvist",
  "Mäkinen",
  "Ström",
  "Al-Sayed",
  "Näslund",
  "Wiśniewska",
  "Fernández",
  "Li",
  "Berg",
  "Holm",
  "Sandberg",
  "Åkesson",
];
const DAY = 86_400_000;

export function scaleCandidateId(p: number, c: number): string {
  return `c-${p}-${c}`;
}
export function scaleProcessId(p: number): string {
  return `p-scale-${p}`;
}

export function seedScale(now: Date, shape: ScaleShape = SCALE): Store {
  const store = emptyStore(DEMO_OWNER, () => now);
  const inbox = store.folderIdOf("inbox")!;
  const sent = store.folderIdOf("sentitems")!;
  const root = approot(store);
  const owner = { emailAddress: { name: DEMO_OWNER.name, address: DEMO_OWNER.email } };
  for (let p = 0; p < shape.processes; p++) {
    const processId = scaleProcessId(p);
    const title = `Roll ${p + 1}`;
    const organisation = `Företag ${String.fromCharCode(65 + p)}`;
    const category = categoryOf({ title, organisation });
    store.categories.set(`cat-${p}`, {
      id: store.newGuid(`category:${p}`),
      displayName: category,
      color: `preset${p % 25}`,
    });
    const candidates = [];
    for (let c = 0; c < shape.candidatesPerProcess; c++) {
      const n = p * shape.candidatesPerProcess + c;
      const name = `${FIRST[n % FIRST.length]!} ${LAST[Math.floor(n / FIRST.length) % LAST.length]!}`;
      const email = `kandidat${n}@example.se`;
      const candidateId = scaleCandidateId(p, c);
      const link = `${processId}/${candidateId}`;
      const them = { emailAddress: { name, address: email } };
      const contacts = [];
      for (let m = 0; m < shape.messagesPerCandidate; m++) {
        const inbound = m % 2 === 0;
        const daysAgo = shape.messagesPerCandidate === 1 ? n % 15 : 21 - m * 2;
        const at = new Date(now.getTime() - daysAgo * DAY - (n % 600) * 60_000).toISOString();
        const rec = createMessage(store, inbound ? inbox : sent, {
          id: `AAMkScale${p}x${c}x${m}`,
          subject: inbound ? `Ansökan: ${title}` : `RE: Ansökan: ${title}`,
          body: {
            contentType: "text",
            content: inbound ? "Hej, här är min ansökan." : "Tack, vi återkommer.",
          },
          from: inbound ? them : owner,
          toRecipients: [inbound ? owner : them],
          receivedDateTime: at,
          isRead: true,
          conversationId: `AAQkScale${p}x${c}`,
          categories: [category],
          singleValueExtendedProperties: [{ id: SVARA_PROPERTY_ID, value: link }],
        });
        contacts.push({
          id: `k-${n}-${m}`,
          at,
          direction: inbound ? "in" : "out",
          channel: "email",
          kind: inbound
            ? m === 0 && shape.messagesPerCandidate === 1
              ? "application"
              : "message"
            : "answer",
          summary: inbound ? "Mail in" : "Svar",
          messageId: rec["id"],
          eventId: null,
        });
      }
      candidates.push({
        id: candidateId,
        name,
        emails: [email],
        phone: n % 7 === 0 ? null : `+46 70 ${String(1000000 + n).slice(1)}`,
        linkedInUrl: null,
        stageId: STAGES[n % 4]!.id,
        rejection: null,
        consent: null,
        leftAt: null,
        retentionUntil: null,
        createdAt: contacts[0]!.at,
        updatedAt: contacts[contacts.length - 1]!.at,
        contacts,
      });
    }
    const doc = {
      schema: "svara.process/1",
      id: processId,
      title,
      organisation,
      owner: { name: DEMO_OWNER.name, email: DEMO_OWNER.email },
      language: "sv",
      answerWindowDays: 10,
      warningDay: 7,
      surveyUrl: null,
      nextStep: "Intervjuer nästa vecka",
      stages: STAGES,
      milestones: [],
      candidates,
      updatedAt: now.toISOString(),
    };
    putFile(store, root, `processes/${processId}.json`, Buffer.from(JSON.stringify(doc)));
  }
  store.clock = () => new Date();
  return store;
}
