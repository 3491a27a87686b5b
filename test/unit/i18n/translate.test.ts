import { formatDateTime, languageFromTag, translator } from "../../../src/i18n/translate";
import { CATALOGUES, FIRST_PAINT_FEATURES, PANE_CATALOGUES } from "../../../src/i18n/catalogue";
import { LATER_FEATURES, registerLaterWords } from "../../../src/i18n/laterFeatures";

registerLaterWords();
const FEATURES = { ...FIRST_PAINT_FEATURES, ...LATER_FEATURES };

const { sv, en } = CATALOGUES;

describe("the UI speaks the recruiter's language", () => {
  it.each([
    ["sv-SE", "sv"],
    ["sv", "sv"],
    ["SV-fi", "sv"],
    ["en-US", "en"],
    ["de-DE", "en"],
    ["svx", "en"],
    [undefined, "en"],
  ])("display language %s gives %s", (tag, language) => {
    expect(languageFromTag(tag)).toBe(language);
  });

  it("has an English word for every Swedish one, none of them empty", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(sv).sort());
    for (const text of [...Object.values(en), ...Object.values(sv)]) expect(text.trim()).not.toBe("");
  });

  it("never uses one key in two catalogues, so joining them hides no word", () => {
    const keys = [PANE_CATALOGUES.sv, ...Object.values(FEATURES).map((f) => f.sv)].flatMap((c) =>
      Object.keys(c),
    );
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("fills placeholders and leaves unknown ones visible", () => {
    const t = translator("sv");
    expect(t("item.attendeeCount", { count: 3 })).toBe("3 deltagare");
    expect(translator("en")("item.attendeeCount", { count: 2 })).toBe("2 attendees");
    expect(t("item.attendeeCount")).toBe("{count} deltagare");
  });

  it("writes dates in Swedish time, across the change to winter time", () => {
    const nextYear = Date.parse("2027-01-10T12:00:00Z");
    expect(formatDateTime("2026-10-24T22:30:00Z", "sv", undefined, nextYear)).toBe("25 okt. 2026 kl. 00:30");
    expect(formatDateTime("2026-10-25T22:30:00Z", "sv", undefined, nextYear)).toBe("25 okt. 2026 kl. 23:30");
    expect(formatDateTime("2026-10-25T22:30:00Z", "en", undefined, nextYear)).toBe("25 Oct 2026, 23:30");
  });

  it("leaves out this year, as a recruiter writes a date: 2 dec. kl. 16:17", () => {
    const now = Date.parse("2026-11-29T12:00:00Z");
    expect(formatDateTime("2026-12-02T15:17:00Z", "sv", undefined, now)).toBe("2 dec. kl. 16:17");
    expect(formatDateTime("2026-12-02T15:17:00Z", "en", undefined, now)).toBe("2 Dec, 16:17");
    expect(formatDateTime("2025-12-02T15:17:00Z", "sv", undefined, now)).toBe("2 dec. 2025 kl. 16:17");
  });
});
