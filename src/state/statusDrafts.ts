import {
  DEFAULT_TEMPLATES,
  appError,
  candidateLanguage,
  err,
  ok,
  renderForCandidate,
  type AppError,
  type Candidate,
  type Language,
  type Process,
  type Result,
} from "../domain";
import { makeCommand, type CreateDrafts, type Stamp } from "../sync/commands";

declare module "../domain/errorCodes" {
  interface ErrorCodes {
    statusDrafts: "template-missing" | "candidate-no-email";
  }
}

export interface Recipient {
  readonly process: Process;
  readonly candidate: Candidate;
}

export interface StatusDrafts {
  /** One CreateDrafts for them all; null when no recipient could get a draft. */
  readonly command: CreateDrafts | null;
  /** Who got no draft (the template needs a value they lack, or they have no address). */
  readonly skipped: readonly string[];
}

const templateIn = (language: Language) =>
  DEFAULT_TEMPLATES.find((tpl) => tpl.kind === "status-update" && tpl.language === language);

/** The one id a candidate's draft gets in an update: derived from the click, so a re-send of the
 * same update finds the draft it already made. */
export const statusDraftId = (stamp: Stamp, { process, candidate }: Recipient): string =>
  `${stamp.id}:${process.id}/${candidate.id}`;

/**
 * One candidate's status update (the process's timeline and next step, their first name, the
 * owner's signature) as a draft, in `language` — their own (else their process's) unless the caller
 * writes to several in one language. An error names why they cannot get one: no template in that language,
 * no address, or a value the template needs that their process lacks.
 */
export function statusUpdateDraft(
  recipient: Recipient,
  id: string,
  language: Language = candidateLanguage(recipient.candidate, recipient.process),
): Result<CreateDrafts["payload"]["drafts"][number]> {
  const { process, candidate } = recipient;
  const template = templateIn(language);
  if (!template) return err(noTemplate(language));
  const address = candidate.emails[0];
  if (!address) return err(noAddress());
  const rendered = renderForCandidate(template, candidate, process);
  if (!rendered.ok) return rendered;
  return ok({
    id,
    to: [{ name: candidate.name, email: address }],
    subject: rendered.value.subject,
    html: rendered.value.html,
    replyToMessageId: null,
  });
}

/**
 * A status update to many candidates: one personalised draft each, in the first recipient's
 * process language; null when that language has no status-update template. One stamp for the
 * whole update: each draft's id (its idempotency key) derives from it.
 */
export function statusUpdateDrafts(recipients: readonly Recipient[], stamp: Stamp): StatusDrafts | null {
  const language = recipients[0]?.process.language;
  if (!language || !templateIn(language)) return null;
  const skipped: string[] = [];
  const drafts = recipients.flatMap((recipient) => {
    const draft = statusUpdateDraft(recipient, statusDraftId(stamp, recipient), language);
    if (draft.ok) return [draft.value];
    skipped.push(recipient.candidate.name);
    return [];
  });
  return { command: drafts.length > 0 ? makeCommand("CreateDrafts", { drafts }, stamp) : null, skipped };
}

function noTemplate(language: Language): AppError {
  return appError(
    "template-missing",
    `Det finns ingen mall för statusuppdatering på ${language === "sv" ? "svenska" : "engelska"}.`,
    `There is no status update template in ${language === "sv" ? "Swedish" : "English"}.`,
    { field: "template" },
  );
}

function noAddress(): AppError {
  return appError(
    "candidate-no-email",
    "Ingen e-postadress att skriva till.",
    "No email address to write to.",
    { field: "emails" },
  );
}
