// The Graph requests behind a personalised draft: a new mail, or a reply made in two steps
// (createReply, then our text above the quoted original). Every draft carries SvaraItem = "draft"
// and its DraftRequest id; a reply carries "pending:{id}" until its text is in, and both tags again
// with its text (createReply may drop them).
import type { Message } from "@microsoft/microsoft-graph-types";
import type { BatchItem } from "../batch";
import type { DraftRequest } from "../ports";
import { seg } from "./query";
import { DRAFT_REQUEST_PROPERTY, ITEM_PROPERTY } from "./svaraProperties";

export const PENDING = "pending:";

const recipients = (draft: DraftRequest) =>
  draft.to.map((p) => ({ emailAddress: { name: p.name, address: p.email } }));

const tags = (value: string) => [
  { id: ITEM_PROPERTY, value: "draft" },
  { id: DRAFT_REQUEST_PROPERTY, value },
];

export function newMailItem(key: string, draft: DraftRequest): BatchItem {
  return {
    id: key,
    method: "POST",
    url: "/me/messages",
    body: {
      subject: draft.subject,
      body: { contentType: "html", content: draft.html },
      toRecipients: recipients(draft),
      singleValueExtendedProperties: tags(draft.id),
    },
  };
}

export function createReplyItem(key: string, draft: DraftRequest, replyTo: string): BatchItem {
  return {
    id: key,
    method: "POST",
    url: `/me/messages/${seg(replyTo)}/createReply`,
    body: {
      message: {
        toRecipients: recipients(draft),
        singleValueExtendedProperties: tags(`${PENDING}${draft.id}`),
      },
    },
  };
}

export function readBodyItem(key: string, messageId: string): BatchItem {
  return { id: key, method: "GET", url: `/me/messages/${seg(messageId)}?$select=id,body` };
}

/** Our text above the quoted original that createReply put in the draft. */
function replyBody(html: string, quoted: Message["body"]): string {
  const content = quoted?.content ?? "";
  const at = /<body[^>]*>/i.exec(content);
  if (!at) return `${html}${content}`;
  const end = at.index + at[0].length;
  return `${content.slice(0, end)}${html}${content.slice(end)}`;
}

export function fillReplyItem(
  key: string,
  draft: DraftRequest,
  messageId: string,
  quoted: Message["body"],
): BatchItem {
  return {
    id: key,
    method: "PATCH",
    url: `/me/messages/${seg(messageId)}`,
    // Sets values only: sending it twice is the same as once.
    idempotent: true,
    body: {
      subject: draft.subject,
      body: { contentType: "html", content: replyBody(draft.html, quoted) },
      // Tagged again in full: Graph documents createReply's `message`, not extended properties in
      // it (api-reference/v1.0/api/message-createreply.md), so they may have been dropped, and an
      // untagged draft is missed by the drafts listing and made twice on a retry.
      singleValueExtendedProperties: tags(draft.id),
    },
  };
}
