// Building and changing calendar event records with every property Graph returns for an event.
import { GraphError } from "../errors";
import type { Json, Store } from "../store";
import { htmlToText, mergeExtendedProperties, ownerAddress } from "./common";

/** Every property of microsoft.graph.event the emulator knows ($select of others is a 400). */
export const EVENT_PROPERTIES = [
  "id",
  "createdDateTime",
  "lastModifiedDateTime",
  "changeKey",
  "categories",
  "transactionId",
  "originalStartTimeZone",
  "originalEndTimeZone",
  "iCalUId",
  "reminderMinutesBeforeStart",
  "isReminderOn",
  "hasAttachments",
  "subject",
  "bodyPreview",
  "importance",
  "sensitivity",
  "isAllDay",
  "isCancelled",
  "isOrganizer",
  "responseRequested",
  "seriesMasterId",
  "showAs",
  "type",
  "webLink",
  "onlineMeetingUrl",
  "isOnlineMeeting",
  "onlineMeetingProvider",
  "allowNewTimeProposals",
  "occurrenceId",
  "isDraft",
  "hideAttendees",
  "responseStatus",
  "body",
  "start",
  "end",
  "location",
  "locations",
  "recurrence",
  "attendees",
  "organizer",
  "onlineMeeting",
] as const;

/** Graph writes event times as "2026-11-26T09:00:00.0000000" in the event's time zone. */
export function graphDateTime(value: unknown, field: string): Json {
  const v = value as { dateTime?: unknown; timeZone?: unknown } | undefined;
  if (!v || typeof v.dateTime !== "string" || Number.isNaN(Date.parse(v.dateTime.replace(/Z$/, "") + "Z"))) {
    throw new GraphError(
      400,
      "ErrorInvalidRequest",
      `The property '${field}' needs a dateTime and a timeZone.`,
    );
  }
  const base = v.dateTime.replace(/Z$/, "").replace(/\.\d+$/, "");
  const full = base.length === 16 ? `${base}:00` : base;
  return { dateTime: `${full}.0000000`, timeZone: typeof v.timeZone === "string" ? v.timeZone : "UTC" };
}

export function instantOf(dt: unknown): number {
  const v = dt as { dateTime?: string } | undefined;
  return Date.parse(`${String(v?.dateTime).replace(/\.\d+$/, "")}Z`);
}

function attendees(list: unknown): Json[] {
  if (list === undefined) return [];
  if (!Array.isArray(list)) throw new GraphError(400, "ErrorInvalidRequest", "attendees must be an array.");
  return (list as Json[]).map((a) => ({
    type: a["type"] ?? "required",
    status: a["status"] ?? { response: "none", time: "0001-01-01T00:00:00Z" },
    emailAddress: a["emailAddress"],
  }));
}

function location(v: unknown): Json {
  const l = (v ?? {}) as Json;
  const named = typeof l["displayName"] === "string" && l["displayName"] !== "";
  return {
    ...(named ? { uniqueId: l["uniqueId"] ?? l["displayName"] } : {}),
    displayName: l["displayName"] ?? "",
    locationType: l["locationType"] ?? "default",
    uniqueIdType: l["uniqueIdType"] ?? "unknown",
    address: l["address"] ?? {},
    coordinates: l["coordinates"] ?? {},
  };
}

function bodyOf(v: unknown): Json {
  const b = (v ?? {}) as Json;
  return { contentType: b["contentType"] ?? "html", content: b["content"] ?? "" };
}

function preview(body: Json): string {
  const c = String(body["content"]);
  return (body["contentType"] === "html" ? htmlToText(c) : c).slice(0, 255);
}

