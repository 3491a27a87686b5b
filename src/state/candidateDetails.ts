import type { Candidate } from "../domain";
import type { CandidateChanges } from "../sync/commands";

export interface CandidateDetails {
  readonly phone: string | null;
  readonly linkedInUrl: string | null;
  readonly emails: readonly string[];
}

/**
 * Only what the recruiter changed goes in the command — compared with what the form started from,
 * not with the candidate now — so an edit made elsewhere meanwhile merges field by field.
 */
export function changedDetails(
  candidate: Pick<Candidate, "phone" | "linkedInUrl" | "emails">,
  details: CandidateDetails,
): CandidateChanges | null {
  const changes: { phone?: string | null; linkedInUrl?: string | null; emails?: readonly string[] } = {};
  if (details.phone !== candidate.phone) changes.phone = details.phone;
  if (details.linkedInUrl !== candidate.linkedInUrl) changes.linkedInUrl = details.linkedInUrl;
  if (details.emails.join("\n") !== candidate.emails.join("\n")) changes.emails = details.emails;
  return Object.keys(changes).length === 0 ? null : changes;
}
