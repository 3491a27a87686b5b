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
import { sameFollowUp, type FollowUp, type Language } from "../domain";
import { err, ok, type Result } from "../domain/result";
import { sendBatch, type BatchItem, type BatchOptions } from "./batch";
import type { GraphAppError } from "./graphError";
import type { GraphHttp } from "./graphHttp";
import type {
  BulkCompleteOutcome,
  BulkFollowUpOutcome,
  CalendarPort,
  CandidateRef,
  ExistingFollowUp,
  FollowUpWrite,
} from "./ports";
import { BulkResults, completeOutcome, countingHttp, uniqueWrites } from "./adapters-support/bulkWrites";
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
/** Bulk writes: the first try, and one more after looking again (a transactionId clash, a
 * deleted event). Throttling inside a $batch is sendBatch's to retry: every item is idempotent. */
const BULK_PASSES = 2;

export interface CalendarOptions {
  readonly now?: () => number;
  /** upsertFollowUps' $batch requests (concurrency, retries, and the clock it waits on). */
  readonly batch?: BatchOptions;
}

/** An event a bulk write found: with the follow-up it holds, or null when only the caller's id is
 * known (then it is written without comparing). */
interface Found {
  readonly remoteId: string;
  readonly followUp: FollowUp | null;
}

/** How long a listing of the events' ends serves a bulk completion: one sync run. */
const ENDS_TTL_MS = 60_000;

const callEnd = (f: FollowUp) =>
  utcDateTime(new Date(Date.parse(f.dueAt) + CALL_MINUTES * MINUTE).toISOString());

const endsOf = (events: readonly Event[]): Map<string, string | null> =>
  new Map(events.filter((e) => e.id).map((e) => [e.id!, e.end?.dateTime ?? null]));

const graphCode = (e: GraphAppError): unknown => (e.cause as { graphCode?: unknown } | undefined)?.graphCode;

