// What the template picker offers a candidate and which template it starts on: the mails (never a
// call script) in the candidate's language — whatever language the recruiter's Outlook speaks —
// with the next step's template chosen; the recruiter can switch language and template.

import {
  callScriptFor,
  candidateLanguage,
  mailTemplatesFor,
  nextStep,
  preselectedTemplate,
  renderForCandidate,
  type Language,
  type NextStep,
  type Template,
} from "../domain";
import type { CandidateView } from "./paneView";

export interface TemplateChoice {
  /** The language shown: the one asked for, else the candidate's. */
  readonly language: Language;
  /** The candidate's own language: where the picker starts. */
  readonly candidateLanguage: Language;
  readonly offered: readonly Template[];
  /** Where the picker starts; null when nothing can be offered. */
  readonly preselected: Template | null;
  readonly step: NextStep;
}

export function templateChoice(
  templates: readonly Template[],
  view: Pick<CandidateView, "candidate" | "process" | "clock"> & { readonly openMailText?: string },
  language?: Language,
): TemplateChoice {
  const own = candidateLanguage(view.candidate, view.process);
  const shown = language ?? own;
  const offered = mailTemplatesFor(templates, view.candidate, view.process, shown);
  const step = nextStep(view.candidate, view.process, view.clock, view.openMailText ?? null);
  return {
    language: shown,
    candidateLanguage: own,
    offered,
    preselected: preselectedTemplate(offered, step),
    step,
  };
}

/**
 * The call script as talking points for the call panel: the script in the candidate's language,
 * personalised, a point per paragraph; null when there is no script or it cannot be filled in.
 */
export function callTalkingPoints(
  templates: readonly Template[],
  view: Pick<CandidateView, "candidate" | "process">,
): { readonly name: string; readonly points: readonly string[] } | null {
  const script = callScriptFor(templates, candidateLanguage(view.candidate, view.process));
  if (!script) return null;
  const rendered = renderForCandidate(script, view.candidate, view.process);
  if (!rendered.ok) return null;
  const points = rendered.value.text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, " ").trim())
    .filter(Boolean);
  return { name: script.name, points };
}
