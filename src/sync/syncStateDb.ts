// The small IndexedDB database beside the outbox: what this device remembers to work offline and
// to read mail deltas — never the only copy of anything (Microsoft 365 and the outbox are).
// Its own database, so the outbox's schema and upgrades stay the outbox's.

import { wrap, type IDBPDatabase } from "idb";
import { err, ok, type Result } from "../domain";
import { outboxUnavailable, storageError } from "./outboxErrors";

export const DELTA_LINKS = "deltaLinks";
export const PROCESSES = "processes";
const VERSION = 1;

export type SyncStateDb = IDBPDatabase;

export async function openSyncStateDb(
  factory: IDBFactory | null | undefined = globalThis.indexedDB,
  name = "svara-sync-state",
): Promise<Result<SyncStateDb>> {
  if (!factory) return err(outboxUnavailable("indexedDB is not available"));
  try {
    const request = factory.open(name, VERSION);
    request.onupgradeneeded = () => {
      const db = request.result;
      if (!db.objectStoreNames.contains(DELTA_LINKS)) db.createObjectStore(DELTA_LINKS);
      if (!db.objectStoreNames.contains(PROCESSES)) db.createObjectStore(PROCESSES);
    };
    const db = (await wrap(request)) as SyncStateDb;
    db.addEventListener("versionchange", () => db.close());
    return ok(db);
  } catch (e) {
    return err(storageError(e));
  }
}

export async function readKey<T>(
  db: SyncStateDb,
  store: string,
  key: string,
): Promise<Result<T | undefined>> {
  try {
    return ok((await db.get(store, key)) as T | undefined);
  } catch (e) {
    return err(storageError(e));
  }
}

/** Every value of `store`, one at a time through a cursor: each record is read in its own event, so
 * a large store never holds the thread in one piece the way getAll does. */
export async function eachValue(
  db: SyncStateDb,
  store: string,
  visit: (value: unknown) => void,
): Promise<Result<void>> {
  try {
    let cursor = await db.transaction(store, "readonly").store.openCursor();
    while (cursor) {
      visit(cursor.value);
      cursor = await cursor.continue();
    }
    return ok(undefined);
  } catch (e) {
    return err(storageError(e));
  }
}

export async function writeKey(
  db: SyncStateDb,
  store: string,
  key: string,
  value: unknown,
): Promise<Result<void>> {
  try {
    const tx = db.transaction(store, "readwrite", { durability: "strict" });
    await tx.store.put(value, key);
    await tx.done;
    return ok(undefined);
  } catch (e) {
    return err(storageError(e));
  }
}

/** Deletes every key of `store` not in `keep`, in one transaction; answers how many went. */
export async function keepOnlyKeys(
  db: SyncStateDb,
  store: string,
  keep: ReadonlySet<string>,
): Promise<Result<number>> {
  try {
    const tx = db.transaction(store, "readwrite", { durability: "strict" });
    const gone = (await tx.store.getAllKeys()).filter((k) => !keep.has(String(k)));
    for (const key of gone) await tx.store.delete(key);
    await tx.done;
    return ok(gone.length);
  } catch (e) {
    return err(storageError(e));
  }
}
