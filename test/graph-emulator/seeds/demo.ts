// The demo seed: Maja Lind's mailbox with two recruitment processes, written exactly as
// docs/decisions/0002 says (process documents in the app folder, mails and interviews linked by the
// SvaraCandidate extended property and the process category). demoDataset(now) is the same data as
// plain values, so e2e tests can name people and ids without repeating them.
import { createHash } from "node:crypto";
import { putFile, approot } from "../resources/driveRecords";
import { createEvent } from "../resources/eventRecords";
import { createMessage } from "../resources/messageRecords";
import type { Store } from "../store";
import { DEMO_OWNER, emptyStore } from "./base";
import {
  DEMO_INTERVIEWS,
  DEMO_PROCESSES,
  ENGLISH_SENDER,
  UNKNOWN_SENDER,
  type DemoProcessSpec,
} from "./demoPeople";

export const SVARA_PROPERTY_ID = "String {6ba7bc0f-ea86-4499-8049-a2a6bb729aae} Name SvaraCandidate";

const DAY = 86_400_000;
const MAIL_ID_PREFIX = "AAMkAGVmMDEzMTM4LTZmYWUtNDdkNC1hMDZiLTU1OGY5OTZhYmY4OABGAAAAAA";
const EVENT_ID_PREFIX = "AAMkADI0NzVmYjQ0LWQyZTItNDIxYS1iMWE2LTIyZGJiOGM0N2YzMQBGAAAAAA";

const hashId = (prefix: string, key: string): string =>
  `${prefix}${createHash("sha256").update(key).digest("base64url").slice(0, 40)}`;

interface DemoContact {
  id: string;
  at: string;
  direction: "in" | "out";
  channel: string;
  kind: string;
  summary: string;
  messageId: string | null;
  eventId: string | null;
}

interface DemoCandidate {
  id: string;
  name: string;
  emails: string[];
  phone: string | null;
  linkedInUrl: null;
  stageId: string;
  rejection: { reason: string; detail: string } | null;
  consent: null;
  leftAt: string | null;
  retentionUntil: string | null;
  createdAt: string;
  updatedAt: string;
  contacts: DemoContact[];
}

interface DemoProcess {
  schema: "svara.process/1";
  id: string;
  title: string;
  organisation: string;
  owner: { name: string; email: string };
  language: "sv" | "en";
  answerWindowDays: number;
  warningDay: number;
  surveyUrl: string | null;
  nextStep: string;
  stages: { id: string; name: string; kind: string }[];
  milestones: { id: string; title: string; date: string }[];
  candidates: DemoCandidate[];
  updatedAt: string;
}

interface DemoMail {
  id: string;
  folder: "inbox" | "sentitems";
  from: { name: string; address: string };
  to: { name: string; address: string }[];
  subject: string;
  html: string;
  at: string;
  conversationId: string;
  /** "{processId}/{candidateId}", or null for mail that is not linked. */
  link: string | null;
  category: string | null;
}

interface DemoEvent {
  id: string;
  subject: string;
  start: string;
  end: string;
  location: string;
  attendee: { name: string; address: string };
  link: string;
  category: string;
}

export interface DemoDataset {
  now: string;
  owner: { name: string; email: string };
  propertyId: string;
  processes: DemoProcess[];
  mails: DemoMail[];
  events: DemoEvent[];
  categories: { displayName: string; color: string }[];
  /** Candidates whose last inbound mail is unanswered, and for how many whole days. */
  waiting: { processId: string; candidateId: string; days: number }[];
  unknownSender: { name: string; email: string; messageId: string };
  /** Another unknown sender, writing in English (issue 11). */
  englishSender: { name: string; email: string; messageId: string };
  candidateWithoutPhone: { processId: string; candidateId: string };
}

export const STAGES = [
  { id: "applied", name: "Ansökt", kind: "applied" },
  { id: "screening", name: "Urval", kind: "screening" },
  { id: "interview", name: "Intervju", kind: "interview" },
  { id: "final", name: "Slutintervju", kind: "final-interview" },
  { id: "offer", name: "Erbjudande", kind: "offer" },
  { id: "hired", name: "Anställd", kind: "hired" },
  { id: "rejected", name: "Inte aktuell", kind: "rejected" },
  { id: "withdrawn", name: "Drog sig ur", kind: "withdrawn" },
];

export const categoryOf = (p: { title: string; organisation: string }): string =>
  `Svara: ${p.title} – ${p.organisation}`;

const html = (text: string): string => `<html><body><p>${text}</p></body></html>`;

function interviewSlot(now: Date, daysFromNow: number, hourUtc: number): { start: Date; end: Date } {
  const day = new Date(now.getTime() + daysFromNow * DAY);
  const start = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), hourUtc));
  return { start, end: new Date(start.getTime() + 3_600_000) };
}

