import {
  appError,
  err,
  ok,
  renderForCandidate,
  templateForCandidate,
  type AppError,
  type Candidate,
  type Process,
  type Result,
  type Template,
} from "../domain";
import { makeCommand, type CreateDrafts, type Stamp } from "../sync/commands";
import { rowKey } from "./overviewStore";

declare module "../domain/errorCodes" {
  interface ErrorCodes {
    statusDrafts: "candidate-no-email";
  }
}

export interface Recipient {
  readonly process: Process;
  readonly candidate: Candidate;
}

/** The template chosen for many, and every template its other-language version is looked up in. */
export interface TemplateForMany {
  readonly chosen: Template;
  readonly templates: readonly Template[];
}

/** A candidate who cannot get a draft, and why: named before (or when) anything is sent. */
export interface SkippedRecipient {
  /** The candidate's rowKey. */
  readonly key: string;
  readonly name: string;
  readonly reason: AppError;
}

export interface StatusDrafts {
  /** One CreateDrafts for them all; null when no recipient could get a draft. */
  readonly command: CreateDrafts | null;
  /** Who got no draft, and why. */
  readonly skipped: readonly SkippedRecipient[];
}

/** The one id a candidate's draft gets in an update: derived from the click, so a re-send of the
 * same update finds the draft it already made. */
export const statusDraftId = (stamp: Stamp, { process, candidate }: Recipient): string =>
  `${stamp.id}:${process.id}/${candidate.id}`;

const recipientKey = ({ process, candidate }: Recipient): string =>
  rowKey({ processId: process.id, candidateId: candidate.id });

/**
 * One candidate's draft of the chosen template (templateForMany.ts: by default the status update)
 * in their own language (else their process's). An error names why they cannot get one: no version of the template in their
 * language, no address, a decision they must hear by phone, or a value the template needs.
 */
export function candidateDraft(
  recipient: Recipient,
  id: string,
  pick: TemplateForMany,
): Result<CreateDrafts["payload"]["drafts"][number]> {
  const { process, candidate } = recipient;
  const template = templateForCandidate(pick.templates, pick.chosen, candidate, process);
  if (!template.ok) return template;
  const address = candidate.emails[0];
  if (!address) return err(noAddress());
  const rendered = renderForCandidate(template.value, candidate, process);
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
 * A mail to several candidates while writing: one personalised draft each of the chosen template,
 * each in their own language. One stamp for the whole update: each draft's id (its idempotency
 * key) derives from it.
 */
export function statusUpdateDrafts(
  recipients: readonly Recipient[],
  stamp: Stamp,
  pick: TemplateForMany,
): StatusDrafts {
  const skipped: SkippedRecipient[] = [];
  const drafts = recipients.flatMap((recipient) => {
    const draft = candidateDraft(recipient, statusDraftId(stamp, recipient), pick);
    if (draft.ok) return [draft.value];
    skipped.push({ key: recipientKey(recipient), name: recipient.candidate.name, reason: draft.error });
    return [];
  });
  return { command: drafts.length > 0 ? makeCommand("CreateDrafts", { drafts }, stamp) : null, skipped };
}

function noAddress(): AppError {
  return appError(
    "candidate-no-email",
    "Ingen e-postadress att skriva till.",
    "No email address to write to.",
    { field: "emails" },
  );
}

const PREVIEW_STAMP: Stamp = { id: "preview", createdAt: "1970-01-01T00:00:00.000Z" };

/** Before the click: who would get no draft of the chosen template, and why. */
export function skippedBeforeSending(
  recipients: readonly Recipient[],
  pick: TemplateForMany,
): readonly SkippedRecipient[] {
  return statusUpdateDrafts(recipients, PREVIEW_STAMP, pick).skipped;
}
