// Calls and deadlines that need a slot (CalendarPort): calendar events carrying
// `transactionId` (the follow-up id mapped to a GUID), so a create sent twice makes one event.
//
// Each event carries three of Svara's extended properties: the candidate link, SvaraItem =
// "follow-up" (what listFollowUps filters on) and the follow-up itself as JSON (what it maps back
// from, so reconcile compares the planner's FollowUp with the stored one, field for field).
//
// complete(): a call still ahead is DELETED — it has no attendees (the candidate is phoned, not
// invited), so there is no one to send a cancellation to, and a cancelled event would sit in the
// recruiter's day as a dead slot. A call whose time has passed is kept as the record that it was
// booked, with its reminder off and SvaraItem set to "done", so it is no longer listed as open.
import type { Event } from "@microsoft/microsoft-graph-types";
import type { FollowUp, Language } from "../domain";
import { err, ok, type Result } from "../domain/result";
import type { GraphAppError } from "./graphError";
import type { GraphHttp } from "./graphHttp";
import type { CalendarPort, CandidateRef, ExistingFollowUp } from "./ports";
import { callEventHtml } from "./adapters-support/callEventBody";
import { decodeFollowUp, encodeFollowUp } from "./adapters-support/followUpCodec";
import { utcDateTime } from "./adapters-support/graphTime";
import { missingIdError } from "./adapters-support/missingId";
import { allPages } from "./adapters-support/paging";
import { seg, withQuery } from "./adapters-support/query";
import {
  CANDIDATE_PROPERTY,
  FOLLOW_UP_PROPERTY,
  ITEM_PROPERTY,
  expandProperties,
  linkValue,
  propertyEquals,
  propertyValue,
} from "./adapters-support/svaraProperties";
import { transactionIdFor } from "./adapters-support/transactionId";

const CALL_MINUTES = 15;
const MINUTE = 60_000;

export interface CalendarOptions {
  readonly now?: () => number;
}

const graphCode = (e: GraphAppError): unknown => (e.cause as { graphCode?: unknown } | undefined)?.graphCode;

export function createCalendarEvents(http: GraphHttp, options: CalendarOptions = {}): CalendarPort {
  const now = options.now ?? (() => Date.now());

  function eventBody(f: FollowUp, language: Language): Record<string, unknown> {
    const start = Date.parse(f.dueAt);
    const reminder = Math.max(0, Math.round((start - Date.parse(f.remindAt)) / MINUTE));
    return {
      subject: f.title[language],
      body: { contentType: "html", content: callEventHtml(f, language) },
      start: utcDateTime(f.dueAt),
      end: utcDateTime(new Date(start + CALL_MINUTES * MINUTE).toISOString()),
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

  async function linkEvent(eventId: string, ref: CandidateRef): Promise<Result<void>> {
    const patched = await http.patch(
      `/me/events/${seg(eventId)}`,
      { singleValueExtendedProperties: [{ id: CANDIDATE_PROPERTY, value: linkValue(ref) }] },
      { idempotent: true },
    );
    return patched.ok ? ok(undefined) : patched;
  }

  async function create(f: FollowUp, language: Language): Promise<Result<string>> {
    const body = { ...eventBody(f, language), transactionId: await transactionIdFor(f.id) };
    // Safe to send again: Graph answers a repeated transactionId with the event it already made.
    const made = await http.post<Event>("/me/events", body, { idempotent: true });
    if (made.ok) return made.value.body?.id ? ok(made.value.body.id) : err(missingIdError("event"));
    // The same transactionId with different content (the follow-up moved between two tries):
    // Graph refuses with ErrorDuplicateTransactionId; the event is ours, so find it and update it.
    if (graphCode(made.error) !== "ErrorDuplicateTransactionId") return made;
    const open = await listFollowUps();
    if (!open.ok) return open;
    const mine = open.value.find((e) => e.followUp.id === f.id);
    return mine ? update(mine.remoteId, f, language) : made;
  }

  async function update(eventId: string, f: FollowUp, language: Language): Promise<Result<string>> {
    const patched = await http.patch<Event>(`/me/events/${seg(eventId)}`, eventBody(f, language), {
      idempotent: true,
    });
    return patched.ok ? ok(patched.value.body?.id ?? eventId) : patched;
  }

  async function upsertFollowUp(
    followUp: FollowUp,
    language: Language,
    existingId: string | null,
  ): Promise<Result<string>> {
    if (existingId !== null) {
      const updated = await update(existingId, followUp, language);
      // Deleted in Outlook by the recruiter while still planned: book it again.
      if (updated.ok || updated.error.code !== "graph-not-found") return updated;
    }
    return create(followUp, language);
  }

  async function listFollowUps(): Promise<Result<readonly ExistingFollowUp[]>> {
    const first = withQuery("/me/events", {
      $filter: propertyEquals(ITEM_PROPERTY, "follow-up"),
      $select: "id,start",
      $expand: expandProperties(FOLLOW_UP_PROPERTY),
      $top: 200,
    });
    const pages = await allPages<Event>(http, first);
    if (!pages.ok) return pages;
    const out: ExistingFollowUp[] = [];
    for (const event of pages.value.items) {
      const followUp = decodeFollowUp(propertyValue(event, FOLLOW_UP_PROPERTY));
      // An event whose stored follow-up was damaged cannot be compared; sync re-creates it.
      if (followUp && event.id) out.push({ followUp, remoteId: event.id });
    }
    return ok(out);
  }

  async function complete(eventId: string): Promise<Result<void>> {
    const path = `/me/events/${seg(eventId)}`;
    const got = await http.get<Event>(withQuery(path, { $select: "id,end" }));
    if (!got.ok) return got.error.code === "graph-not-found" ? ok(undefined) : got;
    const end = got.value.body.end?.dateTime;
    const past = end !== undefined && end !== null && Date.parse(`${end.replace(/Z$/, "")}Z`) <= now();
    const done = past
      ? await http.patch(
          path,
          { isReminderOn: false, singleValueExtendedProperties: [{ id: ITEM_PROPERTY, value: "done" }] },
          { idempotent: true },
        )
      : await http.delete(path);
    if (done.ok || done.error.code === "graph-not-found") return ok(undefined);
    return done;
  }

  return { linkEvent, upsertFollowUp, listFollowUps, complete };
}
