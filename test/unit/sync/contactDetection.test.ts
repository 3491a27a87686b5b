import "fake-indexeddb/auto";
import { IDBFactory } from "fake-indexeddb";
import { answerClock, DEFAULT_SETTINGS } from "../../../src/domain";
import type { MailSummary } from "../../../src/graph/ports";
import { detectContacts, mailContactCommands, type DetectedMail } from "../../../src/sync/contactDetection";
import { deltaLinksIn, memoryDeltaLinks } from "../../../src/sync/deltaLinkStore";
import { openSyncStateDb } from "../../../src/sync/syncStateDb";
import { startContactDetection } from "../../../src/sync/contactPoller";
import { settle } from "./fakes/fakeClock";
import { FakeMailDelta } from "./fakes/fakePorts";
import { handlerLogsSentMail } from "./fakes/sendHandler";
import { ASA, ERIK, harness, PROCESS_ID, type Harness } from "./fakes/harness";
import { createSyncEngine } from "../../../src/sync/engine";

const maja = { name: "Maja Lind", email: "maja.lind@svara-demo.se" };
const asaAddress = { name: "Åsa Öberg", email: "Asa.Oberg@example.se" };
const erikAddress = { name: "Erik Nilsson", email: "erik.nilsson@example.se" };

function mail(over: Partial<MailSummary> & { internetMessageId?: string }): MailSummary & DetectedMail {
  return {
    id: "AAMk-inbox-1",
    subject: "Fråga om tjänsten",
    from: asaAddress,
    to: [maja],
    cc: [],
    at: "2026-11-24T10:00:00.000Z",
    folder: "inbox",
    conversationId: "conv-1",
    webLink: null,
    link: null,
    categories: [],
    ...over,
  };
}

function detector(h: Harness, delta = new FakeMailDelta(), links = memoryDeltaLinks()) {
  return {
    delta,
    links,
    run: () =>
      detectContacts({
        delta,
        links,
        processes: () => h.engine.processes(),
        dispatch: (c) => h.engine.dispatch(c),
        now: () => h.clock.iso(),
      }),
  };
}

const clockOf = (h: Harness, candidateId = ASA) => {
  const p = h.engine.processes()[0]!;
  return answerClock(
    p.candidates.find((c) => c.id === candidateId)!,
    p,
    DEFAULT_SETTINGS,
    h.clock.iso(),
  ).phase;
};

