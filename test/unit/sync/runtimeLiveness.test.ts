import { createSyncEngine } from "../../../src/sync/engine";
import { LEASE_MS, LEASE_RENEW_MS } from "../../../src/sync/outboxLease";
import { SWEEP_LEASE } from "../../../src/sync/outboxSchema";
import { useLocksForTests } from "../../../src/sync/runtimeLiveness";
import { cmd } from "./fakes/commandsFor";
import { settle } from "./fakes/fakeClock";
import { ASA, harness, openOutbox, PROCESS_ID, type Harness } from "./fakes/harness";

/** The device's Web Locks, as the browser keeps them: a runtime's lock goes when its page does. */
function fakeLocks() {
  const held = new Set<string>();
  const manager = {
    request: (async (name: string, callback: () => Promise<unknown>) => {
      held.add(name);
      return callback();
    }) as unknown as LockManager["request"],
    query: async () => ({
      held: [...held].map((name) => ({ name, mode: "exclusive" as const })),
      pending: [],
    }),
  };
  return { manager, closePage: (runtime: string) => held.delete(`svara.runtime.${runtime}`) };
}

const asa = { processId: PROCESS_ID, candidateId: ASA };
const note = (id: string) =>
  cmd("AddNote", { ...asa, noteId: id, at: "2026-11-25T08:59:00.000Z", text: id }, undefined, id);

async function reopenedPane(h: Harness, runtimeId: string) {
  const engine = createSyncEngine({
    outbox: await openOutbox(h.idb),
    ports: h.m365,
    now: h.clock.now,
    sleep: h.clock.sleep,
    random: () => 0.5,
    runtimeId,
  });
  await engine.refresh();
  return engine;
}

describe("a pane closed in the middle of a sweep", () => {
  let locks: ReturnType<typeof fakeLocks>;
  beforeEach(() => {
    locks = fakeLocks();
    useLocksForTests(locks.manager);
  });
  afterAll(() => useLocksForTests(null));

  it("does not hold up the note she writes in the pane she opens again", async () => {
    const h = await harness({ runtimeId: "pane-1" });
    await settle();
    expect(await h.outbox.acquireLease(SWEEP_LEASE, "pane-1", h.clock.now())).toEqual({
      ok: true,
      value: true,
    });
    h.engine.stop();
    locks.closePage("pane-1");
    await h.clock.advance(1_000);

    const again = await reopenedPane(h, "pane-2");
    await again.dispatch(note("n-after-reopen"));
    await again.idle();
    expect(h.m365.notes.entries().map((e) => e.id)).toEqual(["n-after-reopen"]);
    again.stop();
  });

  it("still waits for a pane that is open and sweeping", async () => {
    const h = await harness({ runtimeId: "pane-1" });
    await settle();
    expect(await h.outbox.acquireLease(SWEEP_LEASE, "pane-1", h.clock.now())).toEqual({
      ok: true,
      value: true,
    });
    await h.clock.advance(1_000);

    const popOut = await reopenedPane(h, "pop-out");
    await popOut.dispatch(note("n-waits"));
    await popOut.idle();
    expect(h.m365.notes.entries()).toEqual([]);

    await h.outbox.releaseLease(SWEEP_LEASE, "pane-1");
    await h.clock.advance(LEASE_RENEW_MS);
    await popOut.idle();
    expect(h.m365.notes.entries().map((e) => e.id)).toEqual(["n-waits"]);
    popOut.stop();
  });

  it("keeps a lease of a runtime without locks (Outlook's send handler) until it runs out", async () => {
    const h = await harness({ runtimeId: "pane-1" });
    await settle();
    // The send handler's runtime has no Web Locks: its lease is not watched, and lapses by time.
    expect(await h.outbox.acquireLease(SWEEP_LEASE, "send-handler", h.clock.now())).toEqual({
      ok: true,
      value: true,
    });
    await h.clock.advance(1_000);
    await h.engine.dispatch(note("n-after-handler"));
    await h.engine.idle();
    expect(h.m365.notes.entries()).toEqual([]);

    await h.clock.advance(LEASE_MS);
    h.engine.drain();
    await h.engine.idle();
    await h.clock.advance(LEASE_RENEW_MS);
    await h.engine.idle();
    expect(h.m365.notes.entries().map((e) => e.id)).toEqual(["n-after-handler"]);
    h.engine.stop();
  });
});
