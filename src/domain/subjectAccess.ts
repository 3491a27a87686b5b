// A subject-access export (GDPR art. 15; issue 14): everything Svara holds about one candidate —
// their details, the process and every stage they entered, the contact log, the reminders Svara
// keeps for them, the mails linked to them (subject and date) and the text of their OneNote page —
// as JSON for a machine and as a readable HTML page for the candidate. Pure: sync gathers the
// parts from Microsoft 365, this only lays them out, the same way every time.

import type { FollowUp } from "./followUp";
import { escapeHtml } from "./htmlEscape";
import type { Candidate, IsoInstant, Process } from "./model";
import type { Language } from "./result";

export { exportFileStem } from "./exportFileNames";

export interface ExportMail {
  readonly subject: string;
  readonly at: IsoInstant;
  readonly direction: "in" | "out";
}

/** The OneNote page as read: its text, none (no page), or why it could not be read. */
export type ExportNotes =
  | { readonly kind: "page"; readonly text: string }
  | { readonly kind: "none" }
  | { readonly kind: "unreadable"; readonly reason: string };

export interface SubjectAccessInput {
  readonly process: Process;
  readonly candidate: Candidate;
  readonly reminders: readonly FollowUp[];
  readonly mails: readonly ExportMail[];
  readonly notes: ExportNotes;
  readonly exportedAt: IsoInstant;
}

export interface SubjectAccessExport {
  readonly schema: "svara.subject-access/1";
  readonly exportedAt: IsoInstant;
  readonly person: {
    readonly name: string;
    readonly emails: readonly string[];
    readonly phone: string | null;
    readonly linkedInUrl: string | null;
    readonly language: Language | null;
  };
  readonly process: {
    readonly title: string;
    readonly organisation: string;
    readonly recruiter: string;
    readonly addedAt: IsoInstant;
    readonly stage: string;
    readonly leftAt: IsoInstant | null;
    readonly rejection: { readonly reason: string; readonly detail: string } | null;
    readonly talentPoolConsent: { readonly givenAt: IsoInstant; readonly expiresAt: IsoInstant } | null;
    readonly keptUntil: string | null;
  };
  readonly stages: readonly { readonly stage: string; readonly enteredAt: IsoInstant }[];
  readonly log: readonly {
    readonly at: IsoInstant;
    readonly direction: "in" | "out";
    readonly channel: string;
    readonly kind: string;
    readonly summary: string;
  }[];
  readonly reminders: readonly {
    readonly title: string;
    readonly dueAt: IsoInstant;
    readonly channel: string;
  }[];
  readonly mails: readonly ExportMail[];
  readonly notes: ExportNotes;
}

const byTime = <T extends { readonly at: IsoInstant }>(xs: readonly T[]): T[] =>
  [...xs].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));

export function subjectAccessExport(input: SubjectAccessInput, language: Language): SubjectAccessExport {
  const { process, candidate } = input;
  const stageName = (id: string) => process.stages.find((s) => s.id === id)?.name ?? id;
  const consent = candidate.consent?.talentPool ? candidate.consent : null;
  return {
    schema: "svara.subject-access/1",
    exportedAt: input.exportedAt,
    person: {
      name: candidate.name,
      emails: [...candidate.emails],
      phone: candidate.phone,
      linkedInUrl: candidate.linkedInUrl,
      language: candidate.language ?? null,
    },
    process: {
      title: process.title,
      organisation: process.organisation,
      recruiter: process.owner.name,
      addedAt: candidate.createdAt,
      stage: stageName(candidate.stageId),
      leftAt: candidate.leftAt,
      rejection: candidate.rejection ? { ...candidate.rejection } : null,
      talentPoolConsent: consent ? { givenAt: consent.givenAt, expiresAt: consent.expiresAt } : null,
      keptUntil: candidate.retentionUntil,
    },
    stages: (candidate.stageHistory ?? []).map((e) => ({ stage: stageName(e.stageId), enteredAt: e.at })),
    log: byTime(candidate.contacts).map((c) => ({
      at: c.at,
      direction: c.direction,
      channel: c.channel,
      kind: c.kind,
      summary: c.summary,
    })),
    reminders: input.reminders.map((f) => ({ title: f.title[language], dueAt: f.dueAt, channel: f.channel })),
    mails: byTime(input.mails),
    notes: input.notes,
  };
}

