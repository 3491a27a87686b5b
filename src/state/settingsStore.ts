import { createStore } from "zustand/vanilla";
import {
  DEFAULT_FIRM_SETTINGS,
  DEFAULT_SETTINGS,
  validateSettings,
  withFirmRetention,
  type AppError,
  type FirmSettings,
  type Language,
  type Result,
  type Settings,
} from "../domain";
import { ok } from "../domain";
import type { RoamingSettings } from "../host/host";

/** Roaming-settings keys (32 KB in all, shared with whatever else the add-in keeps there). */
const SETTINGS_KEY = "svara.settings";
const LANGUAGE_KEY = "svara.language";

/** The recruiter's settings and UI language, from Office roaming settings: they follow the
 * recruiter across devices. The retention months are the firm's (firmSettingsStore.ts), whatever
 * an older version stored in her roaming settings. */
export interface SettingsStore {
  readonly settings: Settings;
  /** The firm's retention rule as last read or saved (the defaults until then). */
  readonly firm: FirmSettings;
  readonly language: Language;
  /** Stored values that were not valid and were replaced by defaults. */
  readonly problems: readonly AppError[];
  load(): void;
  update(changes: Partial<Settings>): Promise<Result<Settings, readonly AppError[]>>;
  setLanguage(language: Language): Promise<Result<void>>;
  /** The firm's rule read or changed: every retention date follows its months. */
  showFirm(firm: FirmSettings): void;
}

/** "sv-SE" → sv; anything else → en. */
function languageFromHost(tag: string): Language {
  return tag.toLowerCase().startsWith("sv") ? "sv" : "en";
}

/** Each stored field that passes validation is kept; the rest fall back to the defaults. */
function readSettings(stored: unknown): { settings: Settings; problems: readonly AppError[] } {
  if (typeof stored !== "object" || stored === null) return { settings: DEFAULT_SETTINGS, problems: [] };
  const merged = { ...DEFAULT_SETTINGS, ...(stored as Partial<Settings>) };
  const problems = validateSettings(merged);
  const bad = new Set(problems.map((p) => p.field));
  const settings = Object.fromEntries(
    Object.entries(DEFAULT_SETTINGS).map(([k, v]) => [k, bad.has(k) ? v : merged[k as keyof Settings]]),
  ) as unknown as Settings;
  return { settings, problems };
}

export const createSettingsStore = (roaming: RoamingSettings, hostLanguage: string) =>
  createStore<SettingsStore>()((set, get) => ({
    settings: DEFAULT_SETTINGS,
    firm: DEFAULT_FIRM_SETTINGS,
    language: languageFromHost(hostLanguage),
    problems: [],
    load: () => {
      const { settings, problems } = readSettings(roaming.get<unknown>(SETTINGS_KEY));
      const stored = roaming.get<unknown>(LANGUAGE_KEY);
      const language = stored === "sv" || stored === "en" ? stored : languageFromHost(hostLanguage);
      set({ settings: withFirmRetention(settings, get().firm), language, problems });
    },
    update: async (changes) => {
      const next = withFirmRetention({ ...get().settings, ...changes }, get().firm);
      const problems = validateSettings(next);
      if (problems.length > 0) return { ok: false, error: problems };
      const saved = await roaming.set(SETTINGS_KEY, next);
      if (!saved.ok) return { ok: false, error: [saved.error] };
      set({ settings: next, problems: [] });
      return ok(next);
    },
    setLanguage: async (language) => {
      const saved = await roaming.set(LANGUAGE_KEY, language);
      if (saved.ok) set({ language });
      return saved;
    },
    showFirm: (firm) => set({ firm, settings: withFirmRetention(get().settings, firm) }),
  }));

export type SettingsStoreApi = ReturnType<typeof createSettingsStore>;
