// Phone numbers were shown as +46707651234. They are stored E.164 (what a phone dials) and shown
// the way the recruiter's language writes them; a number that cannot be read is kept as she typed it.
import { formatPhone } from "../../../src/i18n/phone";

describe("phone numbers read like phone numbers", () => {
  it.each([
    ["+46707651234", "sv", "070-765 12 34", "+46707651234"],
    ["+46707651234", "en", "+46 70 765 12 34", "+46707651234"],
    ["+46812345678", "sv", "08-123 456 78", "+46812345678"],
    ["+46311234567", "sv", "031-123 45 67", "+46311234567"],
    ["+442079460958", "sv", "+44 20 7946 0958", "+442079460958"],
    ["+4748123456", "en", "+47 48 12 34 56", "+4748123456"],
    ["070-765 12 34", "sv", "070-765 12 34", "+46707651234"],
  ])("shows %s in %s as %s and dials %s", (stored, language, text, dial) => {
    expect(formatPhone(stored, language as "sv" | "en")).toEqual({ text, dial, problem: null });
  });

  it.each(["ring mig", "12", "+46 0000"])("keeps %s as typed, with a message saying why", (typed) => {
    const shown = formatPhone(typed, "sv");
    expect(shown.text).toBe(typed);
    expect(shown.dial).toBeNull();
    expect(shown.problem?.sv).toMatch(/går inte att läsa/);
    expect(shown.problem?.en).toMatch(/cannot be read/);
  });
});
