// A Graph message → the MailSummary sync and the UI read. Graph's message type stops here.
import type { Message, Recipient } from "@microsoft/microsoft-graph-types";
import type { Person } from "../../domain";
import type { MailFolder, MailSummary } from "../ports";
import { CUSTOM_PROPERTIES, sendPropertyOf } from "./officeCustomProperties";
import { CANDIDATE_PROPERTY, expandProperties, parseLinkValue, propertyValue } from "./svaraProperties";

/** Only what MailSummary needs: message bodies can be large and carry candidates' words. */
export const MESSAGE_SELECT = [
  "id",
  "subject",
  "from",
  "toRecipients",
  "ccRecipients",
  "receivedDateTime",
  "sentDateTime",
  "parentFolderId",
  "conversationId",
  "webLink",
  "categories",
  "isDraft",
  // The RFC 5322 Message-ID: the same in Sent Items and in every delta, so a mail is logged once.
  "internetMessageId",
].join(",");

/**
 * What contact detection reads of a delta's mail, per folder (sync/contactDetection.ts): a first
 * start reads thousands. The sender of inbound mail, the recipients of sent mail; the time it came
 * or went; the subject, the link and the ids that log a mail once. Not the body, the folder (the
 * delta is per folder), the thread or the categories — and not internetMessageHeaders: Sent
 * Items copies never carry the send handler's header (domain/sentMail.ts), its custom property
 * does, and the headers were a third of a first start's bytes (issue 13).
 */
export const DELTA_SELECT: Readonly<Record<"inbox" | "sentitems", string>> = {
  inbox: ["id", "subject", "from", "receivedDateTime", "webLink", "internetMessageId"].join(","),
  sentitems: [
    "id",
    "subject",
    "toRecipients",
    "ccRecipients",
    "sentDateTime",
    // Only when a copy lacks sentDateTime (toMailSummary's fallback).
    "receivedDateTime",
    "webLink",
    "internetMessageId",
  ].join(","),
};

export const MESSAGE_EXPAND = expandProperties(CANDIDATE_PROPERTY);
/** Sent Items also brings the add-in's custom properties: the send handler's send id is there. */
export const SENT_MESSAGE_EXPAND = expandProperties(CANDIDATE_PROPERTY, CUSTOM_PROPERTIES);

export type FolderOf = (parentFolderId: string | null | undefined, message: Message) => MailFolder;

const person = (r: Recipient | null | undefined): Person | null => {
  const address = r?.emailAddress?.address;
  if (!address) return null;
  return { name: r?.emailAddress?.name ?? address, email: address.toLowerCase() };
};

const people = (list: readonly Recipient[] | null | undefined): Person[] =>
  (list ?? []).map(person).filter((p): p is Person => p !== null);

export function toMailSummary(message: Message, folderOf: FolderOf): MailSummary {
  const folder = folderOf(message.parentFolderId, message);
  const outbound = folder === "sentitems" || folder === "drafts";
  return {
    id: message.id ?? "",
    subject: message.subject ?? "",
    from: person(message.from),
    to: people(message.toRecipients),
    cc: people(message.ccRecipients),
    at: (outbound ? (message.sentDateTime ?? message.receivedDateTime) : message.receivedDateTime) ?? "",
    folder,
    conversationId: message.conversationId ?? null,
    webLink: message.webLink ?? null,
    link: parseLinkValue(propertyValue(message, CANDIDATE_PROPERTY)),
    categories: [...(message.categories ?? [])],
    internetMessageId: message.internetMessageId ?? null,
    ...(sendPropertyOf(message) !== null ? { sendProperty: sendPropertyOf(message) } : {}),
    ...(message.internetMessageHeaders
      ? {
          internetMessageHeaders: message.internetMessageHeaders.map((h) => ({
            name: h.name ?? "",
            value: h.value ?? "",
          })),
        }
      : {}),
  };
}
