// The recruiter corrects a candidate's details: name, addresses, phone, LinkedIn. Only the fields
// present change, so re-applying on a fresher process document merges two devices' edits field by
// field.

import type { Candidate } from "../model";
import { appError, err, ok, type Language, type Result } from "../result";
import { validateEmail, validateLinkedInUrl, validatePhone } from "../validation";
import { validateName } from "../cleanText";

export interface CandidateChanges {
  readonly name?: string;
  readonly emails?: readonly string[];
  /** null or blank clears it. */
  readonly phone?: string | null;
  /** null or blank clears it. */
  readonly linkedInUrl?: string | null;
  /** The language to write to them in; null clears it (the process's language again). */
  readonly language?: Language | null;
}

/** The candidate with the changes checked and normalised; the same candidate when nothing differs. */
export function updateDetails(candidate: Candidate, changes: CandidateChanges): Result<Candidate> {
  let next = candidate;
  if (changes.name !== undefined) {
    const name = validateName(changes.name, "name");
    if (!name.ok) return name;
    if (name.value === "")
      return err(appError("required", "Namn saknas.", "Name is missing.", { field: "name" }));
    if (name.value !== next.name) next = { ...next, name: name.value };
  }
  if (changes.emails !== undefined) {
    const emails = normalisedEmails(changes.emails);
    if (!emails.ok) return emails;
    if (emails.value.join("\n") !== next.emails.join("\n")) next = { ...next, emails: emails.value };
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
  if (changes.language !== undefined && changes.language !== (next.language ?? null)) {
    if (changes.language === null) {
      const { language: _cleared, ...rest } = next;
      next = rest;
    } else if (changes.language === "sv" || changes.language === "en") {
      next = { ...next, language: changes.language };
    } else {
      return err(
        appError("invalid-language", "Välj svenska eller engelska.", "Choose Swedish or English.", {
          field: "language",
        }),
      );
    }
  }
  return ok(next);
}

/** Every address checked and lower-cased, each once, in the recruiter's order; at least one. */
function normalisedEmails(given: readonly string[]): Result<string[]> {
  const emails: string[] = [];
  for (const [i, e] of given.entries()) {
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
  return ok(emails);
}