export function createCalendarEvents(graph: GraphHttp, options: CalendarOptions = {}): CalendarPort {
  const counter = countingHttp(graph);
  const http = counter.http;
  const now = options.now ?? (() => Date.now());
  /** The open follow-up events' ends as last listed, kept current with bulk writes. */
  let knownEnds: { readonly at: number; readonly byId: Map<string, string | null> } | null = null;

  function eventBody(f: FollowUp, language: Language): Record<string, unknown> {
    const start = Date.parse(f.dueAt);
    const reminder = Math.max(0, Math.round((start - Date.parse(f.remindAt)) / MINUTE));
    return {
      subject: f.title[language],
      body: { contentType: "html", content: callEventHtml(f, language) },
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
      $select: "id,start,end",
      $expand: expandProperties(FOLLOW_UP_PROPERTY),
      $top: 200,
    });
    const pages = await allPages<Event>(http, first);
    if (!pages.ok) return pages;
    knownEnds = { at: now(), byId: endsOf(pages.value.items) };
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

  /** One pass of a bulk write: a request for each follow-up missing or different, in $batches. */
  async function bulkPass(
    writes: readonly FollowUpWrite[],
    open: ReadonlyMap<string, Found>,
    language: Language,
    results: BulkResults,
  ): Promise<Result<boolean>> {
    const items: BatchItem[] = [];
    const sent: { item: BatchItem; f: FollowUp; existing: Found | undefined }[] = [];
    for (const [i, { followUp: f }] of writes.entries()) {
      const existing = open.get(f.id);
      if (existing?.followUp && sameFollowUp(existing.followUp, f)) {
        results.save(f.id, existing.remoteId, "unchanged");
        continue;
      }
      // Both idempotent: a PATCH sets values; a POST with the same transactionId is answered with
      // the event Graph already made, so a $batch cut off after it ran can go again whole.
      const item: BatchItem = existing
        ? {
            id: `e${i}`,
            method: "PATCH",
            url: `/me/events/${seg(existing.remoteId)}`,
            body: eventBody(f, language),
            idempotent: true,
          }
        : {
            id: `e${i}`,
            method: "POST",
            url: "/me/events",
            body: { ...eventBody(f, language), transactionId: await transactionIdFor(f.id) },
            idempotent: true,
          };
      items.push(item);
      sent.push({ item, f, existing });
    }
    if (items.length === 0) return ok(false);
    const answered = await sendBatch(http, items, options.batch);
    if (!answered.ok) return answered;
    let lookAgain = false;
    sent.forEach(({ f, existing }, i) => {
      const answer = answered.value.results[i]!;
      if (answer.ok) {
        const id = (answer.value.body as Event | undefined)?.id ?? existing?.remoteId;
        if (id) {
          results.save(f.id, id, existing ? "updated" : "created");
          knownEnds?.byId.set(id, callEnd(f).dateTime);
        } else results.fail(f.id, missingIdError("event"));
        return;
      }
      // Deleted in Outlook since the listing (book it again), or the transactionId already used
      // with other content (the event is ours: find it and update it).
      const again =
        (existing !== undefined && answer.error.code === "graph-not-found") ||
        graphCode(answer.error) === "ErrorDuplicateTransactionId";
      results.fail(f.id, again ? { ...answer.error, retryable: true } : answer.error);
      lookAgain ||= again;
    });
    return ok(lookAgain);
  }

  async function upsertFollowUps(
    writes: readonly FollowUpWrite[],
    language: Language,
  ): Promise<Result<BulkFollowUpOutcome>> {
    const started = counter.total();
    const wanted = uniqueWrites(writes);
    const results = new BulkResults();
    let todo = wanted;
    // The caller listed just now (every write says what exists): the first pass goes by that.
    const callerKnows = wanted.every((w) => w.existingId !== undefined);
    for (let pass = 1; pass <= BULK_PASSES && todo.length > 0; pass++) {
      let open: Map<string, Found>;
      if (pass === 1 && callerKnows) {
        open = new Map(
          wanted
            .filter((w) => w.existingId)
            .map((w) => [w.followUp.id, { followUp: null, remoteId: w.existingId! }]),
        );
      } else {
        const listed = await listFollowUps();
        if (!listed.ok) return listed;
        // A second pass goes by this new listing: a deleted event is made again, a clash updated.
        open = new Map(listed.value.map((e) => [e.followUp.id, e]));
      }
      const lookAgain = await bulkPass(todo, open, language, results);
      if (!lookAgain.ok) return lookAgain;
      if (!lookAgain.value) break;
      todo = todo.filter((w) => results.retryable(w.followUp.id));
    }
    return ok(results.outcome(wanted, counter.total() - started, () => missingIdError("event")));
  }

  /** Ends of the open follow-up events, by id, in one listing (what `complete` GETs one by one);
   * the listing a sweep has just made serves. */
  async function openEnds(): Promise<Result<Map<string, string | null>>> {
    if (knownEnds && now() - knownEnds.at < ENDS_TTL_MS) return ok(knownEnds.byId);
    const pages = await allPages<Event>(
      http,
      withQuery("/me/events", {
        $filter: propertyEquals(ITEM_PROPERTY, "follow-up"),
        $select: "id,end",
        $top: 200,
      }),
    );
    if (!pages.ok) return pages;
    knownEnds = { at: now(), byId: endsOf(pages.value.items) };
    return ok(knownEnds.byId);
  }

  async function completeFollowUps(eventIds: readonly string[]): Promise<Result<BulkCompleteOutcome>> {
    const started = counter.total();
    const ids = [...new Set(eventIds)];
    if (ids.length === 0) return ok({ done: [], failed: [], requests: 0 });
    const ends = await openEnds();
    if (!ends.ok) return ends;
    // Not among the open follow-ups: already done, deleted, or never ours. Nothing to send.
    const open = ids.filter((id) => ends.value.has(id));
    const items: BatchItem[] = open.map((eventId, i) => {
      const end = ends.value.get(eventId);
      const past = end !== null && end !== undefined && Date.parse(`${end.replace(/Z$/, "")}Z`) <= now();
      const url = `/me/events/${seg(eventId)}`;
      return past
        ? {
            id: `c${i}`,
            method: "PATCH",
            url,
            body: {
              isReminderOn: false,
              singleValueExtendedProperties: [{ id: ITEM_PROPERTY, value: "done" }],
            },
            idempotent: true,
          }
        : { id: `c${i}`, method: "DELETE", url };
    });
    const sent = items.length
      ? await sendBatch(http, items, options.batch)
      : ok({ results: [], roundTrips: 0 });
    if (!sent.ok) return sent;
    const answers = new Map(open.map((id, i) => [id, sent.value.results[i]!]));
    const outcome = completeOutcome(ids, answers, counter.total() - started);
    for (const id of outcome.done) knownEnds?.byId.delete(id);
    return ok(outcome);
  }

  return { linkEvent, upsertFollowUp, upsertFollowUps, listFollowUps, complete, completeFollowUps };
}