export function createEvent(store: Store, input: Json, id?: string): Json {
  const eventId = id ?? store.newId("AAMkADI0NzVmYjQ0LWQyZTItNDIxYS1iMWE2LTIyZGJiOGM0N2YzMQBGAAAAAA");
  const start = graphDateTime(input["start"], "start");
  const end = graphDateTime(input["end"], "end");
  if (instantOf(end) < instantOf(start)) {
    throw new GraphError(400, "ErrorInvalidRequest", "The end of the event must not be before its start.");
  }
  const body = bodyOf(input["body"]);
  const loc = location(input["location"]);
  const now = store.nowIso();
  const rec: Json = {
    id: eventId,
    createdDateTime: now,
    lastModifiedDateTime: now,
    changeKey: "",
    categories: input["categories"] ?? [],
    transactionId: input["transactionId"] ?? null,
    originalStartTimeZone: start["timeZone"],
    originalEndTimeZone: end["timeZone"],
    iCalUId: `040000008200E00074C5B7101A82E008${store.newGuid(`ical:${eventId}`).replace(/-/g, "").toUpperCase()}`,
    reminderMinutesBeforeStart: input["reminderMinutesBeforeStart"] ?? 15,
    isReminderOn: input["isReminderOn"] ?? true,
    hasAttachments: false,
    subject: input["subject"] ?? "",
    bodyPreview: preview(body),
    importance: input["importance"] ?? "normal",
    sensitivity: input["sensitivity"] ?? "normal",
    isAllDay: input["isAllDay"] ?? false,
    isCancelled: false,
    isOrganizer: true,
    responseRequested: input["responseRequested"] ?? true,
    seriesMasterId: null,
    showAs: input["showAs"] ?? "busy",
    type: "singleInstance",
    webLink: `https://outlook.office365.com/owa/?itemid=${encodeURIComponent(eventId)}&exvsurl=1&path=/calendar/item`,
    onlineMeetingUrl: null,
    isOnlineMeeting: input["isOnlineMeeting"] ?? false,
    onlineMeetingProvider: "unknown",
    allowNewTimeProposals: input["allowNewTimeProposals"] ?? true,
    occurrenceId: null,
    isDraft: false,
    hideAttendees: input["hideAttendees"] ?? false,
    responseStatus: { response: "organizer", time: "0001-01-01T00:00:00Z" },
    body,
    start,
    end,
    location: loc,
    locations: loc["displayName"] ? [loc] : [],
    recurrence: null,
    attendees: attendees(input["attendees"]),
    organizer: ownerAddress(store),
    onlineMeeting: null,
    singleValueExtendedProperties: mergeExtendedProperties([], input["singleValueExtendedProperties"] ?? []),
  };
  store.events.set(eventId, rec);
  store.touchOutlook(rec);
  return rec;
}

const PATCHABLE = [
  "subject",
  "categories",
  "reminderMinutesBeforeStart",
  "isReminderOn",
  "importance",
  "sensitivity",
  "isAllDay",
  "showAs",
  "responseRequested",
  "isOnlineMeeting",
  "allowNewTimeProposals",
  "hideAttendees",
];

export function patchEvent(store: Store, rec: Json, patch: Json): void {
  for (const key of PATCHABLE) if (key in patch) rec[key] = patch[key];
  if ("start" in patch) rec["start"] = graphDateTime(patch["start"], "start");
  if ("end" in patch) rec["end"] = graphDateTime(patch["end"], "end");
  if ("body" in patch) {
    rec["body"] = bodyOf(patch["body"]);
    rec["bodyPreview"] = preview(rec["body"] as Json);
  }
  if ("location" in patch) {
    rec["location"] = location(patch["location"]);
    rec["locations"] = (rec["location"] as Json)["displayName"] ? [rec["location"]] : [];
  }
  if ("attendees" in patch) rec["attendees"] = attendees(patch["attendees"]);
  if ("singleValueExtendedProperties" in patch) {
    rec["singleValueExtendedProperties"] = mergeExtendedProperties(
      rec["singleValueExtendedProperties"],
      patch["singleValueExtendedProperties"],
    );
  }
  store.touchOutlook(rec);
}
