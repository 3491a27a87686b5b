// The overview's words (issue 10): the tabs and the list of everyone in every process.
// catalogue.ts joins the feature files; the English must have every key.
export const sv = {
  "overview.title": "Översikt",
  "overview.tab.candidates": "Alla",
  "overview.tab.pipeline": "Pipeline",
  "overview.tab.today": "Att göra",
  "overview.tab.report": "Svarstider",
  "overview.tab.bulk": "Statusuppdatering",
} as const;

export const en: Record<keyof typeof sv, string> = {
  "overview.title": "Overview",
  "overview.tab.candidates": "Everyone",
  "overview.tab.pipeline": "Pipeline",
  "overview.tab.today": "To do",
  "overview.tab.report": "Answer times",
  "overview.tab.bulk": "Status updates",
};