describe("noticing mail to and from candidates", () => {
  it("stops Åsa's clock when the recruiter's answer shows up in Sent Items", async () => {
    const h = await harness();
    expect(clockOf(h)).not.toBe("stopped"); // her application is unanswered
    const d = detector(h);
    d.delta.deliver(
      "sentitems",
      mail({
        id: "AAMk-sent-1",
        folder: "sentitems",
        from: maja,
        to: [asaAddress],
        internetMessageId: "<svar-1@svara-demo.se>",
      }),
    );
    const r = await d.run();
    expect(r.ok && r.value.logged).toBe(1);
    expect(clockOf(h)).toBe("stopped");
    await h.engine.idle();
    const logged = h.m365.processes.doc(PROCESS_ID).candidates[0]!.contacts.at(-1)!;
    expect(logged).toMatchObject({
      id: "mail:svar-1@svara-demo.se",
      direction: "out",
      messageId: "AAMk-sent-1",
    });
  });

  it("starts Erik's clock when he writes, matching his address whatever its case", async () => {
    const h = await harness();
    const d = detector(h);
    await d.run(); // first pass: nothing yet
    d.delta.deliver(
      "inbox",
      mail({ id: "AAMk-in-erik", from: { ...erikAddress, email: "Erik.Nilsson@EXAMPLE.se" } }),
    );
    await d.run();
    const erik = h.engine.processes()[0]!.candidates.find((c) => c.id === ERIK)!;
    expect(erik.contacts.at(-1)).toMatchObject({ direction: "in", kind: "message" });
    expect(clockOf(h, ERIK)).not.toBe("stopped");
  });

  it("logs a sent mail once when both the send handler and the delta of Sent Items see it", async () => {
    const h = await harness();
    // OnMessageSend: the handler knows the Message-ID, not yet the Sent Items copy's Graph id.
    const sent = mail({
      id: "AAMk-compose",
      folder: "sentitems",
      from: maja,
      to: [asaAddress],
      internetMessageId: "<beslut-7@svara-demo.se>",
    });
    const [fromHandler] = mailContactCommands(sent, "out", h.engine.processes(), h.clock.iso());
    expect(fromHandler!.id).toBe(`mail:beslut-7@svara-demo.se>${PROCESS_ID}/${ASA}`);
    await h.engine.dispatch(fromHandler!);

    const d = detector(h);
    d.delta.deliver("sentitems", { ...sent, id: "AAMk-sentitems-copy" });
    const before = await d.run(); // while the handler's command is still on its way
    await h.engine.idle();
    const after = await d.run(); // and once it is in the document
    d.delta.deliver("sentitems", { ...sent, id: "AAMk-sentitems-copy" }); // a changed-mail delta repeats it
    await d.run();
    await h.engine.dispatch(fromHandler!); // and the handler fires twice
    await h.engine.idle();

    expect(before.ok && before.value.logged).toBe(0);
    expect(after.ok && after.value.logged).toBe(0);
    const asa = h.m365.processes.doc(PROCESS_ID).candidates[0]!;
    expect(asa.contacts.filter((c) => c.id === "mail:beslut-7@svara-demo.se")).toHaveLength(1);
    expect(h.m365.notes.entries().filter((e) => e.id === "mail:beslut-7@svara-demo.se")).toHaveLength(1);
  });

  it("logs a mail once when the send handler put it in the outbox before this pane's delta saw it", async () => {
    const h = await harness();
    const sent = mail({
      id: "AAMk-draft",
      folder: "sentitems",
      from: maja,
      to: [asaAddress],
      internetMessageId: "<v-9@svara-demo.se>",
    });
    expect(await handlerLogsSentMail(h.outbox, sent, h.engine.processes(), h.clock.iso())).toBe(1);
    const d = detector(h);
    d.delta.deliver("sentitems", { ...sent, id: "AAMk-sent-copy" });
    await d.run();
    await h.engine.idle();
    const asa = h.m365.processes.doc(PROCESS_ID).candidates[0]!;
    expect(asa.contacts.filter((c) => c.id === "mail:v-9@svara-demo.se")).toHaveLength(1);
    expect(h.m365.notes.entries().filter((e) => e.id === "mail:v-9@svara-demo.se")).toHaveLength(1);
  });

  it("looks for new mail every minute while the pane is open, and stops when asked", async () => {
    const h = await harness();
    const d = detector(h);
    const poller = startContactDetection(
      {
        delta: d.delta,
        links: d.links,
        processes: () => h.engine.processes(),
        dispatch: (c) => h.engine.dispatch(c),
        now: () => h.clock.iso(),
      },
      { everyMs: 60_000, sleep: h.clock.sleep },
    );
    await settle();
    d.delta.deliver(
      "sentitems",
      mail({ id: "AAMk-poll", folder: "sentitems", from: maja, to: [asaAddress] }),
    );
    expect(clockOf(h)).not.toBe("stopped");
    await h.clock.advance(60_000);
    await settle();
    expect(clockOf(h)).toBe("stopped");
    poller.stop();
  });

  it("recognises the handler's log of a sent mail even when only the delta knows its Message-ID", async () => {
    const h = await harness();
    const atSend = "2026-11-25T08:59:30.000Z";
    const compose = mail({
      id: "AAMk-compose-only",
      folder: "sentitems",
      from: maja,
      to: [asaAddress],
      subject: "Besked",
      at: atSend,
    });
    await handlerLogsSentMail(h.outbox, compose, h.engine.processes(), h.clock.iso());
    await h.engine.replay();
    await h.engine.idle();
    const d = detector(h);
    d.delta.deliver("sentitems", {
      ...compose,
      id: "AAMk-sent",
      internetMessageId: "<x@y>",
      at: "2026-11-25T09:00:02.000Z",
    });
    const r = await d.run();
    expect(r.ok && r.value.logged).toBe(0);
    const besked = h.m365.processes
      .doc(PROCESS_ID)
      .candidates[0]!.contacts.filter((c) => c.summary === "Besked");
    expect(besked).toHaveLength(1);
  });

  it("logs one mail to two candidates for each of them", async () => {
    const h = await harness();
    const d = detector(h);
    d.delta.deliver(
      "sentitems",
      mail({ id: "AAMk-both", folder: "sentitems", from: maja, to: [asaAddress], cc: [erikAddress] }),
    );
    const r = await d.run();
    expect(r.ok && r.value.logged).toBe(2);
    await h.engine.idle();
    const ids = h.m365.processes.doc(PROCESS_ID).candidates.map((c) => c.contacts.at(-1)!.id);
    expect(ids).toEqual(["mail:AAMk-both", "mail:AAMk-both"]);
  });

  it("leaves mail from before the candidate was added out of the log", async () => {
    const h = await harness();
    const d = detector(h);
    d.delta.deliver("inbox", mail({ id: "AAMk-old", at: "2026-10-01T10:00:00.000Z" }));
    const r = await d.run();
    expect(r.ok && r.value.logged).toBe(0);
  });

  it("reads the same mail again next time when this device could not save what it found", async () => {
    const h = await harness();
    const d = detector(h);
    d.delta.deliver("inbox", mail({ id: "AAMk-in-2" }));
    h.outbox.close();
    const failed = await d.run();
    expect(!failed.ok && failed.error.code).toMatch(/^outbox-/);
    expect(await d.links.get("inbox")).toEqual({ ok: true, value: null });

    await h.reopen();
    const again = detector(h, d.delta, d.links);
    const r = await again.run();
    expect(r.ok && r.value.logged).toBe(1);
  });

  it("remembers how far it has read each folder across a reload", async () => {
    const idb = new IDBFactory();
    const firstDb = await openSyncStateDb(idb);
    if (!firstDb.ok) throw new Error(firstDb.error.code);
    await deltaLinksIn(firstDb.value).set(
      "sentitems",
      "https://graph.microsoft.com/v1.0/me/mailFolders/sentitems/messages/delta?$deltatoken=abc",
    );
    firstDb.value.close();
    const secondDb = await openSyncStateDb(idb);
    if (!secondDb.ok) throw new Error(secondDb.error.code);
    const second = deltaLinksIn(secondDb.value);
    expect(await second.get("sentitems")).toEqual({
      ok: true,
      value: expect.stringContaining("deltatoken=abc"),
    });
    expect(await second.get("inbox")).toEqual({ ok: true, value: null });
  });

  it("logs a mail the send handler stamped once, by the id in its X-Svara-Send header", async () => {
    const h = await harness();
    const sendId = "0b6f7c1e-5a2d-4c9b-8e3f-1d2c3b4a5f60";
    const stamped = { internetMessageHeaders: [{ name: "x-svara-send", value: sendId.toUpperCase() }] };
    // The handler knows the send id, not the Sent Items copy's ids.
    await handlerLogsSentMail(
      h.outbox,
      mail({
        id: "AAMk-compose",
        folder: "sentitems",
        from: maja,
        to: [asaAddress],
        subject: "Besked",
        ...stamped,
      }),
      h.engine.processes(),
      h.clock.iso(),
    );
    const d = detector(h);
    d.delta.deliver(
      "sentitems",
      mail({
        id: "AAMk-sent",
        internetMessageId: "<q@r>",
        folder: "sentitems",
        from: maja,
        to: [asaAddress],
        subject: "Besked",
        at: "2026-11-25T12:00:00.000Z",
        ...stamped,
      }),
    );
    await h.engine.replay();
    await d.run();
    await h.engine.idle();
    const asa = h.m365.processes.doc(PROCESS_ID).candidates[0]!;
    expect(asa.contacts.filter((c) => c.id === `send:${sendId}`)).toHaveLength(1);
    expect(asa.contacts.filter((c) => c.summary === "Besked")).toHaveLength(1);
  });

  it("logs a sent mail once when Exchange leaves the send header off the Sent Items copy", async () => {
    const h = await harness();
    const sendId = "7d1c2b3a-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
    // The send handler, in its own runtime, logs send:{uuid} straight to Microsoft 365.
    const handler = createSyncEngine({
      outbox: h.outbox,
      ports: h.m365,
      now: h.clock.now,
      sleep: h.clock.sleep,
    });
    await handler.refresh();
    const compose = mail({
      id: "AAMk-compose",
      folder: "sentitems",
      from: maja,
      to: [asaAddress],
      subject: "Besked",
      at: "2026-11-25T08:59:30.000Z",
      internetMessageHeaders: [{ name: "X-Svara-Send", value: sendId }],
    });
    for (const c of mailContactCommands(compose, "out", handler.processes(), h.clock.iso())) {
      await handler.dispatch(c);
    }
    await handler.idle();
    handler.stop();
    expect(h.m365.notes.entries().map((e) => e.id)).toEqual([`send:${sendId}`]);

    // The pane has not seen that yet; the Sent Items copy comes without headers, with a Message-ID.
    const d = detector(h);
    d.delta.deliver("sentitems", {
      ...compose,
      id: "AAMk-sent",
      internetMessageId: "<besked-1@svara-demo.se>",
      internetMessageHeaders: null,
      at: "2026-11-25T08:59:33.000Z",
    });
    await d.run();
    await h.engine.idle();

    const asa = h.m365.processes.doc(PROCESS_ID).candidates[0]!;
    expect(asa.contacts.filter((c) => c.summary === "Besked")).toEqual([
      expect.objectContaining({ id: `send:${sendId}` }),
    ]);
    expect(h.m365.notes.entries().map((e) => e.id)).toEqual([`send:${sendId}`]);
  });
});
