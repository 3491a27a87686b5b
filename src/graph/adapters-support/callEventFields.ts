// What Svara writes into a calendar event for a follow-up (a create and an update alike): a
// 15-minute slot with its reminder, the body, and three of Svara's extended properties — the
// candidate link, SvaraItem = "follow-up" (what a listing filters on) and the follow-up itself as
// JSON (what the listing maps back from, field for field).
import type { FollowUp, Language } from "../../domain";
import type { PhoneFormat } from "../phoneFormat";
import { callEventHtml } from "./callEventBody";
import { encodeFollowUp } from "./followUpCodec";
import { utcDateTime } from "./graphTime";
import { CANDIDATE_PROPERTY, FOLLOW_UP_PROPERTY, ITEM_PROPERTY, linkValue } from "./svaraProperties";

const CALL_MINUTES = 15;
const MINUTE = 60_000;

export const callEnd = (f: FollowUp) =>
  utcDateTime(new Date(Date.parse(f.dueAt) + CALL_MINUTES * MINUTE).toISOString());

export function eventFields(
  f: FollowUp,
  language: Language,
  phoneText: PhoneFormat,
): Record<string, unknown> {
  const start = Date.parse(f.dueAt);
  const reminder = Math.max(0, Math.round((start - Date.parse(f.remindAt)) / MINUTE));
  return {
    subject: f.title[language],
    body: { contentType: "html", content: callEventHtml(f, language, phoneText) },
    start: utcDateTime(f.dueAt),
    end: callEnd(f),
    isReminderOn: true,
    reminderMinutesBeforeStart: reminder,
    importance: f.overdue ? "high" : "normal",
    showAs: "busy",
    singleValueExtendedProperties: [
      { id: CANDIDATE_PROPERTY, value: linkValue(f) },
      { id: ITEM_PROPERTY, value: "follow-up" },
      { id: FOLLOW_UP_PROPERTY, value: encodeFollowUp(f) },
    ],
  };
}
