// Rendering a template for a particular candidate, with the two rules that protect them: a
// rejection always says why, and after an interview nobody gets their decision by mail.

import type { Candidate, IsoInstant, Person, Process } from "../model";
import { appError, err, type Result } from "../result";
import { reachedInterview } from "../stageRules";
import { placeholdersIn } from "./placeholders";
import { renderTemplate, type Rendered } from "./render";
import { isDecisionMail, isRejectionKind, type Template } from "./template";
import { templateValues } from "./values";

export function renderForCandidate(
  template: Template,
  candidate: Candidate,
  process: Process,
  recruiter: Person = process.owner,
  /** The answer clock's due time, for {{candidate.answerBy}}; without it a date no later is used. */
  dueAt?: IsoInstant,
): Result<Rendered> {
  // A custom mail that gives a rejection reason is a rejection, whatever the recruiter called it.
  const givesDecision =
    isDecisionMail(template.kind) ||
    (template.kind !== "call-script" &&
      placeholdersIn(template.subject + template.body).includes("rejection.reason"));
  if (givesDecision && reachedInterview(candidate, process)) {
    return err(
      appError(
        "decision-by-phone",
        `${candidate.name} har varit på intervju: beskedet ges per telefon, inte per e-post.`,
        `${candidate.name} has been interviewed: the decision is given by phone, not by mail.`,
        { field: "template" },
      ),
    );
  }
  if (isRejectionKind(template.kind) && candidate.rejection === null) {
    return err(
      appError(
        "rejection-reason-missing",
        "Ange varför kandidaten inte går vidare innan beskedet skickas.",
        "Say why the candidate is not going further before the decision is sent.",
        { field: "rejection.reason" },
      ),
    );
  }
  return renderTemplate(template, templateValues(candidate, process, template.language, recruiter, dueAt));
}
