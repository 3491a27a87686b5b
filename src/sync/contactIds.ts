// Deterministic ids for contacts that come from a mail, so every path that sees the same mail —
// the OnMessageSend handler, the delta sync of Sent Items, the pane adding a candidate from their
// application — logs it once.
//
// The scheme:
//   contact id   `mail:{key}`                       (the process document, OneNote's data-id)
//   command id   `mail:{key}>{processId}/{candidateId}` (the outbox's primary key)
// where {key} is the mail's RFC 5322 Message-ID without its angle brackets when known (it is the
// same in the sender's Sent Items, in the recipient's inbox and across folder moves), else the
// Graph message id. The command id adds the candidate because one mail can reach two candidates,
// and the outbox keeps one command per id: without it the second candidate's log would be lost.

export interface MailIdentity {
  readonly id: string;
  readonly internetMessageId?: string | null;
}

export function mailKey(mail: MailIdentity): string {
  const internet = mail.internetMessageId?.trim().replace(/^<|>$/g, "");
  return internet ? internet : mail.id;
}

export function mailContactId(mail: MailIdentity): string {
  return `mail:${mailKey(mail)}`;
}

export function mailCommandId(mail: MailIdentity, processId: string, candidateId: string): string {
  return `${mailContactId(mail)}>${processId}/${candidateId}`;
}
