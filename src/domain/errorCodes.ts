// Every AppError code as one union the compiler checks, so a misspelt or unknown code is a type
// error. Each layer lists its own codes beside the functions that make those errors, by adding an
// entry to `ErrorCodes` (TypeScript merges the declarations): the domain names no other layer's codes.
//
//   declare module "../domain/errorCodes" {
//     interface ErrorCodes { graph: GraphErrorCode }
//   }

/** The codes of the domain's own errors: validation, documents, templates, transitions. */
type DomainErrorCode =
  | "required"
  | "invalid-id"
  | "invalid-email"
  | "email-missing"
  | "invalid-phone"
  | "invalid-url"
  | "invalid-linkedin-url"
  | "invalid-language"
  | "invalid-answer-window"
  | "invalid-warning-day"
  | "invalid-time-zone"
  | "invalid-setting"
  | "unknown-stage"
  | "duplicate-stage"
  | "stage-kind-count"
  | "note-too-long"
  | "decision-by-phone"
  | "rejection-reason-missing"
  | "rejection-detail-missing"
  | "rejection-without-reason"
  | "invalid-process-document"
  | "process-candidate-file-missing"
  | "invalid-document-field"
  | "repaired-document-field"
  | "unsupported-process-schema"
  | "process-not-found"
  | "candidate-not-found"
  | "duplicate-candidate"
  | "invalid-template"
  | "invalid-template-kind"
  | "built-in-template"
  | "template-exists"
  | "template-not-found"
  | "unknown-placeholder"
  | "malformed-placeholder"
  | "missing-value"
  | "invalid-templates-document"
  | "invalid-firm-settings"
  | "template-no-version";

/** One entry per layer, each the union of that layer's codes. Exported for the layers' `declare
 * module` entries, which knip cannot see as uses. @public */
export interface ErrorCodes {
  domain: DomainErrorCode;
}

export type ErrorCode = ErrorCodes[keyof ErrorCodes];
