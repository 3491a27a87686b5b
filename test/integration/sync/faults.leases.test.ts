// Fault rows: several runtimes of Svara on ONE device (docs/decisions/0007) — two panes, a pane and
// the send handler — sharing one IndexedDB outbox, each with its own runtime id, its own adapters
// and its own network, over real HTTP to the emulator. A runtime's writes can be held on their way
// for as long as the test likes (a request in flight for minutes). Whatever happens: nothing lost,
// nothing sent twice, no twin task, no status stuck on "sending". Figures are printed.
import "fake-indexeddb/auto";
import { IDBFactory } from "fake-indexeddb";
import { ok } from "../../../src/domain";
import { createGraphAdapters } from "../../../src/graph/adapters";
import { createSendLog } from "../../../src/sendHandler/sendLog";
import { sendContactId } from "../../../src/sendHandler/sendId";
import { makeCommand, meetingHeldContact, type Command } from "../../../src/sync/commands";
import { createSyncEngine, type SyncEngine } from "../../../src/sync/engine";
import type { SyncPorts } from "../../../src/sync/executors";
import { LEASE_MS, LEASE_RENEW_MS } from "../../../src/sync/outboxLease";
import { openOutboxStore, type OutboxStore } from "../../../src/sync/outboxStore";
import type { CommandStatus } from "../../../src/sync/syncEvents";
import { startEmulator, type RunningEmulator } from "../../graph-emulator";
import { FakeClock, settle } from "../../unit/sync/fakes/fakeClock";
import { graphHttp, Network, NOW, occurrences, pageBodies, requestsTo } from "./syncOverEmulator";

type Json = Record<string, unknown>;
type Fetch = Network["fetch"];

/** Holds every write (not GETs) of one runtime until opened: a request in flight for as long as
 * the test likes. Never opened, it is the request of a runtime that died with it. */
class WriteGate {
  private release!: () => void;
  private readonly opened = new Promise<void>((r) => (this.release = r));
  held = 0;

  wrap(inner: Fetch): Fetch {
    return async (input, init) => {
      const method = (init?.method ?? (input instanceof Request ? input.method : "GET")).toUpperCase();
      if (method !== "GET") {
        this.held += 1;
        await this.opened;
      }
      return inner(input, init);
    };
  }

  open(): void {
    this.release();
  }
}

interface Runtime {
  readonly id: string;
  readonly engine: SyncEngine;
  readonly outbox: OutboxStore;
  readonly ports: SyncPorts;
  readonly statuses: Map<string, CommandStatus>;
  requests(): number;
  close(): void;
}

/** Ports over real HTTP through this runtime's own network (and gate), counting its requests. */
function portsFor(emu: RunningEmulator, gate?: WriteGate): { ports: SyncPorts; requests: () => number } {
  const network = new Network();
  let requests = 0;
  const counted: Fetch = (input, init) => ((requests += 1), network.fetch(input, init));
  const fetch = gate ? gate.wrap(counted) : counted;
  return { ports: createGraphAdapters(graphHttp(emu, { fetch } as Network)), requests: () => requests };
}

async function openOutbox(idb: IDBFactory): Promise<OutboxStore> {
  const opened = await openOutboxStore({ indexedDB: idb, storage: null });
  if (!opened.ok) throw new Error(opened.error.code);
  return opened.value;
}

/** One runtime of Svara on the device whose IndexedDB is `idb`. */
async function runtime(
  id: string,
  emu: RunningEmulator,
  clock: FakeClock,
  idb: IDBFactory,
  gate?: WriteGate,
): Promise<Runtime> {
  const { ports, requests } = portsFor(emu, gate);
  const outbox = await openOutbox(idb);
  const statuses = new Map<string, CommandStatus>();
  const engine = createSyncEngine({
    outbox,
    ports,
    now: clock.now,
    sleep: clock.sleep,
    random: () => 0.5,
    runtimeId: id,
    listener: { command: (s) => void statuses.set(s.id, s) },
  });
  expect((await engine.refresh()).ok).toBe(true);
  return {
    id,
    engine,
    outbox,
    ports,
    statuses,
    requests,
    close() {
      engine.stop();
      outbox.close();
    },
  };
}

const BACKEND = "p-nordbank-backend";

