import type { MessageKey } from "./messages.sv";

export const en: Record<MessageKey, string> = {
  "app.name": "Svara",
  "app.tagline": "Every candidate hears back in time",
  "pane.loading": "Loading …",
  "pane.noItem": "Select a mail or meeting and Svara shows who it is about.",
  "pane.error.title": "Something went wrong",
  "pane.retry": "Try again",
  "item.kind.message-read": "Mail",
  "item.kind.message-compose": "New mail",
  "item.kind.appointment-organizer": "Meeting (you organise)",
  "item.kind.appointment-attendee": "Meeting",
  "item.from": "From",
  "item.to": "To",
  "item.subject": "Subject",
  "item.noSubject": "(no subject)",
  "item.attendees": "Attendees",
  "item.attendeeCount": "{count} attendees",
  "item.when": "When",
};
