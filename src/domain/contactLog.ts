// The communication log: what happened, when, how and by whom — one entry per contact event. The
// same entry feeds the UI (structured) and OneNote (an HTML fragment the Graph layer appends with
// PATCH; its data-id lets it check for the entry before re-sending, so a retry adds no twin).

import type { Candidate, ContactChannel, ContactEvent, ContactKind, Process } from "./model";
import { escapeHtml } from "./htmlEscape";
import { dateTimeFormat } from "./intlCache";
import type { Language, UserText } from "./result";

export interface LogEntry {
  readonly id: string;
  readonly at: string;
  readonly direction: ContactEvent["direction"];
  /** False for a note and a call that did not reach them: nothing passed between us and the
   * candidate, so no direction is shown and it is never their "last contact". */
  readonly contact: boolean;
  readonly what: UserText;
  readonly how: UserText;
  readonly by: string;
  readonly summary: string;
  readonly messageId: string | null;
  readonly eventId: string | null;
}

const CHANNEL: Readonly<Record<ContactChannel, UserText>> = {
  email: { sv: "E-post", en: "Email" },
  phone: { sv: "Telefon", en: "Phone" },
  meeting: { sv: "Möte", en: "Meeting" },
  teams: { sv: "Teams", en: "Teams" },
  linkedin: { sv: "LinkedIn", en: "LinkedIn" },
  other: { sv: "Annat", en: "Other" },
};

const KIND: Readonly<Record<ContactKind, UserText>> = {
  application: { sv: "Ansökan", en: "Application" },
  message: { sv: "Meddelande", en: "Message" },
  interview: { sv: "Intervju", en: "Interview" },
  answer: { sv: "Svar", en: "Answer" },
  "status-update": { sv: "Statusuppdatering", en: "Status update" },
  decision: { sv: "Besked", en: "Decision" },
  note: { sv: "Anteckning", en: "Note" },
};

/** A call that did not reach the candidate is kept as a note (it stops no clock), said as what it was. */
const CALL_ATTEMPT: UserText = { sv: "Samtalsförsök", en: "Call attempt" };

/** Whether the entry is contact with the candidate: a note to ourselves is not. */
function isContact(contact: Pick<ContactEvent, "kind">): boolean {
  return contact.kind !== "note";
}

function whatOf(contact: ContactEvent): UserText {
  if (contact.kind === "note" && (contact.channel === "phone" || contact.channel === "teams"))
    return CALL_ATTEMPT;
  return KIND[contact.kind];
}

export function channelLabel(channel: ContactChannel): UserText {
  return CHANNEL[channel];
}

/**
 * "By whom": the candidate for what came in, the process owner for what went out. The document
 * does not record a sender per entry (decision 0002), and the owner is who answers for the process.
 */
export function logEntry(contact: ContactEvent, candidate: Candidate, process: Process): LogEntry {
  return {
    id: contact.id,
    at: contact.at,
    direction: contact.direction,
    contact: isContact(contact),
    what: whatOf(contact),
    how: CHANNEL[contact.channel],
    by: contact.direction === "in" ? candidate.name : process.owner.name,
    summary: contact.summary,
    messageId: contact.messageId,
    eventId: contact.eventId,
  };
}

/** Newest first, as a recruiter reads a history. */
export function contactLog(candidate: Candidate, process: Process): readonly LogEntry[] {
  return candidate.contacts
    .map((c) => logEntry(c, candidate, process))
    .sort((a, b) => Date.parse(b.at) - Date.parse(a.at) || (a.id < b.id ? -1 : 1));
}

function formatLogTime(at: string, language: Language, timeZone: string): string {
  return dateTimeFormat(language === "sv" ? "sv-SE" : "en-GB", {
    timeZone,
    year: "numeric",
    month: "short",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(Date.parse(at));
}

/** The newest entry that was contact with the candidate (a log is newest first); null when none. */
export function lastContactEntry(log: readonly LogEntry[]): LogEntry | null {
  return log.find((entry) => entry.contact) ?? null;
}

/** One line for the UI and plain-text exports. */
export function logEntryText(entry: LogEntry, language: Language, timeZone: string): string {
  const arrow = !entry.contact ? "·" : entry.direction === "in" ? "←" : "→";
  const summary = entry.summary.trim() === "" ? "" : `: ${entry.summary.trim()}`;
  return `${formatLogTime(entry.at, language, timeZone)} ${arrow} ${entry.what[language]} (${entry.how[language]}, ${entry.by})${summary}`;
}

/** An HTML fragment for a OneNote page; every user-typed value is escaped. */
export function logEntryHtml(entry: LogEntry, language: Language, timeZone: string): string {
  const when = escapeHtml(formatLogTime(entry.at, language, timeZone));
  const dir = !entry.contact
    ? ""
    : entry.direction === "in"
      ? " (in)"
      : language === "sv"
        ? " (ut)"
        : " (out)";
  const head = `<b>${when}</b> · ${escapeHtml(entry.what[language])} · ${escapeHtml(entry.how[language])}${dir} · ${escapeHtml(entry.by)}`;
  const body =
    entry.summary.trim() === "" ? "" : `<br>${escapeHtml(entry.summary.trim()).replace(/\r?\n/g, "<br>")}`;
  return `<p data-id="${escapeHtml(entry.id)}">${head}${body}</p>`;
}
