// Building and changing message records with every property Graph returns for a message.
import { GraphError } from "../errors";
import { graphIso, type Json, type Store } from "../store";
import { htmlToText, mergeExtendedProperties, ownerAddress } from "./common";

export interface MessageInput {
  id?: string;
  subject?: string;
  body?: { contentType?: string; content?: string };
  from?: Json | null;
  toRecipients?: Json[];
  ccRecipients?: Json[];
  bccRecipients?: Json[];
  replyTo?: Json[];
  categories?: string[];
  singleValueExtendedProperties?: Json[];
  receivedDateTime?: string;
  sentDateTime?: string | null;
  isRead?: boolean;
  isDraft?: boolean;
  importance?: string;
  conversationId?: string;
  internetMessageId?: string;
  hasAttachments?: boolean;
  /** Custom headers ("x-…") set on create; Graph adds the standard ones. */
  internetMessageHeaders?: Json[];
}

/** Graph accepts only custom headers on create, named x-… (case-insensitive). */
export function customHeaders(list: unknown): Json[] {
  if (list === undefined || list === null) return [];
  if (!Array.isArray(list))
    throw new GraphError(400, "ErrorInvalidRequest", "internetMessageHeaders must be an array.");
  return (list as Json[]).map((h) => {
    const name = h["name"];
    if (typeof name !== "string" || !/^x-/i.test(name) || typeof h["value"] !== "string") {
      throw new GraphError(
        400,
        "InvalidInternetMessageHeader",
        `The internet message header name '${String(name)}' should start with 'x-' or 'X-'.`,
      );
    }
    return { name, value: h["value"] };
  });
}

/** The sender's copy in Sent Items has no custom internet headers: they travel to the recipients
 * only ("internet headers just do not exist on the copy in Sent Items", Microsoft's Graph docs team,
 * microsoftgraph/microsoft-graph-docs issue #2716; office-js-docs-pr issue #5057). */
export function withoutCustomHeaders(rec: Json): void {
  const headers = (rec["internetMessageHeaders"] as Json[] | undefined) ?? [];
  rec["internetMessageHeaders"] = headers.filter((h) => !/^x-/i.test(String(h["name"])));
}

function address(r: unknown): string {
  const e = (r as { emailAddress?: { name?: string; address?: string } } | null)?.emailAddress;
  if (!e) return "";
  return e.name ? `${e.name} <${String(e.address)}>` : String(e.address);
}

/** Every property of microsoft.graph.message the emulator knows ($select of others is a 400). */
export const MESSAGE_PROPERTIES = [
  "id",
  "createdDateTime",
  "lastModifiedDateTime",
  "changeKey",
  "categories",
  "receivedDateTime",
  "sentDateTime",
  "hasAttachments",
  "internetMessageId",
  "subject",
  "bodyPreview",
  "importance",
  "parentFolderId",
  "conversationId",
  "conversationIndex",
  "isDeliveryReceiptRequested",
  "isReadReceiptRequested",
  "isRead",
  "isDraft",
  "webLink",
  "inferenceClassification",
  "body",
  "sender",
  "from",
  "toRecipients",
  "ccRecipients",
  "bccRecipients",
  "replyTo",
  "flag",
  "uniqueBody",
  "internetMessageHeaders",
] as const;

function preview(body: Json): string {
  const content = String(body["content"] ?? "");
  const text = body["contentType"] === "html" ? htmlToText(content) : content;
  return text.slice(0, 255);
}

