// What a command does to the processes, as a pure function: the pane applies it at once
// (optimistic), and the engine applies it again on the freshest copy of the process document
// before writing it back — which is how two devices' edits merge field by field. Applying a
// command that is already in (same contact id, candidate id, stage, values) returns the very same
// array, so the engine can tell "nothing to write" by identity and a replay does no harm.

import {
  DEFAULT_SETTINGS,
  appError,
  err,
  ok,
  validateCandidate,
  validateEmail,
  validateLinkedInUrl,
  validatePhone,
  validateRejection,
  withRetentionDate,
  type AppError,
  type Candidate,
  type ContactEvent,
  type IsoInstant,
  type Process,
  type Rejection,
  type Result,
  type Settings,
} from "../domain";
import type { AddCandidate, AddNote, CandidateChanges, Command, MoveStage } from "./commands";
import { MAX_NOTE_BYTES } from "./commands";
import { mailContactId, SAME_MAIL_WINDOW_MS } from "../domain";

export type Processes = readonly Process[];

/** How much of a note the process document keeps; OneNote has it whole (ARCHITECTURE.md §2). */
export const NOTE_SUMMARY_CHARS = 280;

export function applyCommand(
  processes: Processes,
  command: Command,
  now: IsoInstant,
  settings: Settings = DEFAULT_SETTINGS,
): Result<Processes> {
  switch (command.type) {
    case "AddCandidate":
      return inProcess(processes, command.payload.processId, now, (p) => addCandidate(p, command, now));
    case "MoveStage":
      return inCandidate(processes, command.payload, now, (c, p) => moveStage(c, p, command, settings));
    case "UpdateCandidate":
      return inCandidate(processes, command.payload, now, (c) => updateCandidate(c, command.payload.changes));
    case "LogContact":
      return inCandidate(processes, command.payload, now, (c) => ok(addContact(c, command.payload.contact)));
    case "AddNote":
      return inCandidate(processes, command.payload, now, (c) => addNote(c, command));
    case "LinkMail":
    case "LinkEvent":
    case "CompleteFollowUp":
      // Nothing in the document changes; the candidate must still be there to link to.
      return inCandidate(processes, command.payload, now, (c) => ok(c));
    case "CreateDrafts":
      return ok(processes);
  }
  // A type from a newer version, read back from the outbox: it changes nothing we could show.
  return err(
    appError("unknown-command", "Okänd ändring.", "Unknown change.", {
      cause: { type: (command as { type: unknown }).type },
      retryable: false,
    }),
  );
}

/** Replace one process; the same array back when the process did not change. */
function inProcess(
  processes: Processes,
  processId: string,
  now: IsoInstant,
  change: (p: Process) => Result<Process>,
): Result<Processes> {
  const index = processes.findIndex((p) => p.id === processId);
  const process = processes[index];
  if (!process) return err(processNotFound(processId));
  const next = change(process);
  if (!next.ok) return next;
  if (next.value === process) return ok(processes);
  const copy = [...processes];
  copy[index] = { ...next.value, updatedAt: now };
  return ok(copy);
}

function inCandidate(
  processes: Processes,
  ref: { readonly processId: string; readonly candidateId: string },
  now: IsoInstant,
  change: (c: Candidate, p: Process) => Result<Candidate>,
): Result<Processes> {
  return inProcess(processes, ref.processId, now, (process) => {
    const index = process.candidates.findIndex((c) => c.id === ref.candidateId);
    const candidate = process.candidates[index];
    if (!candidate) return err(candidateNotFound(ref.processId, ref.candidateId));
    const next = change(candidate, process);
    if (!next.ok) return next;
    if (next.value === candidate) return ok(process);
    const candidates = [...process.candidates];
    candidates[index] = { ...next.value, updatedAt: now };
    return ok({ ...process, candidates });
  });
}

