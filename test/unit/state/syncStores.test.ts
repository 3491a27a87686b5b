import "fake-indexeddb/auto";
import { IDBFactory } from "fake-indexeddb";
import { ok, type Result } from "../../../src/domain";
import type { RoamingSettings } from "../../../src/host/host";
import { pendingCount } from "../../../src/state/outboxStatusStore";
import { candidateByEmail, clockOf } from "../../../src/state/processesStore";
import { createSyncStores, startSync } from "../../../src/state/syncStores";
import { callContact, makeCommand } from "../../../src/sync/commands";
import { createSyncEngine } from "../../../src/sync/engine";
import { openOutboxStore } from "../../../src/sync/outboxStore";
import { candidate, process } from "../domain/fixtures";
import { FakeClock, settle } from "../sync/fakes/fakeClock";
import { handlerLogsSentMail } from "../sync/fakes/sendHandler";
import { fakeMicrosoft365 } from "../sync/fakes/fakePorts";

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
    const asa = candidateByEmail(app.processes.getState(), "asa.oberg@example.se")!;
    const clockNow = () =>
      clockOf(
        app.processes.getState(),
        asa.process.id,
        asa.candidate.id,
        app.settings.getState().settings,
        clock.iso(),
      )?.phase;
    expect(clockNow()).toBe("overdue");

    const saved = await app.processes.getState().dispatch(
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
});