function buildProcess(spec: DemoProcessSpec, now: Date, mails: DemoMail[], events: DemoEvent[]): DemoProcess {
  const owner = { name: DEMO_OWNER.name, email: DEMO_OWNER.email };
  const category = categoryOf(spec);
  const candidates = spec.candidates.map((c): DemoCandidate => {
    const link = `${spec.id}/${c.id}`;
    const conversationId = hashId("AAQkAGVmMDEzMTM4", `conv:${link}`);
    const contacts = c.story.map((step, i): DemoContact => {
      const contactId = `k-${c.id.slice(2)}-${i + 1}`;
      if (step.channel === "meeting") {
        const iv = DEMO_INTERVIEWS.find((x) => x.candidateId === c.id)!;
        const slot = interviewSlot(now, iv.daysFromNow, iv.hourUtc);
        const eventId = hashId(EVENT_ID_PREFIX, `event:${link}`);
        return {
          id: contactId,
          at: slot.start.toISOString(),
          direction: step.direction,
          channel: "meeting",
          kind: step.kind,
          summary: step.summary,
          messageId: null,
          eventId,
        };
      }
      const at = new Date(now.getTime() - step.daysAgo * DAY).toISOString();
      const messageId = hashId(MAIL_ID_PREFIX, `mail:${link}:${i}`);
      const candidate = { name: c.name, address: c.email };
      mails.push({
        id: messageId,
        folder: step.direction === "in" ? "inbox" : "sentitems",
        from: step.direction === "in" ? candidate : { name: owner.name, address: owner.email },
        to: step.direction === "in" ? [{ name: owner.name, address: owner.email }] : [candidate],
        subject: step.subject ?? step.summary,
        html: html(step.text ?? step.summary),
        at,
        conversationId,
        link,
        category,
      });
      return {
        id: contactId,
        at,
        direction: step.direction,
        channel: step.channel,
        kind: step.kind,
        summary: step.summary,
        messageId,
        eventId: null,
      };
    });
    const sorted = [...contacts].sort((a, b) => a.at.localeCompare(b.at));
    const past = sorted.filter((k) => k.at <= now.toISOString());
    const createdAt = sorted[0]!.at;
    const updatedAt = (past[past.length - 1] ?? sorted[0]!).at;
    const left = c.stageId === "rejected" || c.stageId === "withdrawn" || c.stageId === "hired";
    const leftAt = left ? updatedAt : null;
    return {
      id: c.id,
      name: c.name,
      emails: [c.email.toLowerCase()],
      phone: c.phone,
      linkedInUrl: null,
      stageId: c.stageId,
      rejection: c.rejection ?? null,
      consent: null,
      leftAt,
      retentionUntil: leftAt ? new Date(Date.parse(leftAt) + 730 * DAY).toISOString().slice(0, 10) : null,
      createdAt,
      updatedAt,
      contacts,
    };
  });
  for (const iv of DEMO_INTERVIEWS.filter((x) => x.processId === spec.id)) {
    const c = spec.candidates.find((x) => x.id === iv.candidateId)!;
    const slot = interviewSlot(now, iv.daysFromNow, iv.hourUtc);
    events.push({
      id: hashId(EVENT_ID_PREFIX, `event:${spec.id}/${c.id}`),
      subject: `Intervju: ${c.name} – ${spec.title}, ${spec.organisation}`,
      start: slot.start.toISOString(),
      end: slot.end.toISOString(),
      location: iv.location,
      attendee: { name: c.name, address: c.email },
      link: `${spec.id}/${c.id}`,
      category,
    });
  }
  const deadline = new Date(now.getTime() - spec.deadlineDaysAgo * DAY).toISOString().slice(0, 10);
  return {
    schema: "svara.process/1",
    id: spec.id,
    title: spec.title,
    organisation: spec.organisation,
    owner,
    language: "sv",
    answerWindowDays: 10,
    warningDay: 7,
    surveyUrl: null,
    nextStep: spec.nextStep,
    stages: STAGES,
    milestones: [{ id: "m-deadline", title: "Sista ansökningsdag", date: deadline }],
    candidates,
    ...(spec.closedDaysAgo !== undefined
      ? { closedAt: new Date(now.getTime() - spec.closedDaysAgo * DAY).toISOString() }
      : {}),
    updatedAt: candidates
      .map((c) => c.updatedAt)
      .sort()
      .pop()!,
  };
}

