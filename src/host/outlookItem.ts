import { err, ok, type Result } from "../domain/result";
import type { HostItem, ItemKind, Person } from "./host";
import { hostErrors } from "./hostErrors";
import { officeAsync } from "./officeAsync";

type AnyItem = Office.MessageRead &
  Office.MessageCompose &
  Office.AppointmentRead &
  Office.AppointmentCompose & { itemType: Office.MailboxEnums.ItemType | string };

const toPerson = (p: Office.EmailAddressDetails | undefined | null): Person | null =>
  p && p.emailAddress ? { name: p.displayName || p.emailAddress, email: p.emailAddress.toLowerCase() } : null;

const toPeople = (list: readonly Office.EmailAddressDetails[] | undefined | null): Person[] =>
  (list ?? []).map(toPerson).filter((p): p is Person => p !== null);

/** Read mode exposes plain values; compose mode exposes objects with getAsync. */
const isReadMode = (item: AnyItem): boolean => typeof (item.subject as unknown) === "string";

function kindOf(item: AnyItem): ItemKind {
  const appointment = item.itemType === Office.MailboxEnums.ItemType.Appointment;
  if (appointment) return isReadMode(item) ? "appointment-attendee" : "appointment-organizer";
  return isReadMode(item) ? "message-read" : "message-compose";
}

const isMobile = (mailbox: Office.Mailbox): boolean => {
  const host = mailbox.diagnostics?.hostName ?? "";
  return host === "OutlookIOS" || host === "OutlookAndroid";
};

/** Outlook desktop and web hand out EWS ids; Graph wants REST ids. Mobile already gives REST ids. */
function toRestId(mailbox: Office.Mailbox, itemId: string): string {
  if (isMobile(mailbox)) return itemId;
  return mailbox.convertToRestId(itemId, Office.MailboxEnums.RestVersion.v2_0);
}

/** The other way, for Office.js calls that take an item id (displayMessageForm). */
export function toItemId(mailbox: Office.Mailbox, restId: string): string {
  if (isMobile(mailbox)) return restId;
  return mailbox.convertToEwsId(restId, Office.MailboxEnums.RestVersion.v2_0);
}

async function getAsyncValue<T>(
  field: { getAsync(cb: (r: Office.AsyncResult<T>) => void): void } | undefined,
  what: string,
): Promise<Result<T | null>> {
  if (!field || typeof field.getAsync !== "function") return ok(null);
  return officeAsync<T>(
    (cb) => field.getAsync(cb),
    (cause) => hostErrors.office(what, cause),
  );
}

async function readComposeItem(
  mailbox: Office.Mailbox,
  item: AnyItem,
  kind: ItemKind,
): Promise<Result<HostItem>> {
  const appointment = kind === "appointment-organizer";
  const [subject, to, cc, start, end, id] = await Promise.all([
    getAsyncValue<string>(item.subject as unknown as Office.Subject, "läsa ämnet|read the subject"),
    getAsyncValue<Office.EmailAddressDetails[]>(
      (appointment ? item.requiredAttendees : item.to) as unknown as Office.Recipients,
      "läsa mottagarna|read the recipients",
    ),
    getAsyncValue<Office.EmailAddressDetails[]>(
      (appointment ? item.optionalAttendees : item.cc) as unknown as Office.Recipients,
      "läsa mottagarna|read the recipients",
    ),
    appointment
      ? getAsyncValue<Date>(item.start as unknown as Office.Time, "läsa starttiden|read the start time")
      : Promise.resolve(ok(null)),
    appointment
      ? getAsyncValue<Date>(item.end as unknown as Office.Time, "läsa sluttiden|read the end time")
      : Promise.resolve(ok(null)),
    typeof item.getItemIdAsync === "function"
      ? // An unsaved draft has no id yet: that is normal, not an error.
        officeAsync<string>(
          (cb) => item.getItemIdAsync(cb),
          (cause) => hostErrors.office("läsa id|read the id", cause),
        ).then((r) => ok(r.ok ? r.value : null))
      : Promise.resolve(ok(null)),
  ]);
  for (const r of [subject, to, cc, start, end]) if (!r.ok) return r;
  const value = <T>(r: Result<T>): T | null => (r.ok ? r.value : null);
  const attendees = [...toPeople(value(to)), ...toPeople(value(cc))];
  const restId = value(id);
  return ok({
    kind,
    restId: restId ? toRestId(mailbox, restId) : null,
    conversationId: (item.conversationId as string | undefined) ?? null,
    subject: value(subject) ?? "",
    from: null,
    to: appointment ? [] : toPeople(value(to)),
    cc: appointment ? [] : toPeople(value(cc)),
    ...(appointment ? { start: value(start)?.toISOString(), end: value(end)?.toISOString(), attendees } : {}),
  });
}

function readReadItem(mailbox: Office.Mailbox, item: AnyItem, kind: ItemKind): HostItem {
  const appointment = kind === "appointment-attendee";
  const restId = item.itemId ? toRestId(mailbox, item.itemId) : null;
  const base = {
    kind,
    restId,
    conversationId: (item.conversationId as string | undefined) ?? null,
    subject: (item.subject as unknown as string) ?? "",
  };
  if (appointment) {
    const required = toPeople(item.requiredAttendees as unknown as Office.EmailAddressDetails[]);
    const optional = toPeople(item.optionalAttendees as unknown as Office.EmailAddressDetails[]);
    return {
      ...base,
      from: toPerson(item.organizer as unknown as Office.EmailAddressDetails),
      to: [],
      cc: [],
      start: (item.start as unknown as Date | undefined)?.toISOString(),
      end: (item.end as unknown as Date | undefined)?.toISOString(),
      attendees: [...required, ...optional],
    };
  }
  const created = item.dateTimeCreated as unknown as Date | undefined;
  return {
    ...base,
    ...(created ? { receivedAt: created.toISOString() } : {}),
    from: toPerson(item.from as unknown as Office.EmailAddressDetails),
    to: toPeople(item.to as unknown as Office.EmailAddressDetails[]),
    cc: toPeople(item.cc as unknown as Office.EmailAddressDetails[]),
  };
}

/** Reads Outlook's current item into a HostItem; `mailbox.item` is null between selections. */
export async function readOutlookItem(mailbox: Office.Mailbox): Promise<Result<HostItem | null>> {
  const item = mailbox.item as unknown as AnyItem | null | undefined;
  if (!item) return ok(null);
  try {
    const kind = kindOf(item);
    if (kind === "message-read" || kind === "appointment-attendee")
      return ok(readReadItem(mailbox, item, kind));
    return await readComposeItem(mailbox, item, kind);
  } catch (cause) {
    return err(hostErrors.office("läsa mailet|read the mail", cause));
  }
}

/**
 * The start of the open item's text, at most `limit` characters: what a new applicant wrote, for
 * the language and process guesses. Read only when asked (the add-candidate form), never for the
 * pane's first paint. null when there is no item or it has no body.
 */
export async function readOutlookBodyText(
  mailbox: Office.Mailbox,
  limit: number,
): Promise<Result<string | null>> {
  const body = (mailbox.item as unknown as { body?: Office.Body } | null | undefined)?.body;
  if (!body || typeof body.getAsync !== "function") return ok(null);
  const text = await officeAsync<string>(
    (cb) => body.getAsync(Office.CoercionType.Text, cb),
    (cause) => hostErrors.office("läsa mejlets text|read the mail's text", cause),
  );
  if (!text.ok) return text;
  const start = (text.value ?? "").trim().slice(0, limit);
  return ok(start === "" ? null : start);
}
