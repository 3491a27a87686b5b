// The firm's retention rule, one for every recruiter (issue 14): how long a candidate who left is
// kept, and whether Svara erases them by itself once a grace period has passed. Stored as one small
// JSON document beside the processes (`approot:/settings.json`) rather than in a recruiter's roaming
// settings, because it is the firm's rule, not her preference: every device reads the same one.

import { DEFAULT_SETTINGS } from "./defaults";
import type { Settings } from "./model";
import { appError, err, ok, type AppError, type Result } from "./result";

const FIRM_SETTINGS_SCHEMA = "svara.firmSettings/1";

export interface FirmSettings {
  /** Months after leaving before a rejected or withdrawn candidate is due for erasure. */
  readonly retentionMonths: number;
  /** Erase by itself `graceDays` after the due date (off: the recruiter erases from the list). */
  readonly autoErase: boolean;
  /** The week a recruiter has to renew consent or export before an automatic erasure (Teamtailor's). */
  readonly graceDays: number;
}

export const DEFAULT_FIRM_SETTINGS: FirmSettings = {
  retentionMonths: DEFAULT_SETTINGS.retentionMonths,
  autoErase: false,
  graceDays: 7,
};

const MAX_RETENTION_MONTHS = 120;
const MAX_GRACE_DAYS = 90;

const isWhole = (v: unknown, min: number, max: number): v is number =>
  typeof v === "number" && Number.isInteger(v) && v >= min && v <= max;

export function validateFirmSettings(firm: FirmSettings): readonly AppError[] {
  const errors: AppError[] = [];
  if (!isWhole(firm.retentionMonths, 1, MAX_RETENTION_MONTHS))
    errors.push(
      appError(
        "invalid-setting",
        `Ange hur många månader en avslutad kandidat sparas som ett heltal från 1 till ${MAX_RETENTION_MONTHS}.`,
        `Enter how many months a closed candidate is kept as a whole number from 1 to ${MAX_RETENTION_MONTHS}.`,
        { field: "retentionMonths" },
      ),
    );
  if (!isWhole(firm.graceDays, 0, MAX_GRACE_DAYS))
    errors.push(
      appError(
        "invalid-setting",
        `Ange respittiden som ett heltal från 0 till ${MAX_GRACE_DAYS} dagar.`,
        `Enter the grace period as a whole number from 0 to ${MAX_GRACE_DAYS} days.`,
        { field: "graceDays" },
      ),
    );
  if (typeof firm.autoErase !== "boolean")
    errors.push(
      appError("invalid-setting", "Välj om Svara raderar själv.", "Choose whether Svara erases by itself.", {
        field: "autoErase",
      }),
    );
  return errors;
}

/** A field that cannot be read falls back to the default, so a hand-edited file never stops erasure
 * from being listed; a file that is not Svara's is refused (writing back would replace it). */
export function parseFirmSettings(json: unknown): Result<FirmSettings> {
  if (typeof json !== "object" || json === null || Array.isArray(json))
    return err(unreadable("ingen JSON-objekt.", "not a JSON object."));
  const doc = json as Record<string, unknown>;
  if (doc["schema"] !== FIRM_SETTINGS_SCHEMA)
    return err(
      unreadable(`okänd version ${String(doc["schema"])}.`, `unknown version ${String(doc["schema"])}.`),
    );
  const merged = { ...DEFAULT_FIRM_SETTINGS, ...pick(doc) };
  const bad = new Set(validateFirmSettings(merged).map((e) => e.field));
  const keep = <K extends keyof FirmSettings>(k: K): FirmSettings[K] =>
    bad.has(k) ? DEFAULT_FIRM_SETTINGS[k] : merged[k];
  return ok({
    retentionMonths: keep("retentionMonths"),
    autoErase: keep("autoErase"),
    graceDays: keep("graceDays"),
  });
}

const pick = (doc: Record<string, unknown>): Partial<FirmSettings> => {
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(DEFAULT_FIRM_SETTINGS)) if (k in doc) out[k] = doc[k];
  return out as Partial<FirmSettings>;
};

export function firmSettingsToJson(firm: FirmSettings): string {
  return `${JSON.stringify(
    {
      schema: FIRM_SETTINGS_SCHEMA,
      retentionMonths: firm.retentionMonths,
      autoErase: firm.autoErase,
      graceDays: firm.graceDays,
    },
    null,
    2,
  )}\n`;
}

/** The recruiter's settings with the firm's retention in place of the per-device value, so every
 * rule that dates a retention (retention.ts) reads the firm's months. */
export function withFirmRetention(settings: Settings, firm: FirmSettings): Settings {
  return settings.retentionMonths === firm.retentionMonths
    ? settings
    : { ...settings, retentionMonths: firm.retentionMonths };
}

function unreadable(sv: string, en: string): AppError {
  return appError(
    "invalid-firm-settings",
    `Byråns inställningsfil går inte att läsa: ${sv}`,
    `The firm's settings file cannot be read: ${en}`,
    { field: "schema", retryable: false },
  );
}
