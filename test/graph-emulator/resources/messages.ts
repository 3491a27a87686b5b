// Mail: /me/messages, /me/mailFolders/{folder}/messages, drafts, createReply, send, sendMail,
// folder delta. Listing by extended property uses the store's index (the scale seed needs it).
import { badRequest, GraphError, outlookNotFound, outlookStale } from "../errors";
import { findExtendedPropertyEquality } from "../odata/evaluate";
import { filterAndOrder, page, type ListOptions } from "../odata/list";
import type { ODataQuery } from "../odata/query";
import { shape } from "../odata/shape";
import { json, query, type Ctx, type Res, type Router } from "../router";
import type { Json, Store } from "../store";
import { checkIfMatch, emailAddress, ownerAddress, userContext } from "./common";
import { messageDelta } from "./messageDelta";
import {
  createMessage,
  customHeaders,
  deleteMessage,
  MESSAGE_PROPERTIES,
  moveMessage,
  patchMessage,
  withoutCustomHeaders,
  type MessageInput,
} from "./messageRecords";

const NAV = ["singleValueExtendedProperties", "multiValueExtendedProperties", "attachments", "extensions"];
const SHAPE = {
  navigation: NAV,
  properties: MESSAGE_PROPERTIES,
  typeName: "microsoft.graph.message",
  selectOnly: ["internetMessageHeaders", "uniqueBody"],
};
const byReceivedDesc = (a: Json, b: Json): number => {
  const x = String(a["receivedDateTime"]);
  const y = String(b["receivedDateTime"]);
  return x < y ? 1 : x > y ? -1 : 0;
};

/** `Prefer: IdType="ImmutableId"`: ids survive a move between folders. */
function immutableIds(ctx: Ctx): boolean {
  return /IdType\s*=\s*"?ImmutableId"?/i.test(ctx.headers["prefer"] ?? "");
}

function folderOrThrow(store: Store, nameOrId: string): string {
  const id = store.folderIdOf(nameOrId);
  if (!id) throw outlookNotFound();
  return id;
}

function messageOrThrow(store: Store, id: string): Json {
  const m = store.messages.get(id);
  if (!m) throw outlookNotFound();
  return m;
}

function candidates(store: Store, q: ODataQuery, folderId: string | null): Iterable<Json> {
  const hint = q.filter ? findExtendedPropertyEquality(q.filter, "singleValueExtendedProperties") : null;
  const source = hint ? store.messagesWithProperty(hint.id, hint.value) : store.messages.values();
  if (folderId === null) return source;
  const out: Json[] = [];
  for (const m of source) if (m["parentFolderId"] === folderId) out.push(m);
  return out;
}

function listMessages(ctx: Ctx, folderId: string | null, tail: string): Res {
  const q = query(ctx);
  const opts: ListOptions = {
    url: `${ctx.base}${ctx.path}`,
    params: ctx.params,
    context: userContext(ctx, tail),
    pageSize: 10,
    maxTop: 1000,
    ...SHAPE,
    defaultOrder: byReceivedDesc,
  };
  const items = filterAndOrder(candidates(ctx.store, q, folderId), q, opts);
  return { status: 200, body: page(items, q, opts) };
}

function presentMessage(ctx: Ctx, rec: Json, q: ODataQuery | null): Json {
  return { "@odata.context": userContext(ctx, "messages/$entity"), ...shape(rec, q, SHAPE) };
}

function created(ctx: Ctx, rec: Json): Res {
  return {
    status: 201,
    headers: {
      Location: `${ctx.base}/users('${String(ctx.store.user["id"])}')/messages('${String(rec["id"])}')`,
    },
    body: presentMessage(ctx, rec, null),
  };
}

function inputFrom(body: Json): MessageInput {
  return body as MessageInput;
}