export function createMessage(store: Store, folderId: string, input: MessageInput): Json {
  const id = input.id ?? store.newId("AAMkAGVmMDEzMTM4LTZmYWUtNDdkNC1hMDZiLTU1OGY5OTZhYmY4OABGAAAAAA");
  const now = store.nowIso();
  if (input.receivedDateTime) input = { ...input, receivedDateTime: graphIso(input.receivedDateTime) };
  if (input.sentDateTime) input = { ...input, sentDateTime: graphIso(input.sentDateTime) };
  const body: Json = { contentType: input.body?.contentType ?? "html", content: input.body?.content ?? "" };
  const isDraft = input.isDraft ?? false;
  const from = input.from === undefined ? (isDraft ? null : ownerAddress(store)) : input.from;
  const conversationId = input.conversationId ?? store.newId("AAQkAGVmMDEzMTM4");
  const rec: Json = {
    id,
    createdDateTime: input.receivedDateTime ?? now,
    lastModifiedDateTime: input.receivedDateTime ?? now,
    changeKey: "",
    categories: input.categories ?? [],
    receivedDateTime: input.receivedDateTime ?? now,
    sentDateTime:
      input.sentDateTime === undefined
        ? isDraft
          ? null
          : (input.receivedDateTime ?? now)
        : input.sentDateTime,
    hasAttachments: input.hasAttachments ?? false,
    internetMessageId: input.internetMessageId ?? `<${id.slice(-24)}@svara-demo.se>`,
    subject: input.subject ?? "",
    bodyPreview: preview(body),
    importance: input.importance ?? "normal",
    parentFolderId: folderId,
    conversationId,
    conversationIndex: Buffer.from(conversationId.slice(0, 22)).toString("base64"),
    isDeliveryReceiptRequested: false,
    isReadReceiptRequested: false,
    isRead: input.isRead ?? isDraft,
    isDraft,
    webLink: `https://outlook.office365.com/owa/?ItemID=${encodeURIComponent(id)}&exvsurl=1&viewmodel=ReadMessageItem`,
    inferenceClassification: "focused",
    body,
    sender: from,
    from,
    toRecipients: input.toRecipients ?? [],
    ccRecipients: input.ccRecipients ?? [],
    bccRecipients: input.bccRecipients ?? [],
    replyTo: input.replyTo ?? [],
    flag: { flagStatus: "notFlagged" },
    singleValueExtendedProperties: mergeExtendedProperties([], input.singleValueExtendedProperties ?? []),
    uniqueBody: body,
    internetMessageHeaders: [] as Json[],
  };
  const custom = customHeaders(input.internetMessageHeaders);
  rec["internetMessageHeaders"] = [
    { name: "MIME-Version", value: "1.0" },
    {
      name: "Content-Type",
      value: body["contentType"] === "html" ? "text/html; charset=utf-8" : "text/plain; charset=utf-8",
    },
    { name: "Message-ID", value: rec["internetMessageId"] },
    { name: "Date", value: new Date(String(rec["sentDateTime"] ?? now)).toUTCString() },
    { name: "From", value: address(from) },
    { name: "To", value: (rec["toRecipients"] as Json[]).map(address).join(", ") },
    { name: "Subject", value: rec["subject"] },
    ...custom,
  ];
  store.messages.set(id, rec);
  store.touchOutlook(rec);
  if (input.receivedDateTime) {
    rec["lastModifiedDateTime"] = input.receivedDateTime;
    rec["createdDateTime"] = input.receivedDateTime;
  }
  store.indexMessage(rec);
  return rec;
}

const PATCHABLE = [
  "subject",
  "body",
  "toRecipients",
  "ccRecipients",
  "bccRecipients",
  "replyTo",
  "from",
  "categories",
  "isRead",
  "importance",
  "flag",
  "inferenceClassification",
  "isDeliveryReceiptRequested",
  "isReadReceiptRequested",
];

export function patchMessage(store: Store, rec: Json, patch: Json): void {
  store.unindexMessage(rec);
  for (const key of PATCHABLE) {
    if (key in patch) rec[key] = patch[key];
  }
  if ("from" in patch) rec["sender"] = patch["from"];
  if ("body" in patch) {
    rec["bodyPreview"] = preview(rec["body"] as Json);
    rec["uniqueBody"] = rec["body"];
  }
  if ("singleValueExtendedProperties" in patch) {
    rec["singleValueExtendedProperties"] = mergeExtendedProperties(
      rec["singleValueExtendedProperties"],
      patch["singleValueExtendedProperties"],
    );
  }
  store.indexMessage(rec);
  store.touchOutlook(rec);
}

/**
 * Moves a message to another folder. Outlook's regular ids change when an item changes folder; only
 * with `Prefer: IdType="ImmutableId"` do they stay. Answers the message's id after the move.
 */
export function moveMessage(store: Store, rec: Json, folderId: string, immutableId: boolean): string {
  const from = String(rec["parentFolderId"]);
  const oldId = String(rec["id"]);
  if (from === folderId) return oldId;
  store.removedMessages.push({ id: oldId, folderId: from, seq: store.seq + 1 });
  if (!immutableId) {
    store.unindexMessage(rec);
    store.messages.delete(oldId);
    const newId = store.newId("AAMkAGVmMDEzMTM4LTZmYWUtNDdkNC1hMDZiLTU1OGY5OTZhYmY4OABGAAAAAA");
    rec["id"] = newId;
    rec["webLink"] =
      `https://outlook.office365.com/owa/?ItemID=${encodeURIComponent(newId)}&exvsurl=1&viewmodel=ReadMessageItem`;
    store.messages.set(newId, rec);
    store.indexMessage(rec);
  }
  rec["parentFolderId"] = folderId;
  store.touchOutlook(rec);
  return String(rec["id"]);
}

export function deleteMessage(store: Store, rec: Json): void {
  store.unindexMessage(rec);
  store.messages.delete(String(rec["id"]));
  store.removedMessages.push({
    id: String(rec["id"]),
    folderId: String(rec["parentFolderId"]),
    seq: ++store.seq,
  });
  store.changed();
}
