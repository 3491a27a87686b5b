import type { Event } from "@microsoft/microsoft-graph-types";
import type { HostItem, Person } from "../host/host";
import type { MailboxSource } from "./mailbox";

export interface ListedEvent {
  readonly id: string;
  readonly subject: string;
  readonly start: string;
  readonly end: string;
  readonly attendees: readonly Person[];
  readonly categories: readonly string[];
}

/** Graph's dateTimeTimeZone in UTC (we ask for it with Prefer) → an ISO instant. */
const instant = (value: { dateTime?: string | null; timeZone?: string | null } | null | undefined) => {
  const dt = value?.dateTime ?? "";
  return dt === "" ? "" : new Date(/Z|[+-]\d\d:\d\d$/.test(dt) ? dt : `${dt}Z`).toISOString();
};

function toListedEvent(e: Event): ListedEvent {
  return {
    id: e.id ?? "",
    subject: e.subject ?? "",
    start: instant(e.start),
    end: instant(e.end),
    attendees: (e.attendees ?? [])
      .map((a) => a.emailAddress)
      .filter((a): a is { name?: string; address: string } => !!a?.address)
      .map((a) => ({ name: a.name || a.address, email: a.address.toLowerCase() })),
    categories: e.categories ?? [],
  };
}

/** What Outlook hands the pane for a meeting the recruiter organised. */
export const eventHostItem = (e: ListedEvent): HostItem => ({
  kind: "appointment-organizer",
  restId: e.id,
  conversationId: null,
  subject: e.subject,
  from: null,
  to: [],
  cc: [],
  start: e.start,
  end: e.end,
  attendees: e.attendees,
});

export async function listEvents(source: MailboxSource, top = 50): Promise<ListedEvent[]> {
  const response = await fetch(
    `${source.graphUrl}/me/events?$top=${top}&$orderby=start/dateTime%20desc&$select=id,subject,start,end,attendees,categories`,
    { headers: { Authorization: `Bearer ${source.token}`, Prefer: 'outlook.timezone="UTC"' } },
  );
  if (!response.ok) throw new Error(`The calendar answered ${response.status}`);
  return ((await response.json()) as { value: Event[] }).value.map(toListedEvent);
}
