// Maja Lind presses Send. Whatever Svara manages in the seconds it has, the mail goes; when a
// candidate is among the recipients, their clock stops without the pane.
import { ok, type Process } from "../../../src/domain";
import { sendFlow } from "../../../src/sendHandler/handleSend";
import { memoryOutbox } from "../../../src/sendHandler/memoryOutbox";
import { createSendLog, type SendLogWiring } from "../../../src/sendHandler/sendLog";
import { SEND_HEADER, SEND_PROPERTY } from "../../../src/sendHandler/sendId";
import { registerSendHandler } from "../../../src/host/sendEvent";
import type { OutboxStore } from "../../../src/sync/outboxStore";
import { memoryProcessCache, type ProcessCache } from "../../../src/sync/processCache";
import { candidate, process } from "../domain/fixtures";
import { fakeMicrosoft365, type FakeMicrosoft365 } from "../sync/fakes/fakePorts";
import { offline } from "../sync/fakes/faults";
import { installSendMock, type MailOptions } from "./sendEventMock";

const PROCESS = "p-nordbank-backend";
const ASA = "c-asa-oberg";
const ERIK = "c-erik-nilsson";
const SEND_ID = "0b6f3a52-8d3e-4c1e-9f3a-2a1d5e7c9b10";
const NOW = Date.parse("2026-11-25T10:00:00.000Z");

const asa = { emailAddress: "asa.oberg@example.se", displayName: "Åsa Öberg" };
const erik = { emailAddress: "erik.nilsson@example.se", displayName: "Erik Nilsson" };
const colleague = { emailAddress: "lena.berg@svara-demo.se", displayName: "Lena Berg" };

const nordbank = (): Process =>
  process({
    candidates: [
      candidate(),
      candidate({ id: ERIK, name: "Erik Nilsson", emails: ["erik.nilsson@example.se"] }),
    ],
  });

interface World {
  readonly m365: FakeMicrosoft365;
  /** How often Microsoft 365 (auth + Graph) was built: 0 means no Graph call at all. */
  graphBuilt: number;
  readonly outbox: OutboxStore;
  readonly reports: string[];
}

interface Setup {
  readonly mail: MailOptions;
  /** This device's copy of the processes; null: none (classic Outlook on Windows). */
  readonly cache?: ProcessCache | null;
  /** No IndexedDB: the engine gets an outbox in memory. */
  readonly noOutbox?: boolean;
  readonly budgetMs?: number;
  readonly wiring?: Partial<SendLogWiring>;
}

async function seededCache(): Promise<ProcessCache> {
  const cache = memoryProcessCache();
  await cache.put({ process: nordbank(), etag: 'W/"1"' });
  return cache;
}

function prepare(setup: Setup) {
  const mock = installSendMock(setup.mail);
  const m365 = fakeMicrosoft365();
  m365.processes.seed(nordbank());
  const outbox = memoryOutbox();
  const world: World = { m365, graphBuilt: 0, outbox, reports: [] };
  const wiring: SendLogWiring = {
    cache: async () => (setup.cache === undefined ? seededCache() : setup.cache),
    outbox: async () => (setup.noOutbox ? null : outbox),
    ports: () => {
      world.graphBuilt += 1;
      return ok(m365);
    },
    now: () => Date.now(),
    ...setup.wiring,
  };
  const report = (what: string) => void world.reports.push(what);
  registerSendHandler(
    "onMessageSendHandler",
    sendFlow({ newSendId: () => SEND_ID, log: createSendLog(wiring), now: () => Date.now(), report }),
    { budgetMs: setup.budgetMs ?? 4000, now: () => new Date(NOW), report },
    mock.office,
  );
  return { mock, world };
}

async function pressSend(setup: Setup) {
  const { mock, world } = prepare(setup);
  const completed = await mock.send();
  // The handler may still be finishing after it let the mail go; give it a turn.
  await new Promise((resolve) => setTimeout(resolve, 0));
  return { completed, headers: mock.headers, properties: mock.properties, world };
}

const contactsOf = (m365: FakeMicrosoft365, candidateId: string) =>
  m365.processes.doc(PROCESS).candidates.find((c) => c.id === candidateId)!.contacts;

