// Deterministic ids for contacts that come from a mail, so every path that sees the same mail —
// the OnMessageSend handler, the delta of Sent Items and of the inbox, the pane adding a candidate
// from their application — logs it once.
//
// The scheme, in order of preference:
//   1. the mail carries Svara's send id (stamped by the send handler: the custom property
//      svaraSend on the sender's item, which reaches Sent Items, or the X-Svara-Send header):
//        contact id `send:{uuid}`, command id `send:{uuid}>{processId}/{candidateId}`
//   2. otherwise `mail:{key}`, command id `mail:{key}>{processId}/{candidateId}`, where {key} is
//      the RFC 5322 Message-ID without its angle brackets when known (the same in the sender's
//      Sent Items and the recipient's inbox, across folder moves), else the Graph message id.
// The contact id goes into the process document and OneNote's data-id; the command id into the
// outbox, with the candidate because one mail can reach two candidates and the outbox keeps one
// command per id.

import { sendContactId, sendIdFromHeaders, sendIdFromProperty } from "./sentMail";

interface MailHeader {
  readonly name?: string | null;
  readonly value?: string | null;
}

export interface MailIdentity {
  readonly id: string;
  readonly internetMessageId?: string | null;
  /** Graph's internetMessageHeaders, when the adapter asked for them. */
  readonly internetMessageHeaders?: readonly MailHeader[] | null;
  /** The send handler's custom property svaraSend, when the adapter read it (Sent Items). */
  readonly sendProperty?: string | null;
}

/** The send handler's id on the mail (sentMail.ts); null when it carries none. */
function sendIdOf(mail: MailIdentity): string | null {
  return sendIdFromProperty(mail.sendProperty) ?? sendIdFromHeaders(mail.internetMessageHeaders);
}

/** Within this of each other, an email contact with the same subject and direction is the same mail
 * (one side may not have known the mail's ids: a send handler in compose mode, a Sent Items copy
 * without its headers). Used by contact detection and by the log itself (transitions/contacts.ts). */
export const SAME_MAIL_WINDOW_MS = 10 * 60_000;

function mailKey(mail: MailIdentity): string {
  const internet = mail.internetMessageId?.trim().replace(/^<|>$/g, "");
  return internet ? internet : mail.id;
}

export function mailContactId(mail: MailIdentity): string {
  const sendId = sendIdOf(mail);
  return sendId ? sendContactId(sendId) : `mail:${mailKey(mail)}`;
}

export function mailCommandId(mail: MailIdentity, processId: string, candidateId: string): string {
  return `${mailContactId(mail)}>${processId}/${candidateId}`;
}