function createReply(ctx: Ctx, original: Json): Res {
  const body = json(ctx);
  const extra = (body["message"] ?? {}) as Json;
  const comment = typeof body["comment"] === "string" ? body["comment"] : "";
  const origBody = (original["body"] ?? {}) as Json;
  const from = original["from"] as Json | null;
  const draft = createMessage(ctx.store, folderOrThrow(ctx.store, "drafts"), {
    ...inputFrom(extra),
    isDraft: true,
    subject: `RE: ${String(original["subject"] ?? "")}`,
    conversationId: String(original["conversationId"]),
    toRecipients: (extra["toRecipients"] as Json[] | undefined) ?? (from ? [from] : []),
    body: {
      contentType: "html",
      content: `<html><body>${comment}<hr><div>${String(origBody["content"] ?? "")}</div></body></html>`,
    },
  });
  return created(ctx, draft);
}

/** POST …/reply: createReply and send in one step (202, no body). */
function reply(ctx: Ctx, original: Json): Res {
  const draft = createReply(ctx, original).body as Json;
  return send(ctx, ctx.store.messages.get(String(draft["id"]))!);
}

function send(ctx: Ctx, rec: Json): Res {
  if (rec["isDraft"] !== true) {
    throw new GraphError(400, "ErrorInvalidOperation", "Only drafts can be sent.");
  }
  const now = ctx.store.nowIso();
  rec["isDraft"] = false;
  rec["isRead"] = true;
  rec["sentDateTime"] = now;
  rec["receivedDateTime"] = now;
  rec["from"] = ownerAddress(ctx.store);
  rec["sender"] = rec["from"];
  withoutCustomHeaders(rec);
  moveMessage(ctx.store, rec, folderOrThrow(ctx.store, "sentitems"), immutableIds(ctx));
  return { status: 202 };
}

function sendMail(ctx: Ctx): Res {
  const body = json(ctx);
  const message = body["message"];
  if (message === null || typeof message !== "object")
    throw badRequest("The message property is required.", "ErrorInvalidRequest");
  const input = inputFrom(message as Json);
  if (!input.toRecipients?.length && !input.ccRecipients?.length && !input.bccRecipients?.length) {
    throw new GraphError(
      400,
      "ErrorInvalidRecipients",
      "At least one recipient is required, but none were found.",
    );
  }
  // Checked as Graph checks them, then left to the recipients' copies (withoutCustomHeaders).
  customHeaders(input.internetMessageHeaders);
  if (body["saveToSentItems"] !== false) {
    createMessage(ctx.store, folderOrThrow(ctx.store, "sentitems"), {
      ...input,
      internetMessageHeaders: [],
      isDraft: false,
      isRead: true,
      from: ownerAddress(ctx.store),
    });
  } else {
    ctx.store.changed();
  }
  return { status: 202 };
}

function mailFolderJson(ctx: Ctx, f: Json): Json {
  let total = 0;
  let unread = 0;
  for (const m of ctx.store.messages.values()) {
    if (m["parentFolderId"] !== f["id"]) continue;
    total++;
    if (m["isRead"] !== true) unread++;
  }
  return shape({ ...f, totalItemCount: total, unreadItemCount: unread }, query(ctx), {
    navigation: ["messages", "childFolders", "messageRules"],
  });
}

