// Calls and deadlines that need a slot (CalendarPort): calendar events carrying
// `transactionId` (the follow-up id mapped to a GUID), so a create sent twice makes one event.
// What an event holds is in adapters-support/callEventFields.ts.
//
// Completing: a call still ahead is DELETED — it has no attendees (the candidate is phoned, not
// invited), so there is no one to send a cancellation to, and a cancelled event would sit in the
// recruiter's day as a dead slot. A call whose time has passed is kept as the record that it was
// booked, with its reminder off and SvaraItem set to "done", so it is no longer listed as open.
//
// Writes go through the shared follow-up writer (adapters-support/followUpWriter.ts); this file
// says how the calendar lists, writes and completes an event.
import type { Event } from "@microsoft/microsoft-graph-types";
import { sameFollowUp, twinsByKey, type FollowUp, type CandidateRef } from "../domain";
import { ok, type Result } from "../domain/result";
import type { BatchItem, BatchOptions } from "./batch";
import { isNotFound, type GraphAppError } from "./graphError";
import { phoneFormats, type PhoneFormatSource } from "./phoneFormat";
import type { GraphHttp } from "./graphHttp";
import type { CalendarPort, ExistingFollowUp, FollowUpTwin } from "./ports";
import { countingHttp } from "./adapters-support/bulkWrites";
import { deleteEach } from "./adapters-support/deleteEach";
import { callEnd, eventFields } from "./adapters-support/callEventFields";
import { decodeFollowUp } from "./adapters-support/followUpCodec";
import { followUpWriter } from "./adapters-support/followUpWriter";
import { SHAPES } from "./adapters-support/listingShapes";
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
import { transactionGenerations } from "./adapters-support/transactionGenerations";
import { transactionIdFor } from "./adapters-support/transactionId";

/** Writes: the first try, and one more after looking again (a transactionId clash, a deleted
 * event). Throttling inside a $batch is sendBatch's to retry: every item is idempotent. */
const PASSES = 2;
/** How long a listing of the events' ends serves a completion: one sync run. */
const ENDS_TTL_MS = 60_000;

export interface CalendarOptions {
  readonly now?: () => number;
  /** The writes' $batch requests (concurrency, retries, and the clock it waits on). */
  readonly batch?: BatchOptions;
  /** How a call's phone number is written in the event; without it, as stored. */
  readonly phoneText?: PhoneFormatSource;
}

/** An event a write found: with the follow-up it holds, or null when only the caller's id is
 * known (then it is written without comparing). */
interface Found {
  readonly remoteId: string;
  readonly followUp: FollowUp | null;
}

const endsOf = (events: readonly Event[]): Map<string, string | null> =>
  new Map(events.filter((e) => e.id).map((e) => [e.id!, e.end?.dateTime ?? null]));

const graphCode = (e: GraphAppError): unknown => (e.cause as { graphCode?: unknown } | undefined)?.graphCode;

const openFollowUps = (select: string) => ({
  $filter: propertyEquals(ITEM_PROPERTY, "follow-up"),
  $select: select,
});

