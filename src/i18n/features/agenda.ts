// The agenda view's words (issue 10): Today / This week. A file per feature keeps the catalogues
// small and lets each view's words be read together; catalogue.ts joins them, and the English must
// have every key.
export const sv = {
  "agenda.title": "Att göra i dag och den här veckan",
  "agenda.today": "I dag",
  "agenda.empty": "Inget att göra den här veckan.",
  "agenda.overdue": "För sent",
  "agenda.who": "{name} · {process}",
  "agenda.answer": "Svara",
  "agenda.answer.label": "Svara {name}",
  "agenda.call": "Ring {phone}",
  "agenda.call.label": "Ring {phone}: {name}, och logga samtalet",
  "agenda.getPhone": "Lägg till nummer",
  "agenda.getPhone.label": "Lägg till nummer till {name}",
  "agenda.survey": "Skicka enkät",
  "agenda.survey.label": "Skicka enkät till {name}",
  "agenda.showAll": "Visa alla {count}",
} as const;

export const en: Record<keyof typeof sv, string> = {
  "agenda.title": "To do today and this week",
  "agenda.today": "Today",
  "agenda.empty": "Nothing to do this week.",
  "agenda.overdue": "Overdue",
  "agenda.who": "{name} · {process}",
  "agenda.answer": "Answer",
  "agenda.answer.label": "Answer {name}",
  "agenda.call": "Call {phone}",
  "agenda.call.label": "Call {phone}: {name}, and log the call",
  "agenda.getPhone": "Add number",
  "agenda.getPhone.label": "Add number for {name}",
  "agenda.survey": "Send survey",
  "agenda.survey.label": "Send survey to {name}",
  "agenda.showAll": "Show all {count}",
};
