import type { Candidate } from "../domain";
import type { CandidateChanges } from "../sync/commands";

export interface CandidateDetails {
  readonly phone: string | null;
  readonly linkedInUrl: string | null;
  readonly emails: readonly string[];
}

/** Only what changed goes in the command, so a concurrent edit elsewhere merges field by field. */
export function changedDetails(candidate: Candidate, details: CandidateDetails): CandidateChanges | null {
  const changes: { phone?: string | null; linkedInUrl?: string | null; emails?: readonly string[] } = {};
  if (details.phone !== candidate.phone) changes.phone = details.phone;
  if (details.linkedInUrl !== candidate.linkedInUrl) changes.linkedInUrl = details.linkedInUrl;
  if (details.emails.join("\n") !== candidate.emails.join("\n")) changes.emails = details.emails;
  return Object.keys(changes).length === 0 ? null : changes;
}
