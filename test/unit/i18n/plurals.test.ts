// "1 dagar kvar" was the first thing a recruiter noticed: every count in the UI and in the planner's
// To Do texts picks its form through Intl.PluralRules, in Swedish and in English.
import fc from "fast-check";
import { CATALOGUES, type MessageKey } from "../../../src/i18n/catalogue";
import { selectPlurals } from "../../../src/i18n/pluralMessage";
import { translator } from "../../../src/i18n/translate";
import { registerLaterWords } from "../../../src/i18n/laterFeatures";
import { plural, pluralBoth } from "../../../src/domain/plural";

registerLaterWords();
const sv = translator("sv");
const en = translator("en");
const PLURAL_KEYS = (Object.keys(CATALOGUES.sv) as MessageKey[]).filter((k) =>
  /\{\s*\w+\s*,\s*plural\s*,/.test(CATALOGUES.sv[k]),
);

describe("counts read right in both languages", () => {
  it.each([
    [0, "0 dagar kvar", "0 days left"],
    [1, "1 dag kvar", "1 day left"],
    [2, "2 dagar kvar", "2 days left"],
    [5, "5 dagar kvar", "5 days left"],
  ])("the clock with %i days left says %s / %s", (days, svText, enText) => {
    expect(sv("clock.daysLeft", { days })).toBe(svText);
    expect(en("clock.daysLeft", { days })).toBe(enText);
  });

  it.each([
    [1, "1 dag för sent", "1 day late"],
    [2, "2 dagar för sent", "2 days late"],
  ])("an overdue clock %i days late says %s / %s", (days, svText, enText) => {
    expect(sv("clock.overdue", { days })).toBe(svText);
    expect(en("clock.overdue", { days })).toBe(enText);
  });

  it("says one change is waiting, not one changes", () => {
    expect(sv("sync.pending", { count: 1 })).toBe("1 ändring väntar på att skickas");
    expect(sv("sync.pending", { count: 3 })).toBe("3 ändringar väntar på att skickas");
    expect(en("sync.pending", { count: 1 })).toBe("1 change waiting to be sent");
  });

  it("has an exact form for none where the text needs one", () => {
    expect(sv("overview.overdue", { count: 0 })).toBe("ingen försenad");
    expect(sv("overview.overdue", { count: 1 })).toBe("1 försenad");
    expect(sv("overview.overdue", { count: 4 })).toBe("4 försenade");
    expect(en("report.summary.late", { count: 0 })).toBe("We have answered no one late.");
  });

  it("groups digits as the language does", () => {
    expect(sv("overview.count", { count: 10000 })).toBe("10\u00a0000 kandidater");
    expect(en("overview.count", { count: 10000 })).toBe("10,000 candidates");
  });

  it("fills the other placeholders inside a plural form", () => {
    expect(sv("bulk.progress.label", { done: 0, total: 1 })).toBe("0 av 1 utkast skapat");
    expect(en("bulk.progress.label", { done: 3, total: 7 })).toBe("3 of 7 drafts created");
  });

  it("never writes a singular noun after a count other than one, nor a plural after one, in any count text", () => {
    expect(PLURAL_KEYS.length).toBeGreaterThan(10);
    fc.assert(
      fc.property(fc.constantFrom(...PLURAL_KEYS), fc.nat({ max: 400 }), (key, n) => {
        const params = { count: n, days: n, total: n, done: 0 };
        const svText = sv(key, params);
        const enText = en(key, params);
        expect(svText).not.toMatch(/\{|\}|#/);
        expect(enText).not.toMatch(/\{|\}|#/);
        if (n === 1) {
          expect(svText).not.toMatch(/\b1 (dagar|ändringar|kandidater|försenade)\b/);
          expect(enText).not.toMatch(/\b1 (days|changes|candidates|drafts|attendees)\b/);
        } else {
          expect(svText).not.toMatch(new RegExp(`\\b${n} (dag|ändring|kandidat)\\b`));
          expect(enText).not.toMatch(new RegExp(`\\b${n} (day|change|candidate|draft|attendee)\\b`));
        }
      }),
    );
  });

  it("keeps the placeholder visible when the count is not given, rather than guessing", () => {
    expect(selectPlurals("{n, plural, one {# dag} other {# dagar}}", "sv", undefined)).toBe("{n} dagar");
  });

  it("leaves text that only looks like a plural alone", () => {
    expect(selectPlurals("{stage} ({count})", "sv", { count: 1 })).toBe("{stage} ({count})");
  });
});

describe("the planner's texts count right too", () => {
  it("writes 1 dag / 1 day, and 2 dagar / 2 days", () => {
    const forms = { sv: { one: "# dag", other: "# dagar" }, en: { one: "# day", other: "# days" } };
    expect(pluralBoth(1, forms)).toEqual({ sv: "1 dag", en: "1 day" });
    expect(pluralBoth(2, forms)).toEqual({ sv: "2 dagar", en: "2 days" });
    expect(plural("sv", 0, { one: "# dag", other: "# dagar", exact: { 0: "i dag" } })).toBe("i dag");
  });
});
