// Which templates a candidate can be mailed, and which one to start from. A call script is read
// aloud, not sent: it is never offered as a mail (the call panel shows it as talking points).

import type { Candidate, Process } from "../model";
import type { NextStep } from "../nextStep";
import type { Language } from "../result";
import { reachedInterview } from "../stageRules";
import { isDecisionMail, type Template } from "./template";

/** A template that becomes a mail: everything but the call script. */
export function isMailTemplate(template: Pick<Template, "kind">): boolean {
  return template.kind !== "call-script";
}

/** The mails this candidate may be sent in `language`: no call script, and no decision mail once
 * they have been interviewed (that decision is a call). */
export function mailTemplatesFor(
  templates: readonly Template[],
  candidate: Candidate,
  process: Process,
  language: Language,
): Template[] {
  const afterInterview = reachedInterview(candidate, process);
  return templates.filter(
    (t) => t.language === language && isMailTemplate(t) && !(afterInterview && isDecisionMail(t.kind)),
  );
}

/** The template to start from: the next step's kind when it is offered (the recruiter's own of that
 * kind before a built-in one), else the first offered; null when nothing is. */
export function preselectedTemplate(offered: readonly Template[], step: NextStep): Template | null {
  if (step.kind === "mail") {
    const ofKind = offered.filter((t) => t.kind === step.template);
    const chosen = ofKind.find((t) => !t.builtIn) ?? ofKind[0];
    if (chosen) return chosen;
  }
  // After interview the answer is a call: what is left to mail is information, never a decision.
  return offered.find((t) => t.kind === "status-update") ?? offered[0] ?? null;
}

/** The call script for a candidate, in their language when there is one (else any). */
export function callScriptFor(templates: readonly Template[], language: Language): Template | null {
  const scripts = templates.filter((t) => t.kind === "call-script");
  return (
    scripts.find((t) => t.language === language && !t.builtIn) ??
    scripts.find((t) => t.language === language) ??
    scripts[0] ??
    null
  );
}