const asasNote = (id: string): Command =>
  makeCommand(
    "AddNote",
    { processId: BACKEND, candidateId: "c-asa-oberg", noteId: id, at: NOW, text: "Ring henne i dag." },
    { id, createdAt: NOW },
  );

/** Mohammed's interview was held: the planner books a call (calendar) and an answer task (To Do). */
const interviewHeld = (id: string): Command =>
  makeCommand(
    "LogContact",
    {
      processId: BACKEND,
      candidateId: "c-mohammed-al-sayed",
      contact: meetingHeldContact(id, "2026-11-24T13:00:00.000Z", "Intervju med teamet", null),
    },
    { id, createdAt: NOW },
  );

/** Open To Do tasks Svara made, by the follow-up they stand for (its externalId). */
function openTasks(emu: RunningEmulator): Map<string, Json[]> {
  const by = new Map<string, Json[]>();
  for (const t of emu.state.todoTasks.values()) {
    if (t["status"] === "completed") continue;
    const linked = (t["linkedResources"] as Json[] | undefined)?.find(
      (r) => r["applicationName"] === "Svara",
    );
    const id = linked?.["externalId"];
    if (typeof id === "string") by.set(id, [...(by.get(id) ?? []), t]);
  }
  return by;
}

const twinCount = (by: Map<string, Json[]>): number =>
  [...by.values()].reduce((n, copies) => n + copies.length - 1, 0);
const writes = (emu: RunningEmulator) => emu.requests.all().filter((r) => r.method !== "GET");
const PAGE_PATCH = /^\/me\/onenote\/pages\/[^/]+\/content$/;

async function storedStatus(outbox: OutboxStore, id: string): Promise<string | undefined> {
  const read = await outbox.get(id);
  return read.ok ? read.value?.status : undefined;
}

let emu: RunningEmulator;
let runtimes: Runtime[] = [];
afterEach(async () => {
  runtimes.forEach((r) => r.close());
  runtimes = [];
  await emu.close();
});

async function device(): Promise<{ clock: FakeClock; idb: IDBFactory }> {
  emu = await startEmulator({ port: 0, seed: "demo", now: NOW });
  return { clock: new FakeClock(Date.parse(NOW)), idb: new IDBFactory() };
}

