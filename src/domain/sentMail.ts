// The id a sent mail carries from the moment the recruiter presses Send. The OnMessageSend handler
// stamps it on the outgoing mail as an internet header and logs the contact under it; when the
// delta of Sent Items later sees the very same mail, the header gives the same contact id, so the
// mail is logged once, whichever path sees it first (and on whichever device).
//   contact id   `send:{sendId}`
//   command id   `send:{sendId}>{processId}/{candidateId}`  (one mail can reach two candidates)

/** Custom headers must start with X-; one fixed name, so the mailbox's header quota is not eaten. */
export const SEND_HEADER = "X-Svara-Send";

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
