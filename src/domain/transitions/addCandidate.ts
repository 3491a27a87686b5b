// A new candidate in a process: from the pane's form, often from their application mail, which
// becomes their first contact and starts the answer clock.

import { mailContactId } from "../mailContactIds";
import type { Candidate, ContactEvent, IsoInstant, Process } from "../model";
import { withStageEntered } from "../stageHistory";
import { appError, err, ok, type AppError, type Language, type Result } from "../result";
import { validateCandidate, validateEmail, validateLinkedInUrl, validatePhone } from "../validation";
import { validateName } from "../cleanText";

/** The mail a candidate came from. */
export interface ApplicationMail {
  readonly messageId: string;
  /** RFC 5322 Message-ID when known: the same in the sent copy and in every delta (mailContactIds.ts). */
  readonly internetMessageId?: string | null;
  readonly at: IsoInstant;
  readonly subject: string;
}

export interface NewCandidate {
  readonly candidateId: string;
  readonly name: string;
  readonly email: string;
  readonly phone: string | null;
  readonly linkedInUrl: string | null;
  /** Defaults to the process's "applied" stage. */
  readonly stageId: string | null;
  /** The application mail: logged as the first contact (it starts the clock) and linked. */
  readonly sourceMail: ApplicationMail | null;
  /** Guessed from their mail (candidateLanguage.ts); absent = the process's language. */
  readonly language?: Language;
}

/**
 * The process with the candidate added, or the same process when they are already in (same id).
 * `addedAt` is when the recruiter added them, `now` when this copy of the process changes.
 */
export function addCandidate(
  process: Process,
  input: NewCandidate,
  addedAt: IsoInstant,
  now: IsoInstant,
): Result<Process> {
  if (process.candidates.some((c) => c.id === input.candidateId)) return ok(process);
  const email = validateEmail(input.email, "email");
  if (!email.ok) return email;
  const twin = process.candidates.find((c) => c.emails.includes(email.value));
  if (twin) return err(duplicateCandidate(twin, email.value));
  const stageId = input.stageId ?? process.stages.find((s) => s.kind === "applied")?.id ?? "";
  const phone = input.phone === null || input.phone.trim() === "" ? ok(null) : validatePhone(input.phone);
  if (!phone.ok) return phone;
  const linkedIn = input.linkedInUrl?.trim() ? validateLinkedInUrl(input.linkedInUrl) : ok(null);
  if (!linkedIn.ok) return linkedIn;
  const linkedInUrl = linkedIn.value;
  const name = validateName(input.name, "name");
  if (!name.ok) return name;
  const candidate: Candidate = withStageEntered<Candidate>(
    {
      id: input.candidateId,
      name: name.value,
      emails: [email.value],
      phone: phone.value,
      linkedInUrl,
      stageId,
      rejection: null,
      consent: null,
      leftAt: null,
      retentionUntil: null,
      createdAt: addedAt,
      updatedAt: now,
      contacts: input.sourceMail ? [applicationContact(input.sourceMail)] : [],
      ...(input.language === "sv" || input.language === "en" ? { language: input.language } : {}),
    },
    stageId,
    addedAt,
  );
  const problems = validateCandidate(candidate, process);
  if (problems.length > 0) return err(firstOf(problems));
  return ok({ ...process, candidates: [...process.candidates, candidate] });
}

function applicationContact(mail: ApplicationMail): ContactEvent {
  return {
    id: mailContactId({ id: mail.messageId, internetMessageId: mail.internetMessageId ?? null }),
    at: mail.at,
    direction: "in",
    channel: "email",
    kind: "application",
    summary: mail.subject,
    messageId: mail.messageId,
    eventId: null,
  };
}

function firstOf(problems: readonly AppError[]): AppError {
  const first = problems[0] as AppError;
  return problems.length === 1 ? first : { ...first, cause: problems };
}

function duplicateCandidate(twin: Candidate, email: string): AppError {
  return appError(
    "duplicate-candidate",
    `${twin.name} finns redan i processen med adressen ${email}.`,
    `${twin.name} is already in the process with the address ${email}.`,
    { field: "email", cause: { candidateId: twin.id }, retryable: false },
  );
}
