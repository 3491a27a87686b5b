// Mail flows Svara uses: link a mail to a candidate, draft a reply, send it, sendMail, folder delta,
// master categories.
import { startEmulator, SVARA_PROPERTY_ID, type RunningEmulator } from "../../graph-emulator";
import { call, enc, get, type Json } from "./helpers";

let emu: RunningEmulator;
beforeAll(async () => {
  emu = await startEmulator({ port: 0, seed: "demo", now: "2026-11-24T15:00:00Z" });
});
afterAll(() => emu.close());

const inboxFrom = async (address: string): Promise<Json> => {
  const r = await get<{ value: Json[] }>(
    emu,
    `/me/mailFolders/inbox/messages?$filter=${enc(`from/emailAddress/address eq '${address}'`)}`,
  );
  return r.body.value[0]!;
};

it("links an unknown sender's mail to a new candidate with the property and the category", async () => {
  const mail = await inboxFrom("lars.nyberg@example.com");
  const r = await call<Json>(emu, "PATCH", `/me/messages/${mail["id"]}`, {
    body: {
      categories: ["Svara: Säljare – Solkraft AB"],
      singleValueExtendedProperties: [{ id: SVARA_PROPERTY_ID, value: "p-solkraft-saljare/c-lars-nyberg" }],
    },
  });
  expect(r.status).toBe(200);
  expect(r.body["categories"]).toEqual(["Svara: Säljare – Solkraft AB"]);
  const found = await get<{ value: Json[] }>(
    emu,
    `/me/messages?$filter=${enc(`singleValueExtendedProperties/any(ep: ep/id eq '${SVARA_PROPERTY_ID}' and ep/value eq 'p-solkraft-saljare/c-lars-nyberg')`)}`,
  );
  expect(found.body.value.map((m) => m["id"])).toEqual([mail["id"]]);
});

it("rejects a malformed extended property id with 400", async () => {
  const mail = await inboxFrom("lars.nyberg@example.com");
  const r = await call(emu, "PATCH", `/me/messages/${mail["id"]}`, {
    body: { singleValueExtendedProperties: [{ id: "SvaraCandidate", value: "x" }] },
  });
  expect(r.status).toBe(400);
});

it("drafts a reply with createReply, then sends it into Sent Items under a new id", async () => {
  const mail = await inboxFrom("asa.oberg@example.se");
  const draft = await call<Json>(emu, "POST", `/me/messages/${mail["id"]}/createReply`, {
    body: { comment: "Hej Åsa! Vi återkommer på fredag." },
  });
  expect(draft.status).toBe(201);
  expect(draft.body["isDraft"]).toBe(true);
  expect(String(draft.body["subject"])).toMatch(/^RE: /);
  expect((draft.body["toRecipients"] as Json[])[0]).toEqual(mail["from"]);
  expect(draft.body["conversationId"]).toBe(mail["conversationId"]);
  const sent = await call(emu, "POST", `/me/messages/${draft.body["id"]}/send`);
  expect(sent.status).toBe(202);
  // Outlook's regular ids change when an item changes folder.
  expect((await get(emu, `/me/messages/${draft.body["id"]}`)).status).toBe(404);
  const conv = await get<{ value: Json[] }>(
    emu,
    `/me/mailFolders/sentitems/messages?$filter=${enc(`conversationId eq '${String(mail["conversationId"])}'`)}&$top=50`,
  );
  const reply = conv.body.value.find((m) => m["subject"] === draft.body["subject"])!;
  expect(reply["isDraft"]).toBe(false);
  expect(reply["parentFolderId"]).toBe(emu.state.folderIdOf("sentitems"));
});

