// The right next step for a candidate, from where they stand: what to write to them (which template
// to start from) or — from the interview on — that the answer is a call, not a mail.

import type { AnswerClock } from "./answerClock";
import type { Candidate, Process, Rejection } from "./model";
import { reachedInterview, stageOf } from "./stageRules";
import type { TemplateKind } from "./templates/template";

type NextStepReason = "new" | "asking" | "overdue" | "waiting" | "rejected" | "after-interview" | "left";

export type NextStep =
  | { readonly kind: "mail"; readonly template: TemplateKind; readonly reason: NextStepReason }
  /** From the interview on the decision is a conversation: the pane steers to the call. */
  | { readonly kind: "call"; readonly reason: "after-interview" }
  /** Withdrawn or hired: nothing is owed, so nothing is preselected. */
  | { readonly kind: "none"; readonly reason: "left" };

/** The rejection mail that says the candidate's reason; "other" is written like a missing requirement
 * (both name what decided it). */
export function rejectionTemplateKind(rejection: Rejection | null): TemplateKind | null {
  switch (rejection?.reason) {
    case "missing-requirement":
    case "other":
      return "rejection-missing-requirement";
    case "applied-too-late":
      return "rejection-applied-too-late";
    case "others-went-further":
      return "rejection-others-went-further";
    default:
      return null;
  }
}

// What candidates write when they wonder where things stand. Phrases, not single words: "besked"
// alone is also in a thank-you for one.
const ASKING: readonly RegExp[] = [
  /när (kan|får|ska|kommer) (jag|man|ni) (räkna med|förvänta|veta|höra|få|ge|ha)/,
  /(något|nåt|några|någon) (nytt|besked|nyheter|svar|information|uppdatering)/,
  /hur (går|ligger) (det|ni)\b/,
  /(har|hann) (ni|du) (hunnit|bestämt|fattat|kommit fram)/,
  /(hört|vet) (ni|du) (något|nåt)/,
  /\bläget\b/,
  /when (can|will|should|might|do|would) (i|we) (expect|hear|know|get)/,
  /any (news|update|updates|feedback|word)\b/,
  /\b(hear|heard) back\b/,
  /\bstatus of my application\b/,
  /\bupdate on (my|the)\b/,
  /where (things|do things|does it|does my application) stand/,
];

/** Whether a candidate's mail asks where their application stands. */
export function asksForNews(text: string): boolean {
  const plain = text.toLowerCase().replace(/\s+/g, " ");
  return ASKING.some((pattern) => pattern.test(plain));
}

/** The candidate's latest mail to us, as the log knows it (its subject); null when they never wrote. */
export function latestInboundText(candidate: Candidate): string | null {
  let latest: Candidate["contacts"][number] | null = null;
  for (const c of candidate.contacts) {
    if (c.direction !== "in" || c.kind === "note") continue;
    if (latest === null || Date.parse(c.at) > Date.parse(latest.at)) latest = c;
  }
  return latest?.summary ?? null;
}

/**
 * New → application received; asking, overdue or waiting → a status update with the timeline and
 * the next step; closed before the interview → the rejection that says their reason; from the
 * interview on → no mail, the call. `latestMail` is the text of their latest mail when the pane has
 * it open (subject and body); otherwise what the log holds is used.
 */
export function nextStep(
  candidate: Candidate,
  process: Process,
  clock: AnswerClock,
  latestMail: string | null = null,
): NextStep {
  if (reachedInterview(candidate, process)) return { kind: "call", reason: "after-interview" };
  const kind = stageOf(candidate, process)?.kind;
  if (kind === "rejected") {
    return {
      kind: "mail",
      template: rejectionTemplateKind(candidate.rejection) ?? "rejection-missing-requirement",
      reason: "rejected",
    };
  }
  if (kind === "withdrawn" || kind === "hired") return { kind: "none", reason: "left" };
  if (asksForNews(latestMail ?? latestInboundText(candidate) ?? "")) {
    return { kind: "mail", template: "status-update", reason: "asking" };
  }
  if (clock.phase === "overdue") return { kind: "mail", template: "status-update", reason: "overdue" };
  const answered = candidate.contacts.some((c) => c.direction === "out" && c.kind !== "note");
  if ((kind === "applied" || kind === undefined) && !answered) {
    return { kind: "mail", template: "application-received", reason: "new" };
  }
  return { kind: "mail", template: "status-update", reason: "waiting" };
}
