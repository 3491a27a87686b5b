import "fake-indexeddb/auto"; // IDBKeyRange and the rest of the globals idb expects
import { IDBFactory } from "fake-indexeddb";
import { readDeviceCopy } from "../../../src/app/deviceCopy";
import { processCacheIn } from "../../../src/sync/processCache";
import { openSyncStateDb } from "../../../src/sync/syncStateDb";
import { applied, candidate, process } from "../domain/fixtures";

describe("this device's copy, read before the connection", () => {
  it("is nothing on the first start on a device: the pane connects as before", async () => {
    expect(await readDeviceCopy(new IDBFactory())).toBeNull();
  });

  it("is nothing where the browser keeps no storage", async () => {
    expect(await readDeviceCopy(null)).toBeNull();
  });

  it("brings back the processes the last connection left, candidates and all", async () => {
    const idb = new IDBFactory();
    const db = await openSyncStateDb(idb);
    if (!db.ok) throw new Error(db.error.code);
    const asa = candidate({ contacts: [applied("2026-11-03T09:12:00.000Z")] });
    const files = { digests: { index: "d1" }, shards: { [asa.id]: 0 } };
    await processCacheIn(db.value).put({ process: process({ candidates: [asa] }), etag: "svara2:x", files });
    db.value.close();

    const copy = await readDeviceCopy(idb);
    expect(copy?.map((s) => s.process.candidates.map((c) => c.name))).toEqual([["Åsa Öberg"]]);
    // With its version and the adapter's notes on its files: the connection downloads none of it
    // while the listing shows that version.
    expect(copy?.map((s) => [s.etag, s.files])).toEqual([["svara2:x", files]]);
  });
});
