// The id a sent mail carries from the moment the recruiter presses Send. The OnMessageSend handler
// stamps it on the outgoing mail and logs the contact under it; when the delta of Sent Items later
// sees the very same mail, the stamp gives the same contact id, so the mail is logged once,
// whichever path sees it first (and on whichever device). The stamp that reaches Sent Items is an
// Office custom property on the item ("When a message … with custom properties is sent, its
// properties can be accessed from the item in the Sent Items folder": Office.CustomProperties,
// learn.microsoft.com/javascript/api/outlook/office.customproperties). The internet header is
// on the recipients' copies only ("internet headers just do not exist on the copy in Sent Items":
// microsoft-graph-docs issue #2716), so it serves mail Svara reads in an inbox, not Sent Items.
//   contact id   `send:{sendId}`
//   command id   `send:{sendId}>{processId}/{candidateId}`  (one mail can reach two candidates)

/** Custom headers must start with X-; one fixed name, so the mailbox's header quota is not eaten. */
export const SEND_HEADER = "X-Svara-Send";

/** The Office custom property (item.loadCustomPropertiesAsync) holding the send id. */
export const SEND_PROPERTY = "svaraSend";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export const sendContactId = (sendId: string): string => `send:${sendId}`;

export const sendCommandId = (sendId: string, processId: string, candidateId: string): string =>
  `${sendContactId(sendId)}>${processId}/${candidateId}`;

/** The send id in a mail's internet headers, if it carries one that Svara wrote. */
export function sendIdFromHeaders(
  headers: readonly { readonly name?: string | null; readonly value?: string | null }[] | null | undefined,
): string | null {
  const header = headers?.find((h) => h.name?.toLowerCase() === SEND_HEADER.toLowerCase());
  const value = header?.value?.trim().toLowerCase() ?? "";
  // Anything else in that header was not written by Svara: treat the mail as unmarked.
  return UUID.test(value) ? value : null;
}

/** The send id in the custom property the send handler saved on the item, if it is one. */
export function sendIdFromProperty(value: string | null | undefined): string | null {
  const id = value?.trim().toLowerCase() ?? "";
  return UUID.test(id) ? id : null;
}
