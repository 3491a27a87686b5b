import "fake-indexeddb/auto";
import { IDBFactory } from "fake-indexeddb";
import { ok, type Result } from "../../../src/domain";
import type { RoamingSettings } from "../../../src/host/host";
import { pendingCount } from "../../../src/state/outboxStatusStore";
import { candidatesByEmail, clockOf } from "../../../src/state/processesStore";
import { createSyncStores, startSync } from "../../../src/state/syncStores";
import { callContact, makeCommand } from "../../../src/sync/commands";
import { createSyncEngine } from "../../../src/sync/engine";
import { openOutboxStore } from "../../../src/sync/outboxStore";
import { candidate, process } from "../domain/fixtures";
import { FakeClock, settle } from "../sync/fakes/fakeClock";
import { handlerLogsSentMail } from "../sync/fakes/sendHandler";
import { fakeMicrosoft365 } from "../sync/fakes/fakePorts";
import { offline } from "../sync/fakes/faults";
import { createSendLog } from "../../../src/sendHandler/sendLog";
import { LEASE_MS } from "../../../src/sync/outboxLease";

const roaming: RoamingSettings = {
  get: () => undefined,
  set: async (): Promise<Result<void>> => ok(undefined),
};

describe("the pane's stores over the sync engine", () => {
  it("shows a logged call at once, counts it as pending until Microsoft 365 has it, and stops the clock", async () => {
    const clock = new FakeClock();
    const m365 = fakeMicrosoft365();
    m365.processes.seed(process({ candidates: [candidate()] }));
    const outbox = await openOutboxStore({ indexedDB: new IDBFactory(), storage: null });
    if (!outbox.ok) throw new Error(outbox.error.code);
    const app = createSyncStores(
      (w) =>
        createSyncEngine({ outbox: outbox.value, ports: m365, now: clock.now, sleep: clock.sleep, ...w }),
      roaming,
      "sv-SE",
    );
    await app.processes.getState().load();
    const asa = candidatesByEmail(app.processes.getState(), "asa.oberg@example.se")[0]!;
    const clockNow = () =>
      clockOf(
        app.processes.getState(),
        asa.process.id,
        asa.candidate.id,
        app.settings.getState().settings,
        clock.iso(),
      )?.phase;
    expect(clockNow()).toBe("overdue");

    // The command as the processes store's logCall makes it, with the fake clock's time and id.
    const saved = await app.engine.dispatch(
      makeCommand(
        "LogContact",
        {
          processId: asa.process.id,
          candidateId: asa.candidate.id,
          contact: callContact("call-1", clock.iso(), "reached", "Besked"),
        },
        { id: "call-1", createdAt: clock.iso() },
      ),
    );
    expect(saved.ok).toBe(true);
    expect(clockNow()).toBe("stopped");
    expect(pendingCount(app.outbox.getState())).toBe(1);
    await app.engine.idle();
    expect(pendingCount(app.outbox.getState())).toBe(0);
    expect(app.outbox.getState().commands["call-1"]?.state).toBe("sent");
  });

  it("on start loads, re-sends what the last pane left, books the reminders, and sends what the send handler saved", async () => {
    const clock = new FakeClock();
    const m365 = fakeMicrosoft365();
    m365.processes.seed(process({ candidates: [candidate()] }));
    const idb = new IDBFactory();
    const opened = await openOutboxStore({ indexedDB: idb, storage: null });
    if (!opened.ok) throw new Error(opened.error.code);
    const outbox = opened.value;
    // Left by a pane that closed: saved, never sent.
    await outbox.enqueue(
      makeCommand(
        "AddNote",
        {
          processId: "p-nordbank-backend",
          candidateId: "c-asa-oberg",
          noteId: "n-left",
          at: clock.iso(),
          text: "Kvar",
        },
        { id: "n-left", createdAt: clock.iso() },
      ),
    );
    const app = createSyncStores(
      (w) => createSyncEngine({ outbox, ports: m365, now: clock.now, sleep: clock.sleep, ...w }),
      roaming,
      "sv-SE",
    );
    const stop = await startSync(app, null);
    await app.engine.idle();
    await settle();
    expect(app.processes.getState().status).toBe("ready");
    expect(m365.notes.entries().map((e) => e.id)).toEqual(["n-left"]);
    expect(m365.todo.open.size).toBeGreaterThan(0);
    expect(app.outbox.getState().followUpProblem).toBeNull();

    // The OnMessageSend handler, in its own runtime, logs a sent mail into the same outbox.
    const handler = await openOutboxStore({ indexedDB: idb, storage: null });
    if (!handler.ok) throw new Error(handler.error.code);
    await handlerLogsSentMail(
      handler.value,
      {
        id: "AAMk-sent",
        subject: "Besked",
        from: null,
        to: [{ name: "Åsa", email: "asa.oberg@example.se" }],
        cc: [],
        at: clock.iso(),
        link: null,
      },
      app.processes.getState().processes,
      clock.iso(),
    );
    await new Promise((r) => setTimeout(r, 20));
    await app.engine.idle();
    expect(m365.notes.entries().map((e) => e.id)).toContain("mail:AAMk-sent");
    stop();
  });

  it("books the reminders only once the page is idle, so the first card does not wait behind the sweep", async () => {
    const clock = new FakeClock();
    const m365 = fakeMicrosoft365();
    m365.processes.seed(process({ candidates: [candidate()] }));
    const outbox = await openOutboxStore({ indexedDB: new IDBFactory(), storage: null });
    if (!outbox.ok) throw new Error(outbox.error.code);
    const app = createSyncStores(
      (w) =>
        createSyncEngine({ outbox: outbox.value, ports: m365, now: clock.now, sleep: clock.sleep, ...w }),
      roaming,
      "sv-SE",
    );
    const idle: (() => void)[] = [];
    const stop = await startSync(app, null, {
      every: () => () => undefined,
      whenIdle: (work) => idle.push(work),
    });
    await app.engine.idle();
    await settle();
    expect(app.processes.getState().status).toBe("ready");
    expect(m365.todo.open.size).toBe(0);

    idle.forEach((work) => work());
    await settle();
    await app.engine.idle();
    expect(m365.todo.open.size).toBeGreaterThan(0);
    stop();
  });

  it("sends at once the log the send handler saved but could not get through in its seconds", async () => {
    const clock = new FakeClock();
    const m365 = fakeMicrosoft365();
    m365.processes.seed(process({ candidates: [candidate()] }));
    const idb = new IDBFactory();
    const opened = await openOutboxStore({ indexedDB: idb, storage: null });
    if (!opened.ok) throw new Error(opened.error.code);
    const app = createSyncStores(
      (w) =>
        createSyncEngine({ outbox: opened.value, ports: m365, now: clock.now, sleep: clock.sleep, ...w }),
      roaming,
      "sv-SE",
    );
    const stop = await startSync(app, null, { every: () => () => undefined });
    await app.engine.idle();

    // Maja sends Åsa a mail; OneNote is unreachable while the handler has its seconds.
    m365.notes.faults.fail("append", offline());
    const handlerOutbox = await openOutboxStore({ indexedDB: idb, storage: null });
    if (!handlerOutbox.ok) throw new Error(handlerOutbox.error.code);
    const sendLog = createSendLog({
      cache: async () => null,
      outbox: async () => handlerOutbox.value,
      ports: () => ok(m365),
      now: clock.now,
      sleep: () => new Promise<void>(() => undefined), // the handler's seconds outlast this try
    });
    const logged = await sendLog(
      { recipients: ["asa.oberg@example.se"], subject: "Besked", sendId: "u-42", at: clock.iso() },
      1_000,
      { supportsNaa: false, stamp: async () => ok(undefined) },
    );
    expect(logged.ok && logged.value.logged).toHaveLength(1);
    expect(m365.notes.entries()).toEqual([]);

    await new Promise((r) => setTimeout(r, 20)); // the handler's word reaches the pane
    await app.engine.idle();
    expect(m365.notes.entries().map((e) => e.id)).toEqual(["send:u-42"]);
    stop();
  });

  it("drains every minute anyway, and takes over a log the send handler left mid-send", async () => {
    const clock = new FakeClock();
    const m365 = fakeMicrosoft365();
    m365.processes.seed(process({ candidates: [candidate()] }));
    const idb = new IDBFactory();
    const opened = await openOutboxStore({ indexedDB: idb, storage: null });
    if (!opened.ok) throw new Error(opened.error.code);
    const app = createSyncStores(
      (w) =>
        createSyncEngine({ outbox: opened.value, ports: m365, now: clock.now, sleep: clock.sleep, ...w }),
      roaming,
      "sv-SE",
    );
    const ticks: { work: () => void; ms: number; stopped: boolean }[] = [];
    const stop = await startSync(app, null, {
      every: (work, ms) => {
        const tick = { work, ms, stopped: false };
        ticks.push(tick);
        return () => void (tick.stopped = true);
      },
    });
    await app.engine.idle();
    expect(ticks.map((t) => t.ms)).toEqual([60_000]);

    // The handler saved its log and began sending it; its runtime ended there, without a word.
    const handler = await openOutboxStore({ indexedDB: idb, storage: null });
    if (!handler.ok) throw new Error(handler.error.code);
    const log = makeCommand(
      "LogContact",
      {
        processId: "p-nordbank-backend",
        candidateId: "c-asa-oberg",
        contact: callContact("send:u-7", clock.iso(), "reached", "Besked"),
      },
      { id: "send:u-7>asa", createdAt: clock.iso() },
    );
    const { id, type, key, payload, createdAt } = log;
    await handler.value.enqueue({ id, type, key, payload, createdAt });
    await handler.value.markSending(id, clock.now());

    await clock.advance(LEASE_MS);
    ticks[0]!.work();
    await settle();
    await app.engine.idle();
    expect(m365.notes.entries().map((e) => e.id)).toEqual(["send:u-7"]);
    stop();
    expect(ticks[0]!.stopped).toBe(true);
  });
});