function addCandidate(process: Process, command: AddCandidate, now: IsoInstant): Result<Process> {
  const p = command.payload;
  if (process.candidates.some((c) => c.id === p.candidateId)) return ok(process);
  const email = validateEmail(p.email, "email");
  if (!email.ok) return email;
  const twin = process.candidates.find((c) => c.emails.includes(email.value));
  if (twin) return err(duplicateCandidate(twin, email.value));
  const stageId = p.stageId ?? process.stages.find((s) => s.kind === "applied")?.id ?? "";
  const mail = p.sourceMail;
  const contacts: ContactEvent[] = mail
    ? [
        {
          id: mailContactId({ id: mail.messageId, internetMessageId: mail.internetMessageId ?? null }),
          at: mail.at,
          direction: "in",
          channel: "email",
          kind: "application",
          summary: mail.subject,
          messageId: mail.messageId,
          eventId: null,
        },
      ]
    : [];
  const phone = p.phone === null || p.phone.trim() === "" ? ok(null) : validatePhone(p.phone);
  if (!phone.ok) return phone;
  const candidate: Candidate = {
    id: p.candidateId,
    name: p.name.trim(),
    emails: [email.value],
    phone: phone.value,
    linkedInUrl: p.linkedInUrl === null || p.linkedInUrl.trim() === "" ? null : p.linkedInUrl.trim(),
    stageId,
    rejection: null,
    consent: null,
    leftAt: null,
    retentionUntil: null,
    createdAt: command.createdAt,
    updatedAt: now,
    contacts,
  };
  const problems = validateCandidate(candidate, process);
  if (problems.length > 0) return err(firstOf(problems));
  return ok({ ...process, candidates: [...process.candidates, candidate] });
}

function sameRejection(a: Rejection | null, b: Rejection | null): boolean {
  return a === b || (a !== null && b !== null && a.reason === b.reason && a.detail === b.detail);
}

function moveStage(
  candidate: Candidate,
  process: Process,
  command: MoveStage,
  settings: Settings,
): Result<Candidate> {
  const p = command.payload;
  const stage = process.stages.find((s) => s.id === p.stageId);
  if (!stage) {
    return err(
      appError(
        "unknown-stage",
        `Steget ”${p.stageId}” finns inte i processen.`,
        `The stage "${p.stageId}" is not part of the process.`,
        { field: "stageId", retryable: false },
      ),
    );
  }
  let rejection: Rejection | null = null;
  if (stage.kind === "rejected") {
    const r = validateRejection(p.rejection);
    if (!r.ok) return r;
    rejection = r.value;
  }
  if (candidate.stageId === stage.id && sameRejection(candidate.rejection, rejection)) return ok(candidate);
  const leaving = stage.kind === "rejected" || stage.kind === "withdrawn" || stage.kind === "hired";
  // When they left is when the recruiter decided, not when the outbox got through.
  const leftAt = leaving ? (candidate.leftAt ?? command.createdAt) : null;
  return ok(withRetentionDate({ ...candidate, stageId: stage.id, rejection, leftAt }, process, settings));
}

function updateCandidate(candidate: Candidate, changes: CandidateChanges): Result<Candidate> {
  let next = candidate;
  if (changes.name !== undefined) {
    const name = changes.name.trim();
    if (name === "") return err(appError("required", "Namn saknas.", "Name is missing.", { field: "name" }));
    if (name !== next.name) next = { ...next, name };
  }
  if (changes.emails !== undefined) {
    const emails: string[] = [];
    for (const [i, e] of changes.emails.entries()) {
      const v = validateEmail(e, `emails.${i}`);
      if (!v.ok) return v;
      if (!emails.includes(v.value)) emails.push(v.value);
    }
    if (emails.length === 0) {
      return err(
        appError("email-missing", "Ange minst en e-postadress.", "Give at least one email address.", {
          field: "emails",
        }),
      );
    }
    if (emails.join("\n") !== next.emails.join("\n")) next = { ...next, emails };
  }
  if (changes.phone !== undefined) {
    const raw = changes.phone?.trim() ?? "";
    const phone = raw === "" ? ok(null) : validatePhone(raw);
    if (!phone.ok) return phone;
    if (phone.value !== next.phone) next = { ...next, phone: phone.value };
  }
  if (changes.linkedInUrl !== undefined) {
    const raw = changes.linkedInUrl?.trim() ?? "";
    const url = raw === "" ? ok(null) : validateLinkedInUrl(raw);
    if (!url.ok) return url;
    if (url.value !== next.linkedInUrl) next = { ...next, linkedInUrl: url.value };
  }
  return ok(next);
}