describe("Sending a mail to a candidate (OnMessageSend)", () => {
  afterEach(() => jest.useRealTimers());

  it("stops Åsa's clock when Maja answers her, and lets the mail go", async () => {
    const { completed, world } = await pressSend({ mail: { to: [asa], subject: "Re: Ansökan Backend" } });
    expect(completed).toEqual([{ allowEvent: true }]);
    expect(contactsOf(world.m365, ASA)).toContainEqual({
      id: `send:${SEND_ID}`,
      at: "2026-11-25T10:00:00.000Z",
      direction: "out",
      channel: "email",
      kind: "answer",
      summary: "Re: Ansökan Backend",
      messageId: null,
      eventId: null,
    });
    expect(world.m365.notes.entries().map((e) => e.id)).toEqual([`send:${SEND_ID}`]);
  });

  it("logs the mail under the very id it stamps on it, so Sent Items can recognise it", async () => {
    const { headers, world } = await pressSend({ mail: { to: [asa] } });
    expect(headers).toEqual({ [SEND_HEADER]: SEND_ID });
    const sent = await world.outbox.listByStatus("sent");
    expect(sent.ok && sent.value.map((e) => e.id)).toEqual([`send:${SEND_ID}>${PROCESS}/${ASA}`]);
    expect(contactsOf(world.m365, ASA).map((c) => c.id)).toContain(`send:${headers[SEND_HEADER]}`);
  });

  it("logs a mail to two candidates for both, under one contact id and two command ids", async () => {
    const { world } = await pressSend({ mail: { to: [asa, erik] } });
    expect(contactsOf(world.m365, ASA).map((c) => c.id)).toContain(`send:${SEND_ID}`);
    expect(contactsOf(world.m365, ERIK).map((c) => c.id)).toContain(`send:${SEND_ID}`);
    const sent = await world.outbox.listByStatus("sent");
    expect(sent.ok && sent.value.map((e) => e.id).sort()).toEqual([
      `send:${SEND_ID}>${PROCESS}/${ASA}`,
      `send:${SEND_ID}>${PROCESS}/${ERIK}`,
    ]);
  });

  it("finds candidates in To, Cc and Bcc alike, whatever the case of their address", async () => {
    const { world } = await pressSend({
      mail: {
        to: [colleague],
        cc: [{ emailAddress: "Erik.Nilsson@EXAMPLE.se" }],
        bcc: [{ emailAddress: " ASA.OBERG@example.SE " }],
      },
    });
    expect(contactsOf(world.m365, ASA).map((c) => c.id)).toContain(`send:${SEND_ID}`);
    expect(contactsOf(world.m365, ERIK).map((c) => c.id)).toContain(`send:${SEND_ID}`);
  });

  it("does not touch Microsoft 365 at all, nor mark the mail, when nobody among the recipients is a candidate", async () => {
    const { completed, headers, world } = await pressSend({ mail: { to: [colleague], cc: [] } });
    expect(completed).toEqual([{ allowEvent: true }]);
    expect(world.graphBuilt).toBe(0);
    expect(world.m365.processes.calls).toEqual([]);
    expect(headers).toEqual({});
  });

  it("lets the mail go even when Graph is down, and keeps the log in the outbox for the pane", async () => {
    const { mock, world } = prepare({ mail: { to: [asa] } });
    world.m365.processes.faults.fail("listAll", offline());
    world.m365.processes.faults.fail("write", offline(), 5);
    const completed = await mock.send();
    expect(completed).toEqual([{ allowEvent: true }]);
    expect(world.m365.processes.doc(PROCESS).candidates[0]!.contacts.map((c) => c.id)).not.toContain(
      `send:${SEND_ID}`,
    );
    const pending = await world.outbox.listPending();
    expect(pending.ok && pending.value.map((e) => e.id)).toEqual([`send:${SEND_ID}>${PROCESS}/${ASA}`]);
    expect(mock.headers).toEqual({ [SEND_HEADER]: SEND_ID });
  });

  it("lets the mail go when Graph cannot even be reached to read the processes (no copy on this device)", async () => {
    const { mock, world } = prepare({ mail: { to: [asa] }, cache: null });
    world.m365.processes.faults.fail("listAll", offline());
    expect(await mock.send()).toEqual([{ allowEvent: true }]);
    expect(world.reports).toContainEqual(expect.stringContaining("could not log the mail"));
  });

  it("lets the mail go when Outlook cannot read the recipients, and logs nothing", async () => {
    const { completed, headers, world } = await pressSend({ mail: { to: [asa], failing: "bcc" } });
    expect(completed).toEqual([{ allowEvent: true }]);
    expect(headers).toEqual({});
    expect(world.graphBuilt).toBe(0);
    expect(world.reports).toEqual(["could not read the mail being sent"]);
  });

  it("lets the mail go when Outlook cannot read the subject", async () => {
    const { completed, world } = await pressSend({ mail: { to: [asa], failing: "subject" } });
    expect(completed).toEqual([{ allowEvent: true }]);
    expect(world.graphBuilt).toBe(0);
  });

  // The copy in Sent Items keeps the add-in's custom properties and drops custom headers
  // (Office.CustomProperties remarks, learn.microsoft.com/javascript/api/outlook/office.customproperties;
  // microsoftgraph/microsoft-graph-docs issue #2716): the property is what Sent Items finds again.
  it("saves the send id as a custom property on the mail, the stamp its copy in Sent Items keeps", async () => {
    const { properties, world } = await pressSend({ mail: { to: [asa] } });
    expect(properties).toEqual({ [SEND_PROPERTY]: SEND_ID });
    expect(contactsOf(world.m365, ASA).map((c) => c.id)).toContain(`send:${properties[SEND_PROPERTY]}`);
  });

  it("logs nothing when the custom property cannot be saved, and adds no header either", async () => {
    const { headers, world } = await pressSend({ mail: { to: [asa], propertiesFail: true } });
    expect(headers).toEqual({});
    expect(world.m365.processes.writes()).toBe(0);
    const all = await world.outbox.listPending();
    expect(all.ok && all.value).toEqual([]);
  });

  it("logs nothing when the mail cannot be stamped: Sent Items will log it under its own id", async () => {
    const { completed, world } = await pressSend({ mail: { to: [asa], headersFail: true } });
    expect(completed).toEqual([{ allowEvent: true }]);
    expect(world.m365.processes.writes()).toBe(0);
    const all = await world.outbox.listPending();
    expect(all.ok && all.value).toEqual([]);
  });

  it("lets the mail go when Svara runs out of time, and tells Outlook only once", async () => {
    jest.useFakeTimers();
    let release!: () => void;
    const stalled = new Promise<void>((resolve) => (release = resolve));
    const { mock } = prepare({
      mail: { to: [asa] },
      cache: null,
      wiring: {
        ports: () => {
          const m365 = fakeMicrosoft365();
          m365.processes.listAll = () => stalled.then(() => ok({ processes: [], unreadable: [] }));
          return ok(m365);
        },
      },
    });
    const completions: unknown[] = [];
    mock.handlers.get("onMessageSendHandler")!({ completed: (o: unknown) => completions.push(o) });
    await jest.advanceTimersByTimeAsync(3999);
    expect(completions).toEqual([]);
    await jest.advanceTimersByTimeAsync(1);
    expect(completions).toEqual([{ allowEvent: true }]);
    release();
    await jest.advanceTimersByTimeAsync(10_000);
    expect(completions).toEqual([{ allowEvent: true }]);
  });

  it("logs straight to Microsoft 365 without an outbox (classic Outlook on Windows has no IndexedDB)", async () => {
    const { completed, world } = await pressSend({ mail: { to: [asa] }, cache: null, noOutbox: true });
    expect(completed).toEqual([{ allowEvent: true }]);
    expect(contactsOf(world.m365, ASA).map((c) => c.id)).toContain(`send:${SEND_ID}`);
    expect(world.m365.processes.calls[0]).toBe("listAll");
  });

  it("lets the mail go even when the handler itself throws", async () => {
    const mock = installSendMock({ to: [asa] });
    registerSendHandler(
      "onMessageSendHandler",
      async () => {
        throw new Error("bug");
      },
      { budgetMs: 4000, report: () => undefined },
      mock.office,
    );
    expect(await mock.send()).toEqual([{ allowEvent: true }]);
  });
});
