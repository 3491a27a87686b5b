// The words of the screens that are not in the task pane's first paint: the overview's views, the
// template and process screens, the dashboard page, the candidate card's export. Every lazy chunk that shows them calls
// registerLaterWords() at load, before it renders (a call, not a bare import: our modules are
// marked free of side effects, so webpack would drop an import nobody reads).
import { registerWords } from "./catalogue";
import * as agenda from "./features/agenda";
import * as bulk from "./features/bulk";
import * as dashboard from "./features/dashboard";
import * as erasure from "./features/erasure";
import * as feedback from "./features/feedback";
import * as pipeline from "./features/pipeline";
import * as processes from "./features/processes";
import * as report from "./features/report";
import * as subjectAccess from "./features/subjectAccess";
import * as templates from "./features/templates";

// Each language named, not reached through Object.values: the unused-export check (knip) follows
// member reads, and both languages must stay exported.
export const LATER_FEATURES = {
  pipeline: { sv: pipeline.sv, en: pipeline.en },
  agenda: { sv: agenda.sv, en: agenda.en },
  report: { sv: report.sv, en: report.en },
  bulk: { sv: bulk.sv, en: bulk.en },
  dashboard: { sv: dashboard.sv, en: dashboard.en },
  templates: { sv: templates.sv, en: templates.en },
  processes: { sv: processes.sv, en: processes.en },
  erasure: { sv: erasure.sv, en: erasure.en },
  feedback: { sv: feedback.sv, en: feedback.en },
  subjectAccess: { sv: subjectAccess.sv, en: subjectAccess.en },
} as const;

let registered = false;

export function registerLaterWords(): void {
  if (registered) return;
  for (const feature of Object.values(LATER_FEATURES)) registerWords(feature);
  registered = true;
}
