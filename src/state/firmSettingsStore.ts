import { createStore } from "zustand/vanilla";
import { ok, validateFirmSettings, type AppError, type FirmSettings, type Result } from "../domain";
import { makeCommand, stampNow, type Stamp } from "../sync/commands";
import type { SyncEngine } from "../sync/engine";
import type { SettingsStoreApi } from "./settingsStore";

/** The firm's retention rule (approot:/settings.json, one for every recruiter): read once the
 * processes are, changed through the outbox. It lives in the settings store (`firm`), where every
 * retention date reads it; this store only says whether it could be read, and saves a change. */
export interface FirmSettingsStore {
  readonly status: "loading" | "ready" | "error";
  /** Why the firm's rule could not be read: the defaults are shown meanwhile, and no automatic
   * erasure runs on a rule not read. */
  readonly error: AppError | null;
  load(): Promise<void>;
  /** Saved in the outbox (shown at once) or why not; invalid values name their field. */
  update(changes: Partial<FirmSettings>): Promise<Result<FirmSettings, readonly AppError[]>>;
}

export type FirmSettingsGateway = Pick<SyncEngine, "dispatch" | "readFirmSettings">;

export const createFirmSettingsStore = (
  sync: FirmSettingsGateway,
  settings: SettingsStoreApi,
  stamp: () => Stamp = () => stampNow(),
) =>
  createStore<FirmSettingsStore>()((set) => ({
    status: "loading",
    error: null,
    load: async () => {
      set({ status: "loading", error: null });
      const read = await sync.readFirmSettings();
      if (!read.ok) return set({ status: "error", error: read.error });
      settings.getState().showFirm(read.value);
      set({ status: "ready" });
    },
    update: async (changes) => {
      const next = { ...settings.getState().firm, ...changes };
      const problems = validateFirmSettings(next);
      if (problems.length > 0) return { ok: false, error: problems };
      const saved = await sync.dispatch(makeCommand("ChangeFirmSettings", { changes }, stamp()));
      if (!saved.ok) return { ok: false, error: [saved.error] };
      settings.getState().showFirm(next);
      return ok(next);
    },
  }));

export type FirmSettingsStoreApi = ReturnType<typeof createFirmSettingsStore>;
