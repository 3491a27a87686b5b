// Personalised drafts (DraftsPort), sent through $batch: 20 to a request, so 200 drafts are 10.
// Each draft carries its DraftRequest id; before anything is created, one listing of Svara's
// drafts finds those an earlier, interrupted try already made, so a retry makes no twin. A reply
// is two steps (createReply, then our text) and is only "created" once its text is in.
import type { Message } from "@microsoft/microsoft-graph-types";
import { isRetryable, ok, type AppError, type Result } from "../domain/result";
import { sendBatch, type BatchItem, type BatchItemResponse, type BatchOptions } from "./batch";
import type { GraphAppError } from "./graphError";
import type { GraphHttp } from "./graphHttp";
import type { DraftRequest, DraftsPort } from "./ports";
import {
  PENDING,
  createReplyItem,
  fillReplyItem,
  newMailItem,
  readBodyItem,
} from "./adapters-support/draftMessages";
import { deleteEach } from "./adapters-support/deleteEach";
import { keptDraft, type DraftCopy } from "./adapters-support/draftTwins";
import { missingIdError } from "./adapters-support/missingId";
import { SHAPES } from "./adapters-support/listingShapes";
import { allPages } from "./adapters-support/paging";
import { seg, withQuery } from "./adapters-support/query";
import {
  DRAFT_REQUEST_PROPERTY,
  ITEM_PROPERTY,
  expandProperties,
  propertyEquals,
  propertyValue,
} from "./adapters-support/svaraProperties";

type Created = { id: string; messageId: string };
type Failed = { id: string; error: AppError };

interface Existing {
  readonly messageId: string;
  /** A reply whose text never arrived (the try was cut between its two steps). */
  readonly pending: boolean;
}

