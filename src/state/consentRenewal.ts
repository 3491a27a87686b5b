// The consent-renewal mail a talent-pool candidate gets from the Gallring tab. Its own module because
// it needs the built-in texts: only the erasure view (a lazy chunk) loads it, never first paint.
import { defaultTemplate, type Template } from "../domain";
import type { TemplateForMany } from "./statusDrafts";

/** Her own consent-renewal template when she wrote one, else the built-in (Swedish and English). */
export function consentRenewalTemplate(templates: readonly Template[]): TemplateForMany {
  const own = templates.find((t) => t.kind === "consent-renewal" && !t.builtIn);
  const builtIns = [defaultTemplate("consent-renewal", "sv"), defaultTemplate("consent-renewal", "en")];
  return own
    ? { chosen: own, templates: [...templates, ...builtIns] }
    : { chosen: builtIns[0]!, templates: builtIns };
}
