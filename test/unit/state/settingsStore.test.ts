import { DEFAULT_SETTINGS, ok, type Result } from "../../../src/domain";
import type { RoamingSettings } from "../../../src/host/host";
import { createSettingsStore } from "../../../src/state/settingsStore";

// The keys in the recruiter's roaming settings, spelled out: renaming one would lose what is stored.
const SETTINGS_KEY = "svara.settings";
const LANGUAGE_KEY = "svara.language";

function roaming(
  initial: Record<string, unknown> = {},
): RoamingSettings & { values: Record<string, unknown> } {
  const values = { ...initial };
  return {
    values,
    get: <T>(key: string) => values[key] as T | undefined,
    set: async (key: string, value: unknown): Promise<Result<void>> => {
      values[key] = value;
      return ok(undefined);
    },
  };
}

describe("the recruiter's settings follow them from roaming settings", () => {
  it("starts from the defaults and the host's language on a first run", () => {
    const store = createSettingsStore(roaming(), "sv-SE");
    store.getState().load();
    expect(store.getState()).toMatchObject({ settings: DEFAULT_SETTINGS, language: "sv", problems: [] });
    expect(createSettingsStore(roaming(), "en-US").getState().language).toBe("en");
  });

  it("keeps the stored values that are valid and replaces the broken ones, saying which", () => {
    const store = createSettingsStore(
      roaming({ [SETTINGS_KEY]: { dayCounting: "business", retentionMonths: -3 }, [LANGUAGE_KEY]: "en" }),
      "sv-SE",
    );
    store.getState().load();
    const s = store.getState();
    expect(s.settings.dayCounting).toBe("business");
    expect(s.settings.retentionMonths).toBe(DEFAULT_SETTINGS.retentionMonths);
    expect(s.problems.map((p) => p.field)).toEqual(["retentionMonths"]);
    expect(s.language).toBe("en");
  });

  it("saves a valid change and refuses an invalid one without touching what is stored", async () => {
    const r = roaming();
    const store = createSettingsStore(r, "sv-SE");
    const saved = await store.getState().update({ quietDaysBeforeStatusUpdate: 7 });
    expect(saved.ok).toBe(true);
    expect(
      (r.values[SETTINGS_KEY] as { quietDaysBeforeStatusUpdate: number }).quietDaysBeforeStatusUpdate,
    ).toBe(7);
    const refused = await store.getState().update({ timeZone: "Mars/Olympus" });
    expect(!refused.ok && refused.error[0]!.field).toBe("timeZone");
    expect(store.getState().settings.timeZone).toBe(DEFAULT_SETTINGS.timeZone);
    await store.getState().setLanguage("en");
    expect(store.getState().language).toBe("en");
  });
});
