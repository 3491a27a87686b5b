// The device's copy of the processes (IndexedDB): what an offline start shows and what the first
// listing compares against, so unchanged processes are not downloaded again.
import "fake-indexeddb/auto";
import { IDBFactory } from "fake-indexeddb";
import { serialiseProcess } from "../../../src/domain";
import { processCacheIn } from "../../../src/sync/processCache";
import { openSyncStateDb, PROCESSES, writeKey } from "../../../src/sync/syncStateDb";
import { applied, candidate, process } from "../domain/fixtures";

async function cacheDb() {
  const db = await openSyncStateDb(new IDBFactory());
  if (!db.ok) throw new Error(db.error.code);
  return db.value;
}

const asa = candidate({ name: "Åsa Öberg-Ñúñez", contacts: [applied("2026-11-03T09:12:00.000Z")] });
const withAsa = process({ candidates: [asa] });

describe("this device's copy of the processes", () => {
  it("gives back the process as it was put, with its version and the notes on its files", async () => {
    const cache = processCacheIn(await cacheDb());
    const files = { digests: { index: "i1", "0": "s0" }, shards: { [asa.id]: 0 } };
    await cache.put({ process: withAsa, etag: "svara2:abc", files });

    const loaded = await cache.load();
    expect(loaded.ok && loaded.value).toEqual([{ process: withAsa, etag: "svara2:abc", files }]);
  });

  it("reads a copy an older version of Svara left (the document) through the parser, without notes on files", async () => {
    const db = await cacheDb();
    await writeKey(db, PROCESSES, withAsa.id, { etag: '"v1-etag"', document: serialiseProcess(withAsa) });

    const loaded = await processCacheIn(db).load();
    expect(loaded.ok && loaded.value.map((s) => [s.etag, s.files, s.process.candidates[0]!.name])).toEqual([
      ['"v1-etag"', undefined, "Åsa Öberg-Ñúñez"],
    ]);
  });

  it("does not trust a copy in a shape this version does not know: the listing reads that process", async () => {
    const db = await cacheDb();
    await writeKey(db, PROCESSES, withAsa.id, {
      shape: "id,title",
      etag: "svara2:old",
      process: { id: "x" },
    });
    await writeKey(db, PROCESSES, "p-garbage", 42);

    const loaded = await processCacheIn(db).load();
    expect(loaded.ok && loaded.value).toEqual([]);
  });

  it("forgets the processes no longer listed", async () => {
    const cache = processCacheIn(await cacheDb());
    await cache.put({ process: withAsa, etag: "a" });
    await cache.put({ process: { ...withAsa, id: "p-other" }, etag: "b" });
    await cache.keepOnly(new Set(["p-other"]));
    const loaded = await cache.load();
    expect(loaded.ok && loaded.value.map((s) => s.process.id)).toEqual(["p-other"]);
  });
});
