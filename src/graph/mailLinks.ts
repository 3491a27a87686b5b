// Mails ↔ candidates (MailLinksPort): Svara's named extended property `{processId}/{candidateId}`
// plus the process category on the message (docs/decisions/0002).
import type { Message, OutlookCategory } from "@microsoft/microsoft-graph-types";
import { ok, type Result } from "../domain/result";
import type { BatchOptions } from "./batch";
import { isNotFound, type GraphAppError } from "./graphError";
import type { GraphHttp } from "./graphHttp";
import type { MailLinksPort, MailSummary } from "./ports";
import { MailFolderIds } from "./adapters-support/mailFolders";
import { MESSAGE_EXPAND, MESSAGE_SELECT, toMailSummary } from "./adapters-support/mailSummary";
import { readCollectionPage } from "./adapters-support/answerShape";
import { SHAPES } from "./adapters-support/listingShapes";
import { allPages } from "./adapters-support/paging";
import { seg, withQuery } from "./adapters-support/query";
import {
  CANDIDATE_PROPERTY,
  expandProperties,
  linkValue,
  propertyEquals,
  propertyValue,
} from "./adapters-support/svaraProperties";
import { getWithFolders } from "./adapters-support/withFolders";
import type { CandidateRef } from "../domain";

/** Someone else may change the mail's categories between our read and our write; we re-read. */
const LINK_ATTEMPTS = 3;
const DEFAULT_TOP = 100;

// Outlook's 25 preset colours; a category keeps the same colour on every device and every run.
const presetFor = (name: string): string => {
  let h = 0;
  for (const ch of name) h = (h * 31 + ch.codePointAt(0)!) >>> 0;
  return `preset${h % 25}`;
};

export function createMailLinks(http: GraphHttp, batchOptions: BatchOptions = {}): MailLinksPort {
  const folders = new MailFolderIds();

  async function link(messageId: string, ref: CandidateRef, category: string): Promise<Result<void>> {
    return relink(messageId, ref, category, null);
  }

  async function relink(
    messageId: string,
    ref: CandidateRef | null,
    category: string | null,
    oldCategory: string | null,
  ): Promise<Result<void>> {
    const path = `/me/messages/${seg(messageId)}`;
    const value = ref ? linkValue(ref) : "";
    for (let attempt = 1; ; attempt++) {
      const got = await http.get<Message & { "@odata.etag"?: string }>(
        withQuery(path, { $select: "categories", $expand: expandProperties(CANDIDATE_PROPERTY) }),
      );
      if (!got.ok) return got;
      const message = got.value.body;
      const categories = message.categories ?? [];
      // The recruiter's own categories stay; ours is swapped (or only added, for a plain link).
      const kept = categories.filter((c) => c !== oldCategory || c === category);
      const wanted = category === null || kept.includes(category) ? kept : [...kept, category];
      const linked = (propertyValue(message, CANDIDATE_PROPERTY) ?? "") === value;
      if (linked && wanted.length === categories.length && wanted.every((c, i) => c === categories[i]))
        return ok(undefined);
      // PATCH replaces the whole categories list: send the recruiter's own ones back with ours.
      const patched = await http.patch(
        path,
        { categories: wanted, singleValueExtendedProperties: [{ id: CANDIDATE_PROPERTY, value }] },
        {
          idempotent: true,
          headers: message["@odata.etag"] ? { "If-Match": message["@odata.etag"] } : {},
        },
      );
      if (patched.ok) return ok(undefined);
      if (patched.error.status !== 412 || attempt >= LINK_ATTEMPTS) return patched;
    }
  }

  async function messageWithLink(messageId: string): Promise<Result<MailSummary | null>> {
    const path = withQuery(`/me/messages/${seg(messageId)}`, {
      $select: MESSAGE_SELECT,
      $expand: MESSAGE_EXPAND,
    });
    const got = await getWithFolders<Message>(http, folders, path, batchOptions);
    if (!got.ok) return isNotFound(got.error) ? ok(null) : got;
    return ok(toMailSummary(got.value.body, folders.folderOf));
  }

  async function messagesOfCandidate(
    ref: CandidateRef,
    top: number = DEFAULT_TOP,
  ): Promise<Result<readonly MailSummary[]>> {
    // No $orderby: Exchange refuses to sort a filter on an extended property ("InefficientFilter").
    const first = withQuery("/me/messages", {
      $filter: propertyEquals(CANDIDATE_PROPERTY, linkValue(ref)),
      $select: MESSAGE_SELECT,
      $expand: MESSAGE_EXPAND,
      $top: Math.min(top, 1000),
    });
    const head = await getWithFolders<unknown>(http, folders, first, batchOptions);
    if (!head.ok) return head;
    const page = readCollectionPage<Message>(head.value.body, "candidate mails", SHAPES.messages);
    if (!page.ok) return page;
    const messages = [...page.value.value];
    const next = page.value.nextLink;
    if (next && messages.length < top) {
      const rest = await allPages<Message>(http, next, {
        limit: top - messages.length,
        what: "candidate mails",
        shape: SHAPES.messages,
      });
      if (!rest.ok) return rest;
      messages.push(...rest.value.items);
    }
    return ok(
      messages
        .map((m) => toMailSummary(m, folders.folderOf))
        .sort((a, b) => b.at.localeCompare(a.at))
        .slice(0, top),
    );
  }

  async function ensureCategory(name: string): Promise<Result<void>> {
    const skipped = (e: GraphAppError): Result<void> =>
      e.status === 403 ? ok(undefined) : { ok: false, error: e };
    const list = await allPages<OutlookCategory>(http, "/me/outlook/masterCategories", {
      what: "categories",
      shape: SHAPES.categories,
    });
    if (!list.ok) return skipped(list.error);
    const lower = name.toLowerCase();
    if (list.value.items.some((c) => c.displayName?.toLowerCase() === lower)) return ok(undefined);
    // A lost answer is harmless: the retry meets 409 "already exists", which is what we wanted.
    const made = await http.post(
      "/me/outlook/masterCategories",
      { displayName: name, color: presetFor(name) },
      { idempotent: true },
    );
    if (made.ok || made.error.status === 409) return ok(undefined);
    return skipped(made.error);
  }

  /** Into Deleted Items (the recruiter chose to delete an erased candidate's mails): the mail's id
   * after the move, null when it is gone already. A move sent twice moves an already moved mail,
   * which changes nothing but its id. */
  async function moveToDeletedItems(messageId: string): Promise<Result<string | null>> {
    const moved = await http.post<Message>(
      `/me/messages/${seg(messageId)}/move`,
      { destinationId: "deleteditems" },
      { idempotent: true },
    );
    if (!moved.ok) return isNotFound(moved.error) ? ok(null) : moved;
    return ok(moved.value.body?.id ?? messageId);
  }

  return { link, relink, messageWithLink, messagesOfCandidate, ensureCategory, moveToDeletedItems };
}