it('keeps the id through send with Prefer: IdType="ImmutableId"', async () => {
  const prefer = { Prefer: 'IdType="ImmutableId"' };
  const draft = await call<Json>(emu, "POST", "/me/messages", {
    body: { subject: "Besked", toRecipients: [{ emailAddress: { address: "li.wei@example.com" } }] },
    headers: prefer,
  });
  expect((await call(emu, "POST", `/me/messages/${draft.body["id"]}/send`, { headers: prefer })).status).toBe(
    202,
  );
  const inSent = await get<Json>(emu, `/me/messages/${draft.body["id"]}`);
  expect(inSent.body).toMatchObject({ isDraft: false, parentFolderId: emu.state.folderIdOf("sentitems") });
  expect((await call(emu, "POST", `/me/messages/${draft.body["id"]}/send`)).status).toBe(400);
});

it("creates a draft with POST /me/messages and sends mail with /me/sendMail", async () => {
  const d = await call<Json>(emu, "POST", "/me/messages", {
    body: { subject: "Utkast", toRecipients: [{ emailAddress: { address: "li.wei@example.com" } }] },
  });
  expect(d.status).toBe(201);
  expect(d.body["parentFolderId"]).toBe(emu.state.folderIdOf("drafts"));
  const before = emu.state.messages.size;
  const r = await call(emu, "POST", "/me/sendMail", {
    body: {
      message: {
        subject: "Besked",
        body: { contentType: "Text", content: "Hej!" },
        toRecipients: [{ emailAddress: { address: "juha.makinen@example.fi" } }],
      },
    },
  });
  expect(r.status).toBe(202);
  expect(emu.state.messages.size).toBe(before + 1);
  expect((await call(emu, "POST", "/me/sendMail", { body: { message: { subject: "x" } } })).status).toBe(400);
});

it("follows a folder's delta: all items first, then only what changed, with @removed", async () => {
  let link = "/me/mailFolders/inbox/messages/delta?$select=subject,isRead";
  const first: Json[] = [];
  let deltaLink = "";
  while (link) {
    const r: { body: Json } = await get(emu, link);
    first.push(...(r.body["value"] as Json[]));
    link = (r.body["@odata.nextLink"] as string | undefined) ?? "";
    deltaLink = (r.body["@odata.deltaLink"] as string | undefined) ?? deltaLink;
  }
  const inboxCount = [...emu.state.messages.values()].filter(
    (m) => m["parentFolderId"] === emu.state.folderIdOf("inbox"),
  ).length;
  expect(first).toHaveLength(inboxCount);
  expect(deltaLink).toMatch(/\$deltatoken=/);
  const target = first[0]!;
  await call(emu, "PATCH", `/me/messages/${target["id"]}`, { body: { isRead: true } });
  await call(emu, "DELETE", `/me/messages/${first[1]!["id"]}`);
  const next = await get<{ value: Json[]; "@odata.deltaLink": string }>(emu, deltaLink);
  expect(next.body.value).toHaveLength(2);
  expect(next.body.value[0]).toMatchObject({ id: target["id"], isRead: true });
  expect(next.body.value[1]).toMatchObject({ id: first[1]!["id"], "@removed": { reason: "deleted" } });
  expect(next.body["@odata.deltaLink"]).toBeDefined();
});

it("does not skip a mail when another changes while a folder's delta round is being paged", async () => {
  const page = async (link: string): Promise<{ ids: string[]; next?: string; delta?: string }> => {
    const r = await get<Json>(emu, link, { Prefer: "odata.maxpagesize=3" });
    return {
      ids: (r.body["value"] as Json[]).map((m) => String(m["id"])),
      next: r.body["@odata.nextLink"] as string | undefined,
      delta: r.body["@odata.deltaLink"] as string | undefined,
    };
  };
  const drain = async (link: string): Promise<{ ids: string[]; delta: string }> => {
    const ids: string[] = [];
    let at = link;
    for (;;) {
      const p = await page(at);
      ids.push(...p.ids);
      if (p.delta) return { ids, delta: p.delta };
      at = p.next!;
    }
  };
  const start = "/me/mailFolders/inbox/messages/delta?$select=id";
  const first = await page(start);
  // The first mail served is read mid-round: it leaves this round for the next, the rest stay put.
  await call(emu, "PATCH", `/me/messages/${first.ids[0]}`, { body: { isRead: false } });
  const rest = await drain(first.next!);
  const everyone = (await drain(start)).ids;
  expect(new Set([...first.ids, ...rest.ids])).toEqual(new Set(everyone));
  expect(first.ids.length + rest.ids.length).toBe(everyone.length);
  expect((await drain(rest.delta)).ids).toEqual([first.ids[0]]);
});