/** Two email contacts that are one mail seen by two paths: the send handler logs `send:{uuid}`, the
 * Sent Items delta `mail:{Message-ID}` when Exchange leaves the headers off the copy. */
function sameMail(a: ContactEvent, b: ContactEvent): boolean {
  return (
    a.channel === "email" &&
    b.channel === "email" &&
    a.kind !== "note" &&
    b.kind !== "note" &&
    a.direction === b.direction &&
    a.summary === b.summary &&
    Math.abs(Date.parse(a.at) - Date.parse(b.at)) <= SAME_MAIL_WINDOW_MS
  );
}

/** The contact in the candidate's log that stands for `contact`: the same id, else the same mail
 * logged under another id. The OneNote entry goes under that one's id, so one mail is one entry. */
export function loggedAs(candidate: Candidate, contact: ContactEvent): ContactEvent | undefined {
  return (
    candidate.contacts.find((c) => c.id === contact.id) ??
    candidate.contacts.find((c) => sameMail(c, contact))
  );
}

function addContact(candidate: Candidate, contact: ContactEvent): Candidate {
  const existing = loggedAs(candidate, contact);
  if (!existing) return { ...candidate, contacts: [...candidate.contacts, contact] };
  // The same mail: nothing new, except the Graph id the earlier log may not have known.
  if (existing.id === contact.id || existing.messageId !== null || contact.messageId === null)
    return candidate;
  return {
    ...candidate,
    contacts: candidate.contacts.map((c) => (c === existing ? { ...c, messageId: contact.messageId } : c)),
  };
}

export function noteBytes(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** The first characters of a note, whole code points (an emoji is never cut in half). */
export function noteSummary(text: string): string {
  const chars = Array.from(text.trim());
  return chars.length <= NOTE_SUMMARY_CHARS
    ? chars.join("")
    : `${chars.slice(0, NOTE_SUMMARY_CHARS).join("")}…`;
}

function addNote(candidate: Candidate, command: AddNote): Result<Candidate> {
  const p = command.payload;
  if (noteBytes(p.text) > MAX_NOTE_BYTES) {
    return err(
      appError(
        "note-too-long",
        "Anteckningen är längre än 50 kB. Dela upp den i flera.",
        "The note is longer than 50 KB. Split it into several.",
        { field: "text", retryable: false },
      ),
    );
  }
  return ok(
    addContact(candidate, {
      id: p.noteId,
      at: p.at,
      direction: "out",
      channel: "other",
      kind: "note",
      summary: noteSummary(p.text),
      messageId: null,
      eventId: null,
    }),
  );
}

function firstOf(problems: readonly AppError[]): AppError {
  const first = problems[0] as AppError;
  return problems.length === 1 ? first : { ...first, cause: problems };
}

export function processNotFound(processId: string): AppError {
  return appError(
    "process-not-found",
    "Processen finns inte längre (kanske raderad på en annan enhet).",
    "The process no longer exists (perhaps deleted on another device).",
    { cause: { processId }, retryable: false },
  );
}

export function candidateNotFound(processId: string, candidateId: string): AppError {
  return appError(
    "candidate-not-found",
    "Kandidaten finns inte längre i processen (kanske borttagen på en annan enhet).",
    "The candidate is no longer in the process (perhaps removed on another device).",
    { cause: { processId, candidateId }, retryable: false },
  );
}

function duplicateCandidate(twin: Candidate, email: string): AppError {
  return appError(
    "duplicate-candidate",
    `${twin.name} finns redan i processen med adressen ${email}.`,
    `${twin.name} is already in the process with the address ${email}.`,
    { field: "email", cause: { candidateId: twin.id }, retryable: false },
  );
}