export function createCalendarEvents(graph: GraphHttp, options: CalendarOptions = {}): CalendarPort {
  const counter = countingHttp(graph);
  const http = counter.http;
  const now = options.now ?? (() => Date.now());
  /** The open follow-up events' ends as last listed, kept current with our own writes. */
  let knownEnds: { readonly at: number; readonly byId: Map<string, string | null> } | null = null;
  /** The open twins the last listFollowUps found (a transactionId generation, an older version's
   * event): every device keeps the same event (domain/twins.ts) and completes the others. */
  let knownTwins: { readonly at: number; readonly twins: readonly FollowUpTwin[] } | null = null;
  const generations = transactionGenerations();
  const phoneText = phoneFormats(options.phoneText);

  async function linkEvent(eventId: string, ref: CandidateRef): Promise<Result<void>> {
    const patched = await http.patch(
      `/me/events/${seg(eventId)}`,
      { singleValueExtendedProperties: [{ id: CANDIDATE_PROPERTY, value: linkValue(ref) }] },
      { idempotent: true },
    );
    return patched.ok ? ok(undefined) : patched;
  }

  async function listFollowUps(): Promise<Result<readonly ExistingFollowUp[]>> {
    const first = withQuery("/me/events", {
      ...openFollowUps("id,start,end,createdDateTime"),
      $expand: expandProperties(FOLLOW_UP_PROPERTY),
      $top: 200,
    });
    const pages = await allPages<Event>(http, first, { what: "events", shape: SHAPES.events });
    if (!pages.ok) return pages;
    knownEnds = { at: now(), byId: endsOf(pages.value.items) };
    const copies = pages.value.items.flatMap((event) => {
      const followUp = decodeFollowUp(propertyValue(event, FOLLOW_UP_PROPERTY));
      // An event whose stored follow-up was damaged cannot be compared; sync re-creates it.
      return followUp && event.id ? [{ followUp, remoteId: event.id, createdAt: event.createdDateTime }] : [];
    });
    const split = [...twinsByKey(copies, (c) => c.followUp.id).values()];
    knownTwins = {
      at: now(),
      twins: split.flatMap((s) => s.twins.map((t) => ({ followUpId: t.followUp.id, remoteId: t.remoteId }))),
    };
    return ok(split.map(({ keeper: { followUp, remoteId } }) => ({ followUp, remoteId })));
  }

  async function listTwins(): Promise<Result<readonly FollowUpTwin[]>> {
    if (knownTwins && now() - knownTwins.at < ENDS_TTL_MS) return ok(knownTwins.twins);
    const listed = await listFollowUps();
    return listed.ok ? ok(knownTwins?.twins ?? []) : listed;
  }

  /** Ends of the open follow-up events, by id, in one listing; the listing a sweep has just made
   * serves. */
  async function openEnds(): Promise<Result<Map<string, string | null>>> {
    if (knownEnds && now() - knownEnds.at < ENDS_TTL_MS) return ok(knownEnds.byId);
    const pages = await allPages<Event>(
      http,
      withQuery("/me/events", { ...openFollowUps("id,end"), $top: 200 }),
      { what: "event ends", shape: SHAPES.events },
    );
    if (!pages.ok) return pages;
    knownEnds = { at: now(), byId: endsOf(pages.value.items) };
    return ok(knownEnds.byId);
  }

  const isPast = (end: string | null | undefined): boolean =>
    end !== null && end !== undefined && Date.parse(`${end.replace(/Z$/, "")}Z`) <= now();

  function completion(eventId: string, end: string | null | undefined): Omit<BatchItem, "id"> {
    const url = `/me/events/${seg(eventId)}`;
    if (!isPast(end)) return { method: "DELETE", url };
    const done = {
      isReminderOn: false,
      singleValueExtendedProperties: [{ id: ITEM_PROPERTY, value: "done" }],
    };
    return { method: "PATCH", url, body: done, idempotent: true };
  }

  const writer = followUpWriter<Found>(counter, options.batch, {
    passes: PASSES,
    what: "event",
    missingId: "final",

    async existing(writes, { first }) {
      // The caller listed just now (every write says what exists): the first pass goes by that.
      if (first && writes.every((w) => w.existingId !== undefined)) {
        const given = writes.flatMap((w) => (w.existingId ? [[w.followUp.id, w.existingId] as const] : []));
        return ok(new Map(given.map(([id, remoteId]) => [id, { followUp: null, remoteId }])));
      }
      // A later pass goes by a new listing: a deleted event is made again, a clash updated.
      const listed = await listFollowUps();
      if (!listed.ok) return listed;
      return ok(new Map(listed.value.map((e) => [e.followUp.id, e])));
    },

    unchanged: (existing, write) =>
      existing.followUp !== null && sameFollowUp(existing.followUp, write.followUp),

    // Both idempotent: a PATCH sets values; a POST with the same transactionId is answered with
    // the event Graph already made, so a $batch cut off after it ran can go again whole.
    async writeRequests(id, { followUp: f }, existing, language) {
      const body = eventFields(f, language, await phoneText());
      if (existing)
        return [{ id, method: "PATCH", url: `/me/events/${seg(existing.remoteId)}`, body, idempotent: true }];
      const transactionId = await transactionIdFor(f.id, generations.of(f.id, body));
      return [{ id, method: "POST", url: "/me/events", body: { ...body, transactionId }, idempotent: true }];
    },

    saved(write, remoteId) {
      knownEnds?.byId.set(remoteId, callEnd(write.followUp).dateTime);
    },

    // Deleted in Outlook since the listing (book it again, under a new transactionId), or the
    // transactionId refused (ErrorDuplicateTransactionId): a listed event is ours to update; if
    // none is listed, the next create carries a new generation of the id.
    verdict(error, existing, write) {
      if (existing !== undefined && isNotFound(error)) {
        generations.deleted(write.followUp.id, existing.remoteId);
        return "look";
      }
      if (graphCode(error) !== "ErrorDuplicateTransactionId") return "final";
      generations.refused(write.followUp.id);
      return "look";
    },

    async completeRequests(eventIds) {
      const ends = await openEnds();
      if (!ends.ok) return ends;
      // Not among the open follow-ups: already done, deleted, or never ours. Nothing to send.
      const open = eventIds.filter((id) => ends.value.has(id));
      return ok(new Map(open.map((id) => [id, completion(id, ends.value.get(id))])));
    },

    completed(eventIds) {
      for (const id of eventIds) knownEnds?.byId.delete(id);
      if (knownTwins)
        knownTwins = { ...knownTwins, twins: knownTwins.twins.filter((t) => !eventIds.includes(t.remoteId)) };
    },
  });

  /** An erasure (decision 0010): every event carrying the candidate's link. Svara's own (its item
   * property says so; done calls too) are deleted; an interview she only linked keeps its place in
   * her calendar and loses Svara's link (emptied: Graph has no delete for an extended property) and
   * the process's category. */
  async function eraseCandidateEvents(ref: CandidateRef, category: string) {
    const listed = await allPages<Event>(
      http,
      withQuery("/me/events", {
        $filter: propertyEquals(CANDIDATE_PROPERTY, linkValue(ref)),
        $select: "id,categories",
        $expand: expandProperties(ITEM_PROPERTY),
        $top: 200,
      }),
      { what: "candidate events", shape: SHAPES.events },
    );
    if (!listed.ok) return listed;
    knownEnds = null;
    knownTwins = null;
    const events = listed.value.items.filter((e) => e.id);
    const ours = events.filter((e) => propertyValue(e, ITEM_PROPERTY) !== null);
    const linked = events.filter((e) => propertyValue(e, ITEM_PROPERTY) === null);
    const deleted = await deleteEach(
      http,
      ours.map((e) => `/me/events/${seg(e.id!)}`),
    );
    if (!deleted.ok) return deleted;
    let unlinked = 0;
    for (const e of linked) {
      // Her own categories stay (PATCH replaces the list: they are sent back); the process's goes.
      const categories = (e.categories ?? []).filter((c) => c !== category);
      const patched = await http.patch(
        `/me/events/${seg(e.id!)}`,
        { categories, singleValueExtendedProperties: [{ id: CANDIDATE_PROPERTY, value: "" }] },
        { idempotent: true },
      );
      if (patched.ok) unlinked += 1;
      else if (!isNotFound(patched.error)) return patched;
    }
    return ok({ deleted: deleted.value, unlinked });
  }

  return { linkEvent, listFollowUps, listTwins, eraseCandidateEvents, ...writer };
}
