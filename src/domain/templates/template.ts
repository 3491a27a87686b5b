// What a template is, and which kinds carry a decision (those follow the channel rule).

import type { Language } from "../result";

export const TEMPLATE_KINDS = [
  "application-received",
  "status-update",
  "interview-invitation",
  "rejection-missing-requirement",
  "rejection-applied-too-late",
  "rejection-others-went-further",
  "next-step-offer",
  "call-script",
  "survey-invitation",
  "custom",
  // Issue 11: the mails a Swedish recruiter expects (../shared/reviews/swedish-text.md).
  "interview-thanks",
  "missed-call",
  "interview-confirmation",
  "interview-rebooking",
  "position-filled",
  "recruitment-cancelled",
  "reference-request",
  "offer-summary",
  "talent-pool-consent",
  "consent-renewal",
  "incomplete-application",
  "withdrawal-confirmation",
  "test-invitation",
  // Issue 14: Svara's own survey, answered by replying (surveyTemplate.ts).
  "survey-reply",
] as const;
export type TemplateKind = (typeof TEMPLATE_KINDS)[number];

export interface Template {
  readonly id: string;
  readonly kind: TemplateKind;
  readonly language: Language;
  readonly name: string;
  readonly subject: string;
  /** Plain text with {{placeholders}}; a blank line starts a new paragraph. */
  readonly body: string;
  /** Built-in templates are read-only: copy one to change it. */
  readonly builtIn: boolean;
}

export function isRejectionKind(kind: TemplateKind): boolean {
  return kind.startsWith("rejection-");
}

/** Kinds that tell the candidate where they stand for good: "the position is filled" and "the
 * recruitment is cancelled" are a no as much as a rejection is. */
const DECISION_KINDS: readonly TemplateKind[] = [
  "next-step-offer",
  "position-filled",
  "recruitment-cancelled",
];

/** A mail that tells the candidate a decision: before interview only (from interview on, we call). */
export function isDecisionMail(kind: TemplateKind): boolean {
  return isRejectionKind(kind) || DECISION_KINDS.includes(kind);
}