const WORDS = {
  sv: {
    title: "Uppgifter om dig hos",
    intro:
      "Det här är allt vi har sparat om dig i vårt rekryteringsverktyg Svara, den {date}. Mejlen själva finns i rekryterarens brevlåda; här står deras ämnen och datum.",
    person: "Du",
    name: "Namn",
    emails: "E-post",
    phone: "Telefon",
    linkedIn: "LinkedIn",
    process: "Rekryteringen",
    role: "Tjänst",
    recruiter: "Rekryterare",
    added: "Tillagd",
    stage: "Steg nu",
    left: "Avslutad",
    rejection: "Beskedet",
    consent: "Samtycke till talangpool",
    keptUntil: "Sparas till och med",
    stages: "Steg du har varit i",
    log: "Kontakter",
    reminders: "Påminnelser vi har om dig",
    mails: "Mejl",
    notes: "Anteckningar (OneNote)",
    none: "Inga.",
    notesUnreadable: "Anteckningssidan gick inte att läsa nu: {reason}",
    in: "från dig",
    out: "till dig",
    until: "till",
  },
  en: {
    title: "Your data held by",
    intro:
      "This is everything we hold about you in our recruiting tool Svara, as of {date}. The mails themselves are in the recruiter's mailbox; their subjects and dates are listed here.",
    person: "You",
    name: "Name",
    emails: "Email",
    phone: "Phone",
    linkedIn: "LinkedIn",
    process: "The recruitment",
    role: "Role",
    recruiter: "Recruiter",
    added: "Added",
    stage: "Stage now",
    left: "Ended",
    rejection: "The decision",
    consent: "Talent-pool consent",
    keptUntil: "Kept until",
    stages: "Stages you have been in",
    log: "Contacts",
    reminders: "Reminders we hold about you",
    mails: "Mails",
    notes: "Notes (OneNote)",
    none: "None.",
    notesUnreadable: "The notes page could not be read now: {reason}",
    in: "from you",
    out: "to you",
    until: "until",
  },
} as const;

/** The export as a standalone HTML page: every value escaped, no script, no external resource. */
export function subjectAccessHtml(x: SubjectAccessExport, language: Language): string {
  const w = WORDS[language];
  const e = escapeHtml;
  const day = (iso: string) => iso.slice(0, 10);
  const when = (iso: string) => iso.slice(0, 16).replace("T", " ") + " UTC";
  const row = (label: string, value: string | null) =>
    value ? `<tr><th scope="row">${e(label)}</th><td>${e(value)}</td></tr>` : "";
  const list = (items: readonly string[]) =>
    items.length === 0 ? `<p>${e(w.none)}</p>` : `<ul>${items.map((i) => `<li>${i}</li>`).join("")}</ul>`;
  const p = x.process;
  const notes =
    x.notes.kind === "page"
      ? `<pre>${e(x.notes.text)}</pre>`
      : x.notes.kind === "none"
        ? `<p>${e(w.none)}</p>`
        : `<p>${e(w.notesUnreadable.replace("{reason}", x.notes.reason))}</p>`;
  return [
    `<!doctype html><html lang="${language}"><head><meta charset="utf-8">`,
    `<title>${e(`${w.title} ${p.organisation}: ${x.person.name}`)}</title>`,
    `<style>body{font-family:system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;line-height:1.5}th{text-align:left;padding-right:1rem;vertical-align:top}pre{white-space:pre-wrap}</style>`,
    `</head><body>`,
    `<h1>${e(`${w.title} ${p.organisation}`)}</h1>`,
    `<p>${e(w.intro.replace("{date}", day(x.exportedAt)))}</p>`,
    `<h2>${e(w.person)}</h2><table>`,
    row(w.name, x.person.name),
    row(w.emails, x.person.emails.join(", ")),
    row(w.phone, x.person.phone),
    row(w.linkedIn, x.person.linkedInUrl),
    `</table><h2>${e(w.process)}</h2><table>`,
    row(w.role, `${p.title} – ${p.organisation}`),
    row(w.recruiter, p.recruiter),
    row(w.added, day(p.addedAt)),
    row(w.stage, p.stage),
    row(w.left, p.leftAt ? day(p.leftAt) : null),
    row(w.rejection, p.rejection ? p.rejection.detail || p.rejection.reason : null),
    row(
      w.consent,
      p.talentPoolConsent
        ? `${day(p.talentPoolConsent.givenAt)} ${w.until} ${day(p.talentPoolConsent.expiresAt)}`
        : null,
    ),
    row(w.keptUntil, p.keptUntil),
    `</table>`,
    `<h2>${e(w.stages)}</h2>`,
    list(x.stages.map((s) => `${e(day(s.enteredAt))}: ${e(s.stage)}`)),
    `<h2>${e(w.log)}</h2>`,
    list(x.log.map((c) => `${e(when(c.at))}, ${e(c.direction === "in" ? w.in : w.out)}: ${e(c.summary)}`)),
    `<h2>${e(w.mails)}</h2>`,
    list(x.mails.map((m) => `${e(when(m.at))}, ${e(m.direction === "in" ? w.in : w.out)}: ${e(m.subject)}`)),
    `<h2>${e(w.reminders)}</h2>`,
    list(x.reminders.map((r) => `${e(when(r.dueAt))}: ${e(r.title)}`)),
    `<h2>${e(w.notes)}</h2>`,
    notes,
    `</body></html>`,
  ].join("");
}