it("adds a master category and refuses a duplicate name", async () => {
  const r = await call<Json>(emu, "POST", "/me/outlook/masterCategories", {
    body: { displayName: "Svara: Projektledare – Vattenfall", color: "preset9" },
  });
  expect(r.status).toBe(201);
  const dup = await call<{ error: Json }>(emu, "POST", "/me/outlook/masterCategories", {
    body: { displayName: "Svara: Projektledare – Vattenfall", color: "preset9" },
  });
  expect(dup.status).toBe(409);
});

it("answers a well-known folder's id with $select, as the folder-learning batch asks", async () => {
  const r = await get<Json>(emu, "/me/mailFolders/sentitems?$select=id");
  expect(r.status).toBe(200);
  expect(r.body["id"]).toBe(emu.state.folderIdOf("sentitems"));
  expect(r.body).not.toHaveProperty("displayName");
});

// Custom headers reach the recipients' copies only: "internet headers just do not exist on the copy
// in Sent Items" (Microsoft's Graph docs team, microsoftgraph/microsoft-graph-docs issue #2716;
// office-js-docs-pr issue #5057). Extended properties stay on the sender's copy.
it("leaves sendMail's custom x- headers off the Sent Items copy, keeps its extended properties, and returns headers only when $select asks", async () => {
  const cecp = "String {00020329-0000-0000-C000-000000000046} Name cecp-1a6aadfa-5773-4a46-89e4-ce5257f2ba14";
  const r = await call(emu, "POST", "/me/sendMail", {
    body: {
      message: {
        subject: "Tack för din ansökan",
        toRecipients: [{ emailAddress: { address: "sofia.lindqvist@example.se" } }],
        internetMessageHeaders: [{ name: "X-Svara-Send", value: "send-123" }],
        singleValueExtendedProperties: [{ id: cecp, value: '{"svaraSend":"send-123"}' }],
      },
    },
  });
  expect(r.status).toBe(202);
  const sent = await get<{ value: Json[] }>(
    emu,
    `/me/mailFolders/sentitems/messages?$filter=${enc("subject eq 'Tack för din ansökan'")}&$select=internetMessageHeaders,subject&$expand=${enc(`singleValueExtendedProperties($filter=id eq '${cecp}')`)}`,
  );
  const headers = sent.body.value[0]!["internetMessageHeaders"] as Json[];
  expect(headers.map((h) => h["name"])).not.toContain("X-Svara-Send");
  expect(sent.body.value[0]!["singleValueExtendedProperties"]).toEqual([
    { id: cecp, value: '{"svaraSend":"send-123"}' },
  ]);
  expect(headers.map((h) => h["name"])).toEqual(
    expect.arrayContaining(["Message-ID", "From", "To", "Subject"]),
  );
  const plain = await get<Json>(emu, `/me/messages/${sent.body.value[0]!["id"]}`);
  expect(plain.body).not.toHaveProperty("internetMessageHeaders");
  const bad = await call<{ error: Json }>(emu, "POST", "/me/sendMail", {
    body: {
      message: {
        subject: "x",
        toRecipients: [{ emailAddress: { address: "a@example.com" } }],
        internetMessageHeaders: [{ name: "Svara-Send", value: "1" }],
      },
    },
  });
  expect(bad.status).toBe(400);
  expect(bad.body.error["code"]).toBe("InvalidInternetMessageHeader");
});
