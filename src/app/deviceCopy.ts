// This device's copy of the processes, read before MSAL and the Graph client have loaded: on every
// start after the first, the open mail's card paints from it (issue 13: JS before the first card).
// Its own small chunk (IndexedDB and the process parser only); the connection replaces the view
// with what Microsoft 365 has, and every change waits for the connection.
import type { Settings } from "../domain";
import type { StoredProcess } from "../graph/ports";
import type { RoamingSettings } from "../host/host";
import { createSettingsStore } from "../state/settingsStore";
import { processCacheIn } from "../sync/processCache";
import { openSyncStateDb } from "../sync/syncStateDb";

/** The processes this device last saw, with their versions (the connection's first listing
 * downloads only what changed since), or null on a first start (or when its storage is out of reach). */
export async function readDeviceCopy(
  factory: IDBFactory | null | undefined = globalThis.indexedDB,
): Promise<readonly StoredProcess[] | null> {
  const db = await openSyncStateDb(factory);
  if (!db.ok) return null;
  try {
    // Read through the cache's own interface: its stored shape is the cache's business.
    const cached = await processCacheIn(db.value).load();
    return cached.ok && cached.value.length > 0 ? cached.value : null;
  } finally {
    // The connection opens its own: an open handle here would only hold up its upgrades.
    db.value.close();
  }
}

/** Her settings as the connection will read them (roaming settings): the card's clock needs them. */
export function settingsNow(roaming: RoamingSettings, hostLanguage: string): Settings {
  const settings = createSettingsStore(roaming, hostLanguage);
  settings.getState().load();
  return settings.getState().settings;
}
