// The rejection rule, in one place: the reject form, the MoveStage command and the process
// document's parser all ask these functions, so a "no" is held to the same words everywhere.

import { REJECTION_REASONS, type Rejection, type RejectionReason } from "./model";
import { appError, err, ok, type Result } from "./result";
import { cleanText } from "./cleanText";

function isRejectionReason(value: unknown): value is RejectionReason {
  return typeof value === "string" && (REJECTION_REASONS as readonly string[]).includes(value);
}

/** "Applied too late" and "others went further" say it themselves; the other two are only as good
 * as the recruiter's words: the requirement that was missing, or the reason in free text. */
export function rejectionNeedsDetail(reason: RejectionReason): reason is "missing-requirement" | "other" {
  return reason === "missing-requirement" || reason === "other";
}

/** A rejection that tells the candidate why, its detail trimmed; an error naming the field if not. */
export function validateRejection(value: { reason?: unknown; detail?: unknown } | null): Result<Rejection> {
  if (!value || !isRejectionReason(value.reason)) {
    return err(
      appError(
        "rejection-reason-missing",
        "Ange varför kandidaten inte går vidare.",
        "Say why the candidate is not going further.",
        { field: "rejection.reason" },
      ),
    );
  }
  const detail = typeof value.detail === "string" ? cleanText(value.detail).trim() : "";
  if (rejectionNeedsDetail(value.reason) && detail === "") {
    return err(
      appError(
        "rejection-detail-missing",
        value.reason === "missing-requirement"
          ? "Skriv vilket krav som inte uppfylldes."
          : "Skriv anledningen med egna ord.",
        value.reason === "missing-requirement"
          ? "Name the requirement that was not met."
          : "Write the reason in your own words.",
        { field: "rejection.detail" },
      ),
    );
  }
  return ok({ reason: value.reason, detail });
}

export function sameRejection(a: Rejection | null, b: Rejection | null): boolean {
  return a === b || (a !== null && b !== null && a.reason === b.reason && a.detail === b.detail);
}