export function createDrafts(http: GraphHttp, batchOptions: BatchOptions = {}): DraftsPort {
  async function existingDrafts(): Promise<
    Result<
      { byRequest: Map<string, Existing>; twins: Map<string, string[]>; requests: number },
      GraphAppError
    >
  > {
    const listed = await allPages<Message>(
      http,
      withQuery("/me/mailFolders/drafts/messages", {
        $filter: propertyEquals(ITEM_PROPERTY, "draft"),
        $select: "id,createdDateTime",
        $expand: expandProperties(DRAFT_REQUEST_PROPERTY),
        $top: 1000,
      }),
      { what: "drafts", shape: SHAPES.drafts },
    );
    if (!listed.ok) return listed;
    const copies = new Map<string, DraftCopy[]>();
    for (const m of listed.value.items) {
      const value = propertyValue(m, DRAFT_REQUEST_PROPERTY);
      if (!value || !m.id) continue;
      const pending = value.startsWith(PENDING);
      const id = pending ? value.slice(PENDING.length) : value;
      copies.set(id, [...(copies.get(id) ?? []), { remoteId: m.id, createdAt: m.createdDateTime, pending }]);
    }
    const byRequest = new Map<string, Existing>();
    const twins = new Map<string, string[]>();
    for (const [id, found] of copies) {
      const kept = keptDraft(found)!;
      byRequest.set(id, { messageId: kept.keeper.remoteId, pending: kept.keeper.pending });
      if (kept.twins.length > 0)
        twins.set(
          id,
          kept.twins.map((t) => t.remoteId),
        );
    }
    return ok({ byRequest, twins, requests: listed.value.requests });
  }

  /** Twins of the drafts asked for now go; one that will not go is left for the next look, since
   * the draft kept is made either way. */
  async function deleteTwins(drafts: readonly DraftRequest[], twins: ReadonlyMap<string, string[]>) {
    const items = drafts
      .flatMap((d) => twins.get(d.id) ?? [])
      .map((messageId, i): BatchItem => ({
        id: `t${i}`,
        method: "DELETE",
        url: `/me/messages/${seg(messageId)}`,
        idempotent: true,
      }));
    if (items.length === 0) return 0;
    const sent = await sendBatch(http, items, batchOptions);
    return sent.ok ? sent.value.roundTrips : 0;
  }

  /** One pass over the drafts not yet made: create, then fill replies. */
  async function pass(
    todo: readonly DraftRequest[],
    existing: ReadonlyMap<string, Existing>,
    created: Map<string, Created>,
    failed: Map<string, AppError>,
  ): Promise<Result<number>> {
    let requests = 0;
    const byKey = new Map<string, DraftRequest>();
    const first: BatchItem[] = [];
    todo.forEach((d, i) => {
      const key = `d${i}`;
      byKey.set(key, d);
      const had = existing.get(d.id);
      if (had && !had.pending) created.set(d.id, { id: d.id, messageId: had.messageId });
      else if (had) first.push(readBodyItem(key, had.messageId));
      else if (d.replyToMessageId) first.push(createReplyItem(key, d, d.replyToMessageId));
      else first.push(newMailItem(key, d));
    });
    const round1 = await sendBatch(http, first, batchOptions);
    if (!round1.ok) return round1;
    requests += round1.value.roundTrips;

    const second: BatchItem[] = [];
    const replyIds = new Map<string, string>();
    first.forEach((item, i) => {
      const draft = byKey.get(item.id)!;
      const answer = round1.value.results[i]!;
      if (!answer.ok) return void failed.set(draft.id, answer.error);
      const message = answer.value.body as Message | undefined;
      const messageId = message?.id;
      if (!messageId) return void failed.set(draft.id, missingIdError("draft"));
      if (item.method === "POST" && item.url === "/me/messages") {
        created.set(draft.id, { id: draft.id, messageId });
        failed.delete(draft.id);
      } else {
        replyIds.set(item.id, messageId);
        second.push(fillReplyItem(item.id, draft, messageId, message.body));
      }
    });
    if (second.length === 0) return ok(requests);
    const round2 = await sendBatch(http, second, batchOptions);
    if (!round2.ok) return round2;
    requests += round2.value.roundTrips;
    second.forEach((item, i) => {
      const draft = byKey.get(item.id)!;
      const answer: Result<BatchItemResponse, GraphAppError> = round2.value.results[i]!;
      if (!answer.ok) return void failed.set(draft.id, answer.error);
      created.set(draft.id, { id: draft.id, messageId: replyIds.get(item.id)! });
      failed.delete(draft.id);
    });
    return ok(requests);
  }

  async function createDraftsImpl(requested: readonly DraftRequest[]) {
    // The same request twice in one call is still one draft.
    const drafts = [...new Map(requested.map((d) => [d.id, d])).values()];
    const created = new Map<string, Created>();
    const failed = new Map<string, AppError>();
    let requests = 0;
    let todo = drafts;
    // The first pass, and one more for whatever was cut off: only after looking again, since a
    // create whose answer was lost may well have happened.
    for (let attempt = 1; attempt <= 2 && todo.length > 0; attempt++) {
      const existing = await existingDrafts();
      if (!existing.ok) return existing;
      requests += existing.value.requests;
      if (attempt === 1) requests += await deleteTwins(drafts, existing.value.twins);
      const passed = await pass(todo, existing.value.byRequest, created, failed);
      if (!passed.ok) return passed;
      requests += passed.value;
      todo = drafts.filter((d) => !created.has(d.id) && isRetryable(failed.get(d.id)));
    }
    return ok({
      created: drafts.filter((d) => created.has(d.id)).map((d) => created.get(d.id)!),
      failed: drafts
        .filter((d) => !created.has(d.id))
        .map((d): Failed => ({ id: d.id, error: failed.get(d.id) ?? missingIdError("draft") })),
      requests,
    });
  }

  /** An erasure (decision 0010): Svara's drafts (its item property) addressed to the candidate,
   * deleted. A draft she wrote herself is hers, and stays. */
  async function deleteDraftsTo(emails: readonly string[]): Promise<Result<number>> {
    const wanted = new Set(emails.map((e) => e.toLowerCase()));
    const listed = await allPages<Message>(
      http,
      withQuery("/me/mailFolders/drafts/messages", {
        $filter: propertyEquals(ITEM_PROPERTY, "draft"),
        $select: "id,toRecipients,ccRecipients",
        $top: 1000,
      }),
      { what: "drafts", shape: SHAPES.drafts },
    );
    if (!listed.ok) return listed;
    const theirs = listed.value.items.filter((m) =>
      [...(m.toRecipients ?? []), ...(m.ccRecipients ?? [])].some((r) =>
        wanted.has((r.emailAddress?.address ?? "").toLowerCase()),
      ),
    );
    return deleteEach(
      http,
      theirs.map((m) => `/me/messages/${seg(m.id!)}`),
    );
  }

  return { createDrafts: createDraftsImpl, deleteDraftsTo };
}