export function demoDataset(nowInput: Date | string): DemoDataset {
  const now = new Date(nowInput);
  const mails: DemoMail[] = [];
  const events: DemoEvent[] = [];
  const processes = DEMO_PROCESSES.map((spec) => buildProcess(spec, now, mails, events));
  const unknownId = hashId(MAIL_ID_PREFIX, "mail:unknown-sender");
  mails.push({
    id: unknownId,
    folder: "inbox",
    from: { name: UNKNOWN_SENDER.name, address: UNKNOWN_SENDER.email },
    to: [{ name: DEMO_OWNER.name, address: DEMO_OWNER.email }],
    subject: UNKNOWN_SENDER.subject,
    html: html(UNKNOWN_SENDER.text),
    at: new Date(now.getTime() - UNKNOWN_SENDER.daysAgo * DAY).toISOString(),
    conversationId: hashId("AAQkAGVmMDEzMTM4", "conv:unknown-sender"),
    link: null,
    category: null,
  });
  const englishId = hashId(MAIL_ID_PREFIX, "mail:english-sender");
  mails.push({
    id: englishId,
    folder: "inbox",
    from: { name: ENGLISH_SENDER.name, address: ENGLISH_SENDER.email },
    to: [{ name: DEMO_OWNER.name, address: DEMO_OWNER.email }],
    subject: ENGLISH_SENDER.subject,
    html: html(ENGLISH_SENDER.text),
    at: new Date(now.getTime() - ENGLISH_SENDER.daysAgo * DAY).toISOString(),
    conversationId: hashId("AAQkAGVmMDEzMTM4", "conv:english-sender"),
    link: null,
    category: null,
  });
  mails.sort((a, b) => a.at.localeCompare(b.at));
  const waiting: DemoDataset["waiting"] = [];
  for (const p of processes) {
    for (const c of p.candidates) {
      const past = c.contacts
        .filter((k) => k.at <= now.toISOString())
        .sort((a, b) => a.at.localeCompare(b.at));
      const last = past[past.length - 1];
      if (last && last.direction === "in") {
        waiting.push({
          processId: p.id,
          candidateId: c.id,
          days: Math.floor((now.getTime() - Date.parse(last.at)) / DAY),
        });
      }
    }
  }
  const withoutPhone = processes.flatMap((p) =>
    p.candidates.filter((c) => c.phone === null).map((c) => ({ processId: p.id, candidateId: c.id })),
  )[0]!;
  return {
    now: now.toISOString(),
    owner: { name: DEMO_OWNER.name, email: DEMO_OWNER.email },
    propertyId: SVARA_PROPERTY_ID,
    processes,
    mails,
    events,
    categories: DEMO_PROCESSES.map((p) => ({ displayName: categoryOf(p), color: p.color })),
    waiting,
    unknownSender: { name: UNKNOWN_SENDER.name, email: UNKNOWN_SENDER.email, messageId: unknownId },
    englishSender: { name: ENGLISH_SENDER.name, email: ENGLISH_SENDER.email, messageId: englishId },
    candidateWithoutPhone: withoutPhone,
  };
}

const OUTLOOK_DEFAULT_CATEGORIES: [string, string][] = [
  ["Red category", "preset0"],
  ["Orange category", "preset1"],
  ["Yellow category", "preset3"],
  ["Green category", "preset4"],
  ["Blue category", "preset7"],
  ["Purple category", "preset8"],
];

export function seedDemo(now: Date): Store {
  const store = emptyStore(DEMO_OWNER, () => now);
  const data = demoDataset(now);
  for (const [displayName, color] of [
    ...OUTLOOK_DEFAULT_CATEGORIES,
    ...data.categories.map((c) => [c.displayName, c.color] as [string, string]),
  ]) {
    const id = store.newGuid(`category:${displayName}`);
    store.categories.set(id, { id, displayName, color });
  }
  for (const m of data.mails) {
    createMessage(store, store.folderIdOf(m.folder)!, {
      id: m.id,
      subject: m.subject,
      body: { contentType: "html", content: m.html },
      from: { emailAddress: m.from },
      toRecipients: m.to.map((t) => ({ emailAddress: t })),
      receivedDateTime: m.at,
      sentDateTime: m.at,
      isRead: m.folder === "sentitems" || Date.parse(m.at) < now.getTime() - 5 * DAY,
      conversationId: m.conversationId,
      categories: m.category ? [m.category] : [],
      singleValueExtendedProperties: m.link ? [{ id: SVARA_PROPERTY_ID, value: m.link }] : [],
    });
  }
  for (const e of data.events) {
    createEvent(
      store,
      {
        subject: e.subject,
        body: { contentType: "html", content: html(`Intervju med ${e.attendee.name}.`) },
        start: { dateTime: e.start.replace(/Z$/, ""), timeZone: "UTC" },
        end: { dateTime: e.end.replace(/Z$/, ""), timeZone: "UTC" },
        location: { displayName: e.location },
        attendees: [{ type: "required", emailAddress: e.attendee }],
        categories: [e.category],
        singleValueExtendedProperties: [{ id: SVARA_PROPERTY_ID, value: e.link }],
      },
      e.id,
    );
  }
  const root = approot(store);
  for (const p of data.processes) {
    putFile(store, root, `processes/${p.id}.json`, Buffer.from(JSON.stringify(p, null, 2), "utf8"));
  }
  store.clock = () => new Date();
  return store;
}
