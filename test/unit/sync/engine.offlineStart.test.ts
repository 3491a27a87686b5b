import { processCacheIn } from "../../../src/sync/processCache";
import { openSyncStateDb } from "../../../src/sync/syncStateDb";
import { cmd } from "./fakes/commandsFor";
import { offline } from "./fakes/faults";
import { ASA, harness, PROCESS_ID } from "./fakes/harness";

describe("opening the pane without a network", () => {
  it("shows the candidates from this device's copy, takes a note, and writes it once the network is back", async () => {
    const h = await harness();
    const db = await openSyncStateDb(h.idb);
    if (!db.ok) throw new Error(db.error.code);
    const cache = processCacheIn(db.value);
    await h.reopen({ cache }); // online: the copy is made
    h.m365.processes.faults.fail("listAll", offline(), 2); // the reopened pane's load, and ours
    h.m365.processes.faults.fail("write", offline());

    await h.reopen({ cache });
    const refreshed = await h.engine.refresh();
    expect(refreshed.ok && refreshed.value.offline?.code).toBe("graph-offline");
    expect(h.engine.processes()[0]!.candidates.map((c) => c.id)).toContain(ASA);

    const saved = await h.engine.dispatch(
      cmd(
        "AddNote",
        {
          processId: PROCESS_ID,
          candidateId: ASA,
          noteId: "n-off",
          at: h.clock.iso(),
          text: "Tåget, inget nät",
        },
        undefined,
        "n-off",
      ),
    );
    expect(saved.ok).toBe(true);
    await h.engine.idle();
    expect(h.statuses.get("n-off")?.state).toBe("pending");
    h.engine.kick();
    await h.engine.idle();
    expect(h.statuses.get("n-off")?.state).toBe("sent");
    expect(h.m365.notes.entries().map((e) => e.id)).toEqual(["n-off"]);
  });

  it("forgets a process deleted in Microsoft 365 at the next sync: not in the pane, not in this device's copy", async () => {
    const h = await harness();
    const db = await openSyncStateDb(h.idb);
    if (!db.ok) throw new Error(db.error.code);
    const cache = processCacheIn(db.value);
    await h.reopen({ cache });
    expect((await cache.load()).ok && (await cache.load())).toMatchObject({
      value: [{ process: { id: PROCESS_ID } }],
    });

    h.m365.processes.docs.delete(PROCESS_ID); // deleted in OneDrive, or on her other computer
    await h.engine.refresh();
    expect(h.engine.processes()).toEqual([]);
    const copy = await cache.load();
    expect(copy.ok && copy.value).toEqual([]);
  });

  it("says so when there is neither a network nor a copy on this device", async () => {
    const h = await harness();
    h.m365.processes.faults.fail("listAll", offline());
    const refreshed = await h.engine.refresh();
    expect(!refreshed.ok && refreshed.error.code).toBe("graph-offline");
  });
});