describe("several runtimes of Svara on one device share the outbox without sending anything twice", () => {
  it("two panes: a note and an interview in flight in pane A while pane B starts — nothing re-sent, one OneNote entry, one To Do task, and pane B ends on 'sent'", async () => {
    const { clock, idb } = await device();
    const gateA = new WriteGate();
    const paneA = await runtime("pane-a", emu, clock, idb, gateA);
    runtimes = [paneA];
    const tasksBefore = emu.state.todoTasks.size;
    const followUpsBefore = openTasks(emu).size;
    const note = asasNote("n-two-panes");
    const held = interviewHeld("k-two-panes");
    expect((await paneA.engine.dispatch(note)).ok).toBe(true);
    expect((await paneA.engine.dispatch(held)).ok).toBe(true);
    for (let i = 0; i < 20 && gateA.held < 2; i += 1) await settle();
    expect(await storedStatus(paneA.outbox, note.id)).toBe("sending");
    expect(await storedStatus(paneA.outbox, held.id)).toBe("sending");

    const paneB = await runtime("pane-b", emu, clock, idb);
    runtimes.push(paneB);
    await paneB.engine.replay();
    for (let t = 0; t < 2 * LEASE_MS; t += LEASE_RENEW_MS) {
      await clock.advance(LEASE_RENEW_MS); // pane A renews its leases; pane B only watches
      paneB.engine.drain();
      await paneB.engine.idle();
    }
    expect(writes(emu)).toEqual([]); // pane B sent nothing of pane A's
    expect(paneB.statuses.get(note.id)?.state).toBe("sending");

    gateA.open();
    await paneA.engine.idle();
    for (let i = 0; i < 5 && paneB.statuses.get(held.id)?.state !== "sent"; i += 1) {
      await clock.advance(LEASE_RENEW_MS);
      await paneA.engine.idle();
      await paneB.engine.idle();
    }
    expect(paneA.statuses.get(note.id)?.state).toBe("sent");
    expect(paneA.statuses.get(held.id)?.state).toBe("sent");
    expect(paneB.statuses.get(note.id)?.state).toBe("sent"); // never stuck on "sending"
    expect(paneB.statuses.get(held.id)?.state).toBe("sent");
    const entries = occurrences(pageBodies(emu), `data-id="${note.id}"`);
    expect(entries).toBe(1);
    const tasksMade = emu.state.todoTasks.size - tasksBefore;
    // The note reconciles Åsa's two reminders, the interview books Mohammed's answer task: one each.
    const interviewTasks = [...openTasks(emu)].filter(([id]) =>
      id.includes("c-mohammed-al-sayed:answer-due"),
    );
    expect(interviewTasks).toHaveLength(1);
    expect(interviewTasks[0]![1]).toHaveLength(1);
    expect(openTasks(emu).size - followUpsBefore).toBe(tasksMade); // each a follow-up of its own
    expect(twinCount(openTasks(emu))).toBe(0);

    console.info(
      [
        "fault row: two panes on one device (2 commands in flight in pane A while pane B starts)",
        `  requests: pane A ${paneA.requests()}, pane B ${paneB.requests()} (pane B writes: 0)`,
        `  OneNote entries for the note: ${entries}; To Do tasks made: ${tasksMade} (1 for the interview, 2 for Åsa's reminders); twins: ${twinCount(openTasks(emu))}`,
        `  pane B's statuses: ${paneB.statuses.get(note.id)?.state}, ${paneB.statuses.get(held.id)?.state}`,
      ].join("\n"),
    );
  });

  it.each([
    ["the pane's sweep starts first", false],
    ["the handler's command is already in flight when the pane sweeps", true],
  ])(
    "pane + send handler (%s): the handler logs a mail to Åsa while the pane sweeps the reminders — no twin task, the mail logged once",
    async (order, handlerFirst) => {
      const { clock, idb } = await device();
      const pane = await runtime("pane", emu, clock, idb);
      runtimes = [pane];
      // The send handler as the app wires it (sendLog.ts): its own engine (a fresh runtime id) over
      // the same IndexedDB outbox, its own Graph adapters; only the token provider is the emulator's.
      const handlerGate = new WriteGate();
      const handler = portsFor(emu, handlerGate);
      if (!handlerFirst) handlerGate.open();
      let handlerOutbox: OutboxStore | null = null;
      const sendLog = createSendLog({
        cache: async () => null,
        outbox: async () => (handlerOutbox = await openOutbox(idb)),
        ports: () => ok(handler.ports),
        now: clock.now,
        sleep: clock.sleep,
      });
      const sendId = "send-leases-1";
      const mail = { recipients: ["asa.oberg@example.se"], subject: "Re: Backend", sendId, at: NOW };

      let logged = false;
      let swept = false;
      const send = () =>
        sendLog(mail, 30_000, { supportsNaa: false, stamp: async () => ok(undefined) }).then(
          (r) => ((logged = true), r),
        );
      const sweepNow = () => pane.engine.sweepFollowUps().then((r) => ((swept = true), r));
      let logging: ReturnType<typeof send>;
      let sweeping: ReturnType<typeof sweepNow>;
      if (handlerFirst) {
        logging = send();
        for (let i = 0; i < 50 && handlerGate.held < 1; i += 1) await settle();
        expect(handlerGate.held).toBeGreaterThan(0); // the handler's change is on its way to Graph
        sweeping = sweepNow();
        await clock.advance(LEASE_RENEW_MS); // within the handler's budget: it is alive and renewing
        expect(swept).toBe(false); // the sweep waits for the handler's change, and its reminders
        handlerGate.open();
      } else {
        sweeping = sweepNow();
        logging = send();
      }
      for (let i = 0; i < 40 && !(logged && swept); i += 1) await clock.advance(LEASE_RENEW_MS / 3);
      const result = await logging;
      const sweep = await sweeping;
      expect(result.ok && result.value.logged).toHaveLength(1);
      expect(sweep.ok).toBe(true);
      (handlerOutbox as OutboxStore | null)?.close();

      // What the handler's budget did not get to, the pane sends.
      const commandId = result.ok ? result.value.logged[0]!.id : "";
      pane.engine.drain();
      for (let i = 0; i < 10 && (await storedStatus(pane.outbox, commandId)) !== "sent"; i += 1) {
        await clock.advance(LEASE_RENEW_MS);
        await pane.engine.idle();
      }
      expect(await storedStatus(pane.outbox, commandId)).toBe("sent");
      // A second sweep afterwards, as the pane makes it: still no twin.
      await clock.advance(61_000);
      expect((await pane.engine.sweepFollowUps()).ok).toBe(true);

      const tasks = openTasks(emu);
      // Whichever went first, the reminders follow the logged mail: Åsa has had her answer, so her
      // answer-due and warning tasks are done and the status update is open (no stale copy planned).
      const asasOpen = [...tasks.keys()]
        .filter((id) => id.includes(":c-asa-oberg:"))
        .map((id) => id.split(":")[2]);
      expect(asasOpen).toEqual(["status-update"]);
      expect(twinCount(tasks)).toBe(0);
      const read = await pane.ports.processes.read(BACKEND);
      const asa =
        read.ok && read.value ? read.value.process.candidates.find((c) => c.id === "c-asa-oberg") : null;
      const contacts = asa?.contacts.filter((k) => k.id === sendContactId(sendId)) ?? [];
      expect(contacts).toHaveLength(1); // nothing lost, nothing twice

      console.info(
        [
          `fault row: pane + send handler, ${order} (send handler wired by createSendLog, 1 command)`,
          `  requests: pane ${pane.requests()}, send handler ${handler.requests()}`,
          `  sweep: ${JSON.stringify(sweep.ok ? sweep.value : sweep.error.code)}`,
          `  open Svara tasks: ${tasks.size}; twins: ${twinCount(tasks)}; the mail logged ${contacts.length}×`,
        ].join("\n"),
      );
    },
  );

  it("a note in flight for 3 minutes: another runtime never re-sends it while the first renews its lease; when the first dies, the second takes it over exactly once", async () => {
    const { clock, idb } = await device();
    const gateA = new WriteGate(); // never opened: pane A's request is on its way until it dies
    const paneA = await runtime("pane-a", emu, clock, idb, gateA);
    const popOut = await runtime("pop-out", emu, clock, idb);
    runtimes = [paneA, popOut];
    const note = asasNote("n-slow");
    expect((await paneA.engine.dispatch(note)).ok).toBe(true);
    for (let i = 0; i < 20 && gateA.held < 1; i += 1) await settle();
    await popOut.engine.replay();

    for (let t = 0; t < 3 * 60_000; t += LEASE_RENEW_MS) {
      await clock.advance(LEASE_RENEW_MS);
      popOut.engine.drain();
      await popOut.engine.idle();
    }
    expect(writes(emu)).toEqual([]);
    const inFlight = await paneA.outbox.get(note.id);
    expect(inFlight.ok && inFlight.value).toMatchObject({ status: "sending", lease: { owner: "pane-a" } });
    expect(popOut.statuses.get(note.id)?.state).toBe("sending");

    paneA.engine.stop(); // pane A dies: its request never comes back, its lease is not renewed
    const diedAt = clock.now();
    for (let i = 0; i < 10 && popOut.statuses.get(note.id)?.state !== "sent"; i += 1) {
      await clock.advance(LEASE_RENEW_MS);
      popOut.engine.drain();
      await popOut.engine.idle();
    }
    const tookOverAfter = clock.now() - diedAt;
    expect(popOut.statuses.get(note.id)?.state).toBe("sent");
    expect(tookOverAfter).toBeGreaterThanOrEqual(LEASE_MS);
    const entries = occurrences(pageBodies(emu), `data-id="${note.id}"`);
    expect(entries).toBe(1);
    const patches = requestsTo(emu, "PATCH", PAGE_PATCH).length;
    expect(patches).toBe(1);
    const sent = await popOut.outbox.get(note.id);
    expect(sent.ok && sent.value?.status).toBe("sent");

    console.info(
      [
        "fault row: a command in flight for 3 min (1 command)",
        `  while pane A renewed: ${(3 * 60_000) / LEASE_RENEW_MS} renewals, pop-out writes 0`,
        `  pane A died; pop-out took over after ${tookOverAfter / 1000} s (lease ${LEASE_MS / 1000} s)`,
        `  requests: pane A ${paneA.requests()} (${gateA.held} never answered), pop-out ${popOut.requests()}; OneNote PATCHes ${patches}; entries ${entries}`,
      ].join("\n"),
    );
  });
});
