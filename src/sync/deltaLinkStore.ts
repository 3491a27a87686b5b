// Where contact detection remembers how far it has read each folder's delta. Per device, like the
// outbox: a delta link is a cursor, not the recruiter's data.

import { ok, type Result } from "../domain";
import { DELTA_LINKS, readKey, writeKey, type SyncStateDb } from "./syncStateDb";

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

export function deltaLinksIn(db: SyncStateDb): DeltaLinkStore {
  return {
    async get(folder) {
      const value = await readKey<unknown>(db, DELTA_LINKS, folder);
      return value.ok ? ok(typeof value.value === "string" ? value.value : null) : value;
    },
    set: (folder, link) => writeKey(db, DELTA_LINKS, folder, link),
  };
}
