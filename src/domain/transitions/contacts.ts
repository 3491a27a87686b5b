// A call, a mail, a meeting in the candidate's log — once, however many paths saw it.

import { SAME_MAIL_WINDOW_MS } from "../mailContactIds";
import type { Candidate, ContactEvent } from "../model";

/** Two email contacts that are one mail seen by two paths: the send handler logs `send:{uuid}`, the
 * Sent Items delta `mail:{Message-ID}` when Exchange leaves the headers off the copy. */
function sameMail(a: ContactEvent, b: ContactEvent): boolean {
  return (
    a.channel === "email" &&
    b.channel === "email" &&
    a.kind !== "note" &&
    b.kind !== "note" &&
    a.direction === b.direction &&
    a.summary === b.summary &&
    Math.abs(Date.parse(a.at) - Date.parse(b.at)) <= SAME_MAIL_WINDOW_MS
  );
}

/** The contact in the candidate's log that stands for `contact`: the same id, else the same mail
 * logged under another id. The OneNote entry goes under that one's id, so one mail is one entry. */
export function loggedAs(candidate: Candidate, contact: ContactEvent): ContactEvent | undefined {
  return (
    candidate.contacts.find((c) => c.id === contact.id) ??
    candidate.contacts.find((c) => sameMail(c, contact))
  );
}

/** The candidate with the contact in their log; the same candidate when it is there already. */
export function logContact(candidate: Candidate, contact: ContactEvent): Candidate {
  const existing = loggedAs(candidate, contact);
  if (!existing) return { ...candidate, contacts: [...candidate.contacts, contact] };
  // The same mail: nothing new, except the Graph id and web link the earlier log may not have known.
  const newId = existing.id !== contact.id && existing.messageId === null && contact.messageId !== null;
  const newLink = !existing.webLink && Boolean(contact.webLink);
  if (!newId && !newLink) return candidate;
  const known: ContactEvent = {
    ...existing,
    ...(newId ? { messageId: contact.messageId } : {}),
    ...(newLink ? { webLink: contact.webLink } : {}),
  };
  return { ...candidate, contacts: candidate.contacts.map((c) => (c === existing ? known : c)) };
}
