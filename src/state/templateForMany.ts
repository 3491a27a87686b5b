// The template a mail to many is written from. Its own module because the built-in status update
// needs the built-in texts: only the screens that write to many (and the drafts made without a
// choice) load them, never the pane's first paint.
import { chosenTemplateForMany, defaultTemplate, type Template } from "../domain";
import type { TemplateForMany } from "./statusDrafts";

/** The built-in status update: what a draft to many is when she chose nothing else (the process's
 * timeline and next step, their first name, the owner's signature). */
export const BUILT_IN_STATUS_UPDATE: TemplateForMany = {
  chosen: defaultTemplate("status-update", "sv"),
  templates: [defaultTemplate("status-update", "sv"), defaultTemplate("status-update", "en")],
};

/** Her choice (a template id; null: none yet) among `templates`, else the built-in status update. */
export function templateForMany(templates: readonly Template[], id: string | null): TemplateForMany {
  const chosen = chosenTemplateForMany(templates, id);
  return chosen ? { chosen, templates } : BUILT_IN_STATUS_UPDATE;
}
