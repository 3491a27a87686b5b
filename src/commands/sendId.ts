// The id a sent mail carries from the moment the recruiter presses Send. The send handler stamps
// it on the outgoing mail as an internet header and logs the contact under it; when the delta of
// Sent Items later sees the very same mail, the header gives the same ids (contactIds.ts should
// prefer it, see mailContactIdWithSend), so the mail is logged once. Next to sync/contactIds.ts's
// `mail:{key}` scheme:
//   contact id   `send:{sendId}`
//   command id   `send:{sendId}>{processId}/{candidateId}`  (one mail can reach two candidates)

/** Custom headers must start with X-; a fixed name, so the mailbox's header quota is not eaten. */
export const SEND_HEADER = "X-Svara-Send";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export const sendContactId = (sendId: string): string => `send:${sendId}`;

export const sendCommandId = (sendId: string, processId: string, candidateId: string): string =>
  `${sendContactId(sendId)}>${processId}/${candidateId}`;

/** The send id in a mail's internet headers (Graph's internetMessageHeaders), if it carries one. */
export function sendIdFromHeaders(
  headers: readonly { readonly name?: string | null; readonly value?: string | null }[] | null | undefined,
): string | null {
  const header = headers?.find((h) => h.name?.toLowerCase() === SEND_HEADER.toLowerCase());
  const value = header?.value?.trim().toLowerCase() ?? "";
  // Anything else in that header was not written by Svara: treat the mail as unmarked.
  return UUID.test(value) ? value : null;
}

/**
 * The contact id the delta of Sent Items should use: `send:{id}` when the mail carries Svara's
 * header, else its own `mail:{key}`. The one-line change proposed for sync/contactIds.ts.
 */
export function mailContactIdWithSend(
  mailContactId: string,
  headers: Parameters<typeof sendIdFromHeaders>[0],
): string {
  const sendId = sendIdFromHeaders(headers);
  return sendId ? sendContactId(sendId) : mailContactId;
}

interface RandomSource {
  randomUUID?: () => string;
  getRandomValues?: <T extends ArrayBufferView | null>(array: T) => T;
}

/**
 * A fresh v4 UUID. Older JavaScript-only runtimes of classic Outlook have no `crypto` at all, so
 * this falls back to getRandomValues, then to Math.random: the id must be unique, not secret.
 */
export function newSendId(
  source: RandomSource | undefined = (globalThis as { crypto?: RandomSource }).crypto,
  random: () => number = Math.random,
): string {
  if (typeof source?.randomUUID === "function") return source.randomUUID().toLowerCase();
  const bytes = new Uint8Array(16);
  if (typeof source?.getRandomValues === "function") source.getRandomValues(bytes);
  else for (let i = 0; i < 16; i += 1) bytes[i] = Math.floor(random() * 256);
  bytes[6] = (bytes[6]! & 0x0f) | 0x40; // version 4
  bytes[8] = (bytes[8]! & 0x3f) | 0x80; // RFC 4122 variant
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
