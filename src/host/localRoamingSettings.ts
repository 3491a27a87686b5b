import { err, ok } from "../domain/result";
import type { RoamingSettings } from "./host";
import { hostErrors } from "./hostErrors";

const SETTINGS_KEY = "svara.roamingSettings";

/**
 * Outlook's roaming settings played by this browser's localStorage: the workbench's pane, and the
 * dashboard until its settings live in the app folder. The same 32 KB limit, so nothing fits here
 * that would not fit in Outlook.
 */
export function localRoamingSettings(storage: Storage | undefined): RoamingSettings {
  const read = (): Record<string, unknown> => {
    try {
      return JSON.parse(storage?.getItem(SETTINGS_KEY) ?? "{}") as Record<string, unknown>;
    } catch {
      return {}; // a corrupt entry is reset, as Outlook would start with empty settings
    }
  };
  return {
    get: <T>(key: string) => read()[key] as T | undefined,
    async set(key, value) {
      const next = JSON.stringify({ ...read(), [key]: value });
      if (next.length > 32 * 1024) return err(hostErrors.settingsTooLarge());
      storage?.setItem(SETTINGS_KEY, next);
      return ok(undefined);
    },
  };
}