export function registerMessages(router: Router): void {
  router
    .on("GET", "/me/messages", (ctx) => listMessages(ctx, null, "messages"))
    .on("POST", "/me/messages", (ctx) =>
      created(
        ctx,
        createMessage(ctx.store, folderOrThrow(ctx.store, "drafts"), {
          ...inputFrom(json(ctx)),
          isDraft: true,
        }),
      ),
    )
    .on("GET", "/me/mailFolders", (ctx) => ({
      status: 200,
      body: {
        "@odata.context": userContext(ctx, "mailFolders"),
        value: [...ctx.store.mailFolders.values()].map((f) => mailFolderJson(ctx, f)),
      },
    }))
    .on("GET", "/me/mailFolders/:folder", (ctx, p) => ({
      status: 200,
      body: {
        "@odata.context": userContext(ctx, "mailFolders/$entity"),
        ...mailFolderJson(ctx, ctx.store.mailFolders.get(folderOrThrow(ctx.store, p["folder"]!))!),
      },
    }))
    .on("GET", "/me/mailFolders/:folder/messages/delta", (ctx, p) =>
      messageDelta(ctx, folderOrThrow(ctx.store, p["folder"]!), SHAPE),
    )
    .on("GET", "/me/mailFolders/:folder/messages", (ctx, p) =>
      listMessages(ctx, folderOrThrow(ctx.store, p["folder"]!), `mailFolders('${p["folder"]!}')/messages`),
    )
    .on("POST", "/me/mailFolders/:folder/messages", (ctx, p) => {
      const folderId = folderOrThrow(ctx.store, p["folder"]!);
      const isDraft = folderId === ctx.store.folderIdOf("drafts");
      return created(ctx, createMessage(ctx.store, folderId, { isDraft, ...inputFrom(json(ctx)) }));
    })
    .on("POST", "/me/sendMail", sendMail);
  for (const prefix of ["/me/messages/:id", "/me/mailFolders/:folder/messages/:id"]) {
    router
      .on("GET", prefix, (ctx, p) => ({
        status: 200,
        body: presentMessage(ctx, messageOrThrow(ctx.store, p["id"]!), query(ctx)),
      }))
      .on("PATCH", prefix, (ctx, p) => {
        const rec = messageOrThrow(ctx.store, p["id"]!);
        checkIfMatch(ctx, String(rec["@odata.etag"]), outlookStale);
        patchMessage(ctx.store, rec, json(ctx));
        return { status: 200, body: presentMessage(ctx, rec, null) };
      })
      .on("DELETE", prefix, (ctx, p) => {
        const rec = messageOrThrow(ctx.store, p["id"]!);
        checkIfMatch(ctx, String(rec["@odata.etag"]), outlookStale);
        deleteMessage(ctx.store, rec);
        return { status: 204 };
      })
      // message: move — a new copy in the destination (a new id unless ImmutableId), answered whole.
      .on("POST", `${prefix}/move`, (ctx, p) => {
        const rec = messageOrThrow(ctx.store, p["id"]!);
        const destination = json(ctx)["destinationId"];
        if (typeof destination !== "string" || destination === "")
          throw new GraphError(400, "ErrorInvalidIdMalformed", "destinationId is required.");
        moveMessage(ctx.store, rec, folderOrThrow(ctx.store, destination), immutableIds(ctx));
        return { status: 201, body: presentMessage(ctx, rec, null) };
      })
      .on("POST", `${prefix}/createReply`, (ctx, p) => createReply(ctx, messageOrThrow(ctx.store, p["id"]!)))
      .on("POST", `${prefix}/reply`, (ctx, p) => reply(ctx, messageOrThrow(ctx.store, p["id"]!)))
      .on("POST", `${prefix}/send`, (ctx, p) => send(ctx, messageOrThrow(ctx.store, p["id"]!)));
  }
}

/**
 * For the workbench and e2e tests: a new mail arrives in the inbox (POST /_emulator/deliver).
 * `{ from: { name, address }, subject, body, inReplyTo?: messageId, singleValueExtendedProperties? }`;
 * with inReplyTo the mail joins that message's conversation (and takes "RE: subject" by default).
 */
export function deliverInbound(store: Store, input: Json, _origin: string): Json {
  const from = input["from"] as { name?: string; address?: string } | undefined;
  const original =
    typeof input["inReplyTo"] === "string" ? store.messages.get(input["inReplyTo"]) : undefined;
  if (input["inReplyTo"] !== undefined && !original) throw outlookNotFound();
  const rec = createMessage(store, store.folderIdOf("inbox")!, {
    ...(input as MessageInput),
    ...(original
      ? {
          conversationId: String(original["conversationId"]),
          subject:
            typeof input["subject"] === "string" ? input["subject"] : `RE: ${String(original["subject"])}`,
        }
      : {}),
    from: from?.address ? emailAddress(from.name ?? from.address, from.address) : (input["from"] as Json),
    toRecipients: [ownerAddress(store)],
    isDraft: false,
    isRead: false,
  });
  return shape(rec, null, { navigation: [] });
}
