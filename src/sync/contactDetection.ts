// Contact detection: mail that came from a candidate starts (or keeps) their answer clock, mail we
// sent them stops it. New mail comes from Graph's delta per folder — inbox for inbound, Sent Items
// for outbound — and becomes LogContact commands whose ids are derived from the mail
// (domain/mailContactIds.ts), so the OnMessageSend handler and the delta seeing the same sent mail log it
// once: the outbox keeps one command per id, and the document one contact per id.

import {
  detectionWindowStart,
  err,
  mailCommandId,
  mailContactId,
  ok,
  SAME_MAIL_WINDOW_MS,
  type Candidate,
  type IsoInstant,
  type MailIdentity,
  type Process,
  type Result,
} from "../domain";
import type { MailDeltaPort, MailSummary } from "../graph/ports";
import type { Processes } from "./applyCommand";
import { candidateKey, mailContact, type LogContact, type RecordSurveyAnswer } from "./commands";
import { surveyReplyCommands } from "./surveyReplies";
import type { SurveyRepliesPort } from "../graph/surveyReplies";
import type { DeltaLinkStore, DeltaFolder } from "./deltaLinkStore";
import { isNotSaved } from "./outboxErrors";

/** A mail as detection needs it; MailSummary plus the Message-ID when the adapter gives it. */
export type DetectedMail = Pick<MailSummary, "id" | "subject" | "from" | "to" | "cc" | "at" | "link"> &
  Partial<Pick<MailSummary, "webLink" | "conversationId">> &
  MailIdentity;

type Match = { readonly process: Process; readonly candidate: Candidate };

// Built once per processes snapshot: a first delta can bring thousands of mails, and a pipeline
// thousands of candidates.
const byEmail = new WeakMap<Processes, Map<string, Match[]>>();

function emailIndex(processes: Processes): Map<string, Match[]> {
  let index = byEmail.get(processes);
  if (!index) {
    index = new Map();
    for (const process of processes) {
      for (const candidate of process.candidates) {
        for (const email of new Set(candidate.emails)) {
          const list = index.get(email) ?? [];
          list.push({ process, candidate });
          index.set(email, list);
        }
      }
    }
    byEmail.set(processes, index);
  }
  return index;
}

/** A candidate in two processes gets the mail logged in both: a clock that runs when it need not
 * costs a look; a missed answer breaks the promise. */
function candidatesWith(processes: Processes, emails: readonly string[]): Match[] {
  const index = emailIndex(processes);
  const seen = new Set<Candidate>();
  const matches: Match[] = [];
  for (const email of emails) {
    for (const m of index.get(email.trim().toLowerCase()) ?? []) {
      if (!seen.has(m.candidate)) {
        seen.add(m.candidate);
        matches.push(m);
      }
    }
  }
  return matches;
}

/**
 * Logged already: the same id, the same Graph id — or, when one side could not know the mail's
 * Message-ID (a send handler in compose mode), an email contact with the same subject, direction
 * and about the same time. Two different mails like that to one candidate within minutes are rare,
 * and missing one only leaves out a log line; logging one mail twice would do no better.
 */
function alreadyLogged(candidate: Candidate, mail: DetectedMail, direction: "in" | "out"): boolean {
  const id = mailContactId(mail);
  const at = Date.parse(mail.at);
  return candidate.contacts.some(
    (c) =>
      c.id === id ||
      (c.messageId !== null && c.messageId === mail.id) ||
      (c.channel === "email" &&
        c.direction === direction &&
        c.kind !== "note" &&
        c.summary === mail.subject &&
        Math.abs(Date.parse(c.at) - at) <= SAME_MAIL_WINDOW_MS),
  );
}

/**
 * The LogContact commands one mail calls for: one per candidate it came from or went to. A mail
 * linked to a candidate is theirs alone. Mail from before the candidate was added is history the
 * recruiter chose not to log (and keeps a first delta from flooding the log).
 */
export function mailContactCommands(
  mail: DetectedMail,
  direction: "in" | "out",
  processes: Processes,
  now: IsoInstant,
): LogContact[] {
  const addresses =
    direction === "in" ? (mail.from ? [mail.from.email] : []) : [...mail.to, ...mail.cc].map((p) => p.email);
  let matches = candidatesWith(processes, addresses);
  if (mail.link) {
    const { processId, candidateId } = mail.link;
    matches = matches.filter((m) => m.process.id === processId && m.candidate.id === candidateId);
  }
  return matches
    .filter(
      ({ candidate }) =>
        !alreadyLogged(candidate, mail, direction) && Date.parse(mail.at) >= Date.parse(candidate.createdAt),
    )
    .map(({ process, candidate }) => ({
      id: mailCommandId(mail, process.id, candidate.id),
      type: "LogContact",
      key: candidateKey(process.id, candidate.id),
      createdAt: now,
      payload: {
        processId: process.id,
        candidateId: candidate.id,
        contact: mailContact(
          mailContactId(mail),
          mail.at,
          direction,
          mail.subject,
          mail.id,
          "email",
          mail.webLink ?? null,
        ),
      },
    }));
}

export interface DetectionDeps {
  readonly delta: MailDeltaPort;
  readonly links: DeltaLinkStore;
  readonly processes: () => Processes;
  readonly dispatch: (command: LogContact | RecordSurveyAnswer) => Promise<Result<unknown>>;
  readonly now: () => IsoInstant;
  /** Replies to Svara's survey become survey answers (surveyReplies.ts); absent: logged as mail. */
  readonly surveyReplies?: SurveyRepliesPort;
}

const FOLDERS: readonly [DeltaFolder, "in" | "out"][] = [
  ["inbox", "in"],
  ["sentitems", "out"],
];

/**
 * One pass over both folders. A folder's delta link moves on only after every command it called
 * for is saved in the outbox: if saving fails, the next pass sees the same mail again.
 */
export async function detectContacts(deps: DetectionDeps): Promise<Result<{ readonly logged: number }>> {
  let logged = 0;
  // One snapshot, so one address index, per pass: each dispatch makes a new processes array, and
  // rebuilding the index after every mail cost 28 ms a mail at 20,000 candidates (issue 13). What
  // this pass dispatches itself is kept apart by the outbox's ids.
  const processes = deps.processes();
  // A folder read for the first time (or whose cursor was lost) is read from a bounded window.
  const since = detectionWindowStart(processes, deps.now());
  for (const [folder, direction] of FOLDERS) {
    const link = await deps.links.get(folder);
    if (!link.ok) return link;
    const changes = await deps.delta.changes(folder, link.value, link.value === null ? since : null);
    if (!changes.ok) return changes;
    const mails = [...changes.value.messages].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
    for (const mail of mails) {
      if (direction === "in" && deps.surveyReplies) {
        // A failed lookup fails the pass: the delta link stays, so the reply is read again later.
        const survey = await surveyReplyCommands(mail, processes, deps.surveyReplies, deps.now());
        if (!survey.ok) return survey;
        if (survey.value !== null) {
          for (const command of survey.value) {
            const saved = await deps.dispatch(command);
            if (!saved.ok && isNotSaved(saved.error)) return err(saved.error);
          }
          continue;
        }
      }
      for (const command of mailContactCommands(mail, direction, processes, deps.now())) {
        const saved = await deps.dispatch(command);
        if (saved.ok) logged += 1;
        else if (isNotSaved(saved.error)) return err(saved.error);
        // Otherwise the candidate went away meanwhile: nothing to log for them.
      }
    }
    const stored = await deps.links.set(folder, changes.value.deltaLink);
    if (!stored.ok) return stored;
  }
  return ok({ logged });
}
