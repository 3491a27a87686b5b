import type { Candidate, Language } from "../domain";
import type { CandidateChanges } from "../sync/commands";

export interface CandidateDetails {
  readonly phone: string | null;
  readonly linkedInUrl: string | null;
  readonly emails: readonly string[];
  /** The language to write to them in, as the form shows it (theirs, or the process's). */
  readonly language?: Language;
}

/**
 * Only what the recruiter changed goes in the command — compared with what the form started from,
 * not with the candidate now — so an edit made elsewhere meanwhile merges field by field.
 */
export function changedDetails(
  candidate: Pick<Candidate, "phone" | "linkedInUrl" | "emails" | "language">,
  details: CandidateDetails,
): CandidateChanges | null {
  const changes: {
    phone?: string | null;
    linkedInUrl?: string | null;
    emails?: readonly string[];
    language?: Language;
  } = {};
  if (details.phone !== candidate.phone) changes.phone = details.phone;
  if (details.linkedInUrl !== candidate.linkedInUrl) changes.linkedInUrl = details.linkedInUrl;
  if (details.emails.join("\n") !== candidate.emails.join("\n")) changes.emails = details.emails;
  if (details.language !== undefined && details.language !== candidate.language)
    changes.language = details.language;
  return Object.keys(changes).length === 0 ? null : changes;
}
