import {
  DEFAULT_FIRM_SETTINGS,
  automaticErasureOn,
  beginErasure,
  consentExpiry,
  dueForAutomaticErasure,
  firmSettingsToJson,
  parseFirmSettings,
  recordConsent,
  retentionDate,
  validateFirmSettings,
  withFirmRetention,
  type FirmSettings,
} from "../../../../src/domain";
import { candidate, process, settings } from "../fixtures";

// Åsa was turned down on 15 November 2026; the firm keeps candidates 24 months after they leave.
const rejected = candidate({ stageId: "rejected", leftAt: "2026-11-15T10:00:00.000Z" });
const dueOn = "2028-11-15";
const firmOn: FirmSettings = { ...DEFAULT_FIRM_SETTINGS, autoErase: true };

describe("the firm's retention rule", () => {
  it("is 24 months, no automatic erasure and a week's grace until the firm says otherwise", () => {
    expect(DEFAULT_FIRM_SETTINGS).toEqual({ retentionMonths: 24, autoErase: false, graceDays: 7 });
  });

  it("reads back what it wrote, and a field a hand edit broke falls back to the default", () => {
    const firm = { retentionMonths: 36, autoErase: true, graceDays: 14 };
    expect(parseFirmSettings(JSON.parse(firmSettingsToJson(firm)))).toEqual({ ok: true, value: firm });
    const broken = { ...JSON.parse(firmSettingsToJson(firm)), retentionMonths: "tre år", graceDays: -1 };
    expect(parseFirmSettings(broken)).toEqual({
      ok: true,
      value: { retentionMonths: 24, autoErase: true, graceDays: 7 },
    });
  });

  it("refuses a file that is not Svara's, rather than writing over it", () => {
    const read = parseFirmSettings({ schema: "someone-else/1", retentionMonths: 3 });
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.error.code).toBe("invalid-firm-settings");
    expect(parseFirmSettings([]).ok).toBe(false);
  });

  it("names each value out of range in Swedish and English", () => {
    const errors = validateFirmSettings({ retentionMonths: 0, autoErase: true, graceDays: 91 });
    expect(errors.map((e) => e.field)).toEqual(["retentionMonths", "graceDays"]);
    expect(errors[0]?.message.sv).toMatch(/månader/);
    expect(errors[1]?.message.en).toMatch(/grace period/);
    expect(validateFirmSettings(DEFAULT_FIRM_SETTINGS)).toEqual([]);
  });

  it("replaces the device's months in every retention date", () => {
    const firm = { ...DEFAULT_FIRM_SETTINGS, retentionMonths: 6 };
    expect(retentionDate(rejected, process(), withFirmRetention(settings, firm))).toBe("2027-05-15");
    expect(withFirmRetention(settings, DEFAULT_FIRM_SETTINGS)).toBe(settings);
  });
});

describe("consent renewal: a yes keeps them longer", () => {
  it("keeps a candidate who said yes twelve months from their yes, when that is later than the rule", () => {
    const yes = recordConsent(
      rejected,
      process(),
      { givenAt: "2028-11-01T09:30:00.000Z", months: 12 },
      settings,
    );
    expect(yes.consent).toEqual({
      talentPool: true,
      givenAt: "2028-11-01T09:30:00.000Z",
      expiresAt: "2029-11-01T09:30:00.000Z",
    });
    expect(yes.retentionUntil).toBe("2029-11-01");
  });

  it("keeps the firm's date when the consent ends earlier", () => {
    const early = recordConsent(
      rejected,
      process(),
      { givenAt: "2027-01-10T09:00:00.000Z", months: 12 },
      settings,
    );
    expect(early.retentionUntil).toBe(dueOn);
  });

  it("is recorded once: the same yes again, or an older one from another device, changes nothing", () => {
    const given = { givenAt: "2028-11-01T09:30:00.000Z", months: 12 };
    const once = recordConsent(rejected, process(), given, settings);
    expect(recordConsent(once, process(), given, settings)).toBe(once);
    expect(
      recordConsent(once, process(), { givenAt: "2028-10-01T09:30:00.000Z", months: 12 }, settings),
    ).toBe(once);
  });

  it("keeps the local time across summer time, and the 31st becomes the month's last day", () => {
    // 09:00 in Stockholm in January (UTC+1) is 09:00 in July (UTC+2).
    expect(consentExpiry("2028-01-15T08:00:00.000Z", 6, "Europe/Stockholm")).toBe("2028-07-15T07:00:00.000Z");
    expect(consentExpiry("2029-01-31T11:00:00.000Z", 1, "Europe/Stockholm")).toBe("2029-02-28T11:00:00.000Z");
  });

  it("gives a hired candidate no retention date, consent or not: another register applies", () => {
    const hired = candidate({ stageId: "hired", leftAt: "2026-11-15T10:00:00.000Z" });
    const yes = recordConsent(
      hired,
      process(),
      { givenAt: "2028-11-01T09:30:00.000Z", months: 12 },
      settings,
    );
    expect(yes.retentionUntil).toBeNull();
  });
});

describe("automatic erasure after the grace period", () => {
  const p = process({ candidates: [rejected] });

  it("is off until the firm turns it on", () => {
    expect(dueForAutomaticErasure([p], settings, DEFAULT_FIRM_SETTINGS, "2030-01-01T12:00:00.000Z")).toEqual(
      [],
    );
    expect(automaticErasureOn(dueOn, DEFAULT_FIRM_SETTINGS)).toBeNull();
  });

  it("erases a week after the retention date, not a day before", () => {
    expect(automaticErasureOn(dueOn, firmOn)).toBe("2028-11-22");
    // 23:30 UTC on the 21st is already the 22nd in Stockholm.
    expect(dueForAutomaticErasure([p], settings, firmOn, "2028-11-21T22:30:00.000Z")).toEqual([]);
    expect(dueForAutomaticErasure([p], settings, firmOn, "2028-11-21T23:30:00.000Z")).toEqual([
      { processId: p.id, candidateId: rejected.id },
    ]);
  });

  it("follows the firm's grace period", () => {
    const noGrace = { ...firmOn, graceDays: 0 };
    expect(dueForAutomaticErasure([p], settings, noGrace, "2028-11-15T08:00:00.000Z")).toHaveLength(1);
  });

  it("waits for a consent that lasts longer", () => {
    const yes = recordConsent(rejected, p, { givenAt: "2028-11-10T09:00:00.000Z", months: 12 }, settings);
    const kept = process({ candidates: [yes] });
    expect(dueForAutomaticErasure([kept], settings, firmOn, "2028-12-01T12:00:00.000Z")).toEqual([]);
    expect(dueForAutomaticErasure([kept], settings, firmOn, "2029-11-17T12:00:00.000Z")).toHaveLength(1);
  });

  it("never erases a hired candidate or one still in the process", () => {
    const hired = candidate({ id: "c-hired", stageId: "hired", leftAt: "2026-11-15T10:00:00.000Z" });
    const waiting = candidate({ id: "c-waiting" });
    const all = process({ candidates: [hired, waiting] });
    expect(dueForAutomaticErasure([all], settings, firmOn, "2035-01-01T12:00:00.000Z")).toEqual([]);
  });

  it("leaves out a candidate someone is already erasing", () => {
    const erasing = beginErasure(p, {
      id: "e-1",
      candidateId: rejected.id,
      by: "maja.lind@svara-demo.se",
      deleteMails: false,
      at: "2028-11-16T09:00:00.000Z",
    });
    expect(dueForAutomaticErasure([erasing], settings, firmOn, "2029-01-01T12:00:00.000Z")).toEqual([]);
  });
});
