// Where contact detection remembers how far it has read each folder's delta. Per device, like the
// outbox (a delta link is a cursor, not the recruiter's data), in its own small IndexedDB database
// so the outbox's schema stays the outbox's.

import { wrap, type IDBPDatabase } from "idb";
import { err, ok, type Result } from "../domain";
import { storageError } from "./outboxErrors";

export type DeltaFolder = "inbox" | "sentitems";

export interface DeltaLinkStore {
  get(folder: DeltaFolder): Promise<Result<string | null>>;
  set(folder: DeltaFolder, deltaLink: string): Promise<Result<void>>;
}

export function memoryDeltaLinks(): DeltaLinkStore {
  const links = new Map<DeltaFolder, string>();
  return {
    get: async (folder) => ok(links.get(folder) ?? null),
    set: async (folder, link) => ok(void links.set(folder, link)),
  };
}

const STORE = "deltaLinks";

export async function openDeltaLinkStore(
  factory: IDBFactory,
  name = "svara-sync-state",
): Promise<Result<DeltaLinkStore>> {
  let db: IDBPDatabase;
  try {
    const request = factory.open(name, 1);
    request.onupgradeneeded = () => {
      if (!request.result.objectStoreNames.contains(STORE)) request.result.createObjectStore(STORE);
    };
    db = (await wrap(request)) as IDBPDatabase;
  } catch (e) {
    return err(storageError(e));
  }
  return ok({
    async get(folder) {
      try {
        const value: unknown = await db.get(STORE, folder);
        return ok(typeof value === "string" ? value : null);
      } catch (e) {
        return err(storageError(e));
      }
    },
    async set(folder, link) {
      try {
        const tx = db.transaction(STORE, "readwrite", { durability: "strict" });
        await tx.store.put(link, folder);
        await tx.done;
        return ok(undefined);
      } catch (e) {
        return err(storageError(e));
      }
    },
  });
}
