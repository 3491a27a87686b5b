// Swedish is the primary UI language: most of Svara's recruiters work in Swedish.
export const sv = {
  "app.name": "Svara",
  "app.tagline": "Alla kandidater får svar i tid",
  "pane.loading": "Läser in …",
  "pane.noItem": "Markera ett mail eller möte så visar Svara vem det gäller.",
  "pane.error.title": "Något gick fel",
  "pane.retry": "Försök igen",
  "item.kind.message-read": "Mail",
  "item.kind.message-compose": "Nytt mail",
  "item.kind.appointment-organizer": "Möte (du är organisatör)",
  "item.kind.appointment-attendee": "Möte",
  "item.from": "Från",
  "item.to": "Till",
  "item.subject": "Ämne",
  "item.noSubject": "(inget ämne)",
  "item.attendees": "Deltagare",
  "item.attendeeCount": "{count} deltagare",
  "item.when": "När",
} as const;

export type MessageKey = keyof typeof sv;
