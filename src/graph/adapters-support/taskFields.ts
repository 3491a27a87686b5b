// What Svara writes into a To Do task for a follow-up: the fields a create and an update both set,
// and the one linkedResource that carries externalId = follow-up id (and the mail's web link).
import type { FollowUp, Language } from "../../domain";
import type { MailLink } from "../ports";
import { dueDate, utcDateTime } from "./graphTime";
import { taskNotes } from "./taskBody";

/** The application name on Svara's linkedResource and its category. */
export const APPLICATION = "Svara";

export function taskFields(f: FollowUp, language: Language, timeZone: string): Record<string, unknown> {
  return {
    title: f.title[language],
    body: { contentType: "text", content: taskNotes(f, language) },
    dueDateTime: dueDate(f.dueAt, timeZone),
    reminderDateTime: utcDateTime(f.remindAt),
    isReminderOn: true,
    importance: f.overdue ? "high" : "normal",
    status: "notStarted",
    categories: [APPLICATION],
  };
}

export const linkedResource = (f: FollowUp, language: Language, mailLink: MailLink | undefined) => ({
  applicationName: APPLICATION,
  displayName: mailLink?.displayName ?? f.title[language],
  externalId: f.id,
  ...(mailLink ? { webUrl: mailLink.webUrl } : {}),
});
