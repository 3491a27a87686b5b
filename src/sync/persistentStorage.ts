/** The part of navigator.storage we use. */
export interface PersistableStorage {
  persist?: () => Promise<boolean>;
  persisted?: () => Promise<boolean>;
}

const asked = new WeakMap<PersistableStorage, Promise<boolean>>();

/** Ask the browser once to keep our storage under pressure instead of evicting it (the outbox
 * may hold the only copy of a change). Never blocks saving: a refusal or a missing API is false. */
export function requestPersistentStorage(
  storage: PersistableStorage | undefined = (globalThis as { navigator?: { storage?: PersistableStorage } })
    .navigator?.storage,
): Promise<boolean> {
  if (!storage || typeof storage.persist !== "function") return Promise.resolve(false);
  let request = asked.get(storage);
  if (!request) {
    request = (async () => {
      try {
        if ((await storage.persisted?.()) === true) return true;
        return await storage.persist!();
      } catch {
        return false;
      }
    })();
    asked.set(storage, request);
  }
  return request;
}
