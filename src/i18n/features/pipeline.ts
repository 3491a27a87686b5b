// The pipeline view's words (issue 10). A file per feature keeps the catalogues small and lets each
// view's words be read together; catalogue.ts joins them, and the English must have every key.
export const sv = {
  "pipeline.process": "Process",
  "pipeline.stageHeading": "{stage} ({count})",
  "pipeline.count": "{count, plural, one {# kandidat i processen} other {# kandidater i processen}}",
  "pipeline.showClosed": "Visa avslutade ({count})",
  "pipeline.hideClosed": "Dölj avslutade ({count})",
  "pipeline.list": "{process}, per steg",
  "pipeline.noProcess": "Det finns ingen process än.",
} as const;

export const en: Record<keyof typeof sv, string> = {
  "pipeline.process": "Process",
  "pipeline.stageHeading": "{stage} ({count})",
  "pipeline.count": "{count, plural, one {# candidate in the process} other {# candidates in the process}}",
  "pipeline.showClosed": "Show closed ({count})",
  "pipeline.hideClosed": "Hide closed ({count})",
  "pipeline.list": "{process}, by stage",
  "pipeline.noProcess": "There is no process yet.",
};
