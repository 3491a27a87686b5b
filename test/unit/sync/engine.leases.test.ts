import { createSyncEngine, type SyncEngine } from "../../../src/sync/engine";
import { LEASE_MS, LEASE_RENEW_MS } from "../../../src/sync/outboxLease";
import { SWEEP_LEASE } from "../../../src/sync/outboxSchema";
import type { CommandStatus } from "../../../src/sync/syncEvents";
import { cmd } from "./fakes/commandsFor";
import { settle } from "./fakes/fakeClock";
import { ASA, harness, openOutbox, PROCESS_ID, type Harness } from "./fakes/harness";

const asa = { processId: PROCESS_ID, candidateId: ASA };
const note = (id: string) =>
  cmd("AddNote", { ...asa, noteId: id, at: "2026-11-25T08:59:00.000Z", text: id }, undefined, id);

/** A second runtime on the same device (a pop-out pane, the send handler): same IndexedDB. */
async function secondRuntime(h: Harness, runtimeId: string) {
  const statuses = new Map<string, CommandStatus>();
  const outbox = await openOutbox(h.idb);
  const engine: SyncEngine = createSyncEngine({
    outbox,
    ports: h.m365,
    now: h.clock.now,
    sleep: h.clock.sleep,
    random: () => 0.5,
    runtimeId,
    listener: { command: (s) => void statuses.set(s.id, s) },
  });
  await engine.refresh();
  return { engine, outbox, statuses };
}

/** Holds every process-document write until `open()`: a request on its way for as long as we like. */
function holdWrites(h: Harness) {
  let open!: () => void;
  h.m365.processes.gate = new Promise<void>((r) => (open = r));
  return () => {
    h.m365.processes.gate = null;
    open();
  };
}

describe("two runtimes of Svara on one device", () => {
  it("never sends Åsa's note from a second pane while the first is still sending it, even for 3 minutes", async () => {
    const h = await harness({ runtimeId: "pane-1" });
    const release = holdWrites(h);
    await h.engine.dispatch(note("n-slow"));
    await settle();
    const popOut = await secondRuntime(h, "pop-out");
    await popOut.engine.replay();
    for (let t = 0; t < 3 * 60_000; t += LEASE_RENEW_MS) {
      await h.clock.advance(LEASE_RENEW_MS); // the first pane renews its lease
      popOut.engine.drain();
      await popOut.engine.idle();
    }
    expect(popOut.statuses.get("n-slow")?.state).toBe("sending"); // shown there, sent here
    const stored = await h.outbox.get("n-slow");
    expect(stored.ok && stored.value).toMatchObject({
      status: "sending",
      attempts: 1,
      lease: { owner: "pane-1" },
    });

    release();
    await h.engine.idle();
    expect(h.m365.processes.writes()).toBe(1);
    expect(h.m365.notes.entries().map((e) => e.id)).toEqual(["n-slow"]);
    expect(h.statuses.get("n-slow")?.state).toBe("sent");
    // The second pane's status does not stick on "sending": it follows the first pane's verdict.
    await h.clock.advance(LEASE_RENEW_MS);
    await popOut.engine.idle();
    expect(popOut.statuses.get("n-slow")?.state).toBe("sent");
    popOut.engine.stop();
  });

  it("takes over the note of a pane that closed mid-send once its lease ran out, and sends it once", async () => {
    const h = await harness({ runtimeId: "pane-1" });
    holdWrites(h); // never released: the pane closed with its request
    await h.engine.dispatch(note("n-orphan"));
    await settle();
    h.engine.stop();
    h.m365.processes.gate = null;
    const popOut = await secondRuntime(h, "pop-out");
    await popOut.engine.replay();
    await popOut.engine.idle();
    expect(h.m365.notes.entries()).toEqual([]); // the lease still holds: it may be on its way

    await h.clock.advance(LEASE_MS);
    popOut.engine.drain();
    await popOut.engine.idle();
    await h.clock.advance(LEASE_RENEW_MS);
    await popOut.engine.idle();
    expect(h.m365.notes.entries().map((e) => e.id)).toEqual(["n-orphan"]);
    expect(popOut.statuses.get("n-orphan")?.state).toBe("sent");
    popOut.engine.stop();
  });

  it("starts no command in the send handler while the pane sweeps the reminders, and sends it after", async () => {
    const h = await harness({ runtimeId: "pane-1" });
    const handler = await secondRuntime(h, "send-handler");
    expect(await h.outbox.acquireLease(SWEEP_LEASE, "pane-1", h.clock.now())).toEqual({
      ok: true,
      value: true,
    });
    await handler.engine.dispatch(note("n-handler"));
    await handler.engine.idle();
    expect(h.m365.notes.entries()).toEqual([]);

    await h.outbox.releaseLease(SWEEP_LEASE, "pane-1");
    await h.clock.advance(LEASE_RENEW_MS);
    await handler.engine.idle();
    expect(h.m365.notes.entries().map((e) => e.id)).toEqual(["n-handler"]);
    handler.engine.stop();
  });

  it("lets only one runtime sweep at a time, and the sweep waits for a command another runtime has in flight", async () => {
    const h = await harness({ runtimeId: "pane-1" });
    const handler = await secondRuntime(h, "send-handler");
    const release = holdWrites(h);
    await handler.engine.dispatch(cmd("UpdateCandidate", { ...asa, changes: { phone: "070-123 45 67" } }));
    await settle();
    let swept = false;
    const sweep = h.engine.sweepFollowUps().then((r) => ((swept = true), r));
    await h.clock.advance(LEASE_RENEW_MS);
    expect(swept).toBe(false); // the handler's change (and its reminders) first
    const dashboard = await secondRuntime(h, "dashboard");
    expect(await dashboard.engine.sweepFollowUps()).toMatchObject({ ok: true, value: { elsewhere: true } });
    dashboard.engine.stop();

    release();
    await handler.engine.idle();
    for (let i = 0; i < 3 && !swept; i += 1) await h.clock.advance(LEASE_RENEW_MS);
    expect((await sweep).ok).toBe(true);
    const ids = [...h.m365.todo.open.values()].map((t) => (t as { followUp?: { id: string } }).followUp?.id);
    expect(new Set(ids).size).toBe(ids.length); // no twin reminders
    handler.engine.stop();
  });
});
