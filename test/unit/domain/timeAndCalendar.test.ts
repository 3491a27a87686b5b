import fc from "fast-check";
import {
  addBusinessDays,
  addDays,
  addMonths,
  businessDaysBetween,
  daysBetween,
  easterSunday,
  fromLocal,
  isIsoDate,
  isSwedishHoliday,
  isValidTimeZone,
  localDate,
  localParts,
  swedishHolidays,
  weekday,
  zoneOffsetMinutes,
} from "../../../src/domain";

const STHLM = "Europe/Stockholm";

describe("the recruiter's local time", () => {
  it("knows Stockholm is one hour ahead in winter and two in summer", () => {
    expect(zoneOffsetMinutes(Date.parse("2026-01-15T12:00:00Z"), STHLM)).toBe(60);
    expect(zoneOffsetMinutes(Date.parse("2026-07-15T12:00:00Z"), STHLM)).toBe(120);
    expect(zoneOffsetMinutes(Date.parse("2026-07-15T12:00:00Z"), "UTC")).toBe(0);
  });

  it("reads a mail sent late in the evening UTC as the next local day", () => {
    expect(localDate(Date.parse("2026-11-03T23:30:00Z"), STHLM)).toBe("2026-11-04");
    expect(localParts(Date.parse("2026-11-03T23:30:00Z"), STHLM)).toMatchObject({ hour: 0, minute: 30 });
  });

  it("turns a local wall-clock time back into the right instant on both sides of a DST change", () => {
    const winter = fromLocal({ year: 2026, month: 3, day: 28, hour: 9, minute: 0, second: 0 }, STHLM);
    const summer = fromLocal({ year: 2026, month: 3, day: 30, hour: 9, minute: 0, second: 0 }, STHLM);
    expect(new Date(winter).toISOString()).toBe("2026-03-28T08:00:00.000Z");
    expect(new Date(summer).toISOString()).toBe("2026-03-30T07:00:00.000Z");
  });

  it("moves a time skipped by spring-forward ahead by the gap, and takes the first of a repeated hour", () => {
    const skipped = fromLocal({ year: 2026, month: 3, day: 29, hour: 2, minute: 30, second: 0 }, STHLM);
    expect(new Date(skipped).toISOString()).toBe("2026-03-29T01:30:00.000Z"); // 03:30 CEST
    const repeated = fromLocal({ year: 2026, month: 10, day: 25, hour: 2, minute: 30, second: 0 }, STHLM);
    expect(new Date(repeated).toISOString()).toBe("2026-10-25T00:30:00.000Z"); // first 02:30, CEST
  });

  it("agrees with Intl for any instant, in zones with odd offsets and DST rules too", () => {
    const zones = fc.constantFrom(
      STHLM,
      "America/New_York",
      "Asia/Kathmandu",
      "Australia/Lord_Howe",
      "America/St_Johns",
      "UTC",
    );
    const instant = fc.integer({
      min: Date.parse("2000-01-01T00:00:00Z"),
      max: Date.parse("2040-01-01T00:00:00Z"),
    });
    fc.assert(
      fc.property(instant, zones, (ms, timeZone) => {
        const fmt = new Intl.DateTimeFormat("sv-SE", {
          timeZone,
          hourCycle: "h23",
          year: "numeric",
          month: "2-digit",
          day: "2-digit",
          hour: "2-digit",
          minute: "2-digit",
          second: "2-digit",
        });
        const p = localParts(ms, timeZone);
        const pad = (n: number): string => String(n).padStart(2, "0");
        expect(
          `${p.year}-${pad(p.month)}-${pad(p.day)} ${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}`,
        ).toBe(fmt.format(ms));
        expect(localParts(fromLocal(p, timeZone), timeZone)).toEqual(p);
      }),
      { numRuns: 300 },
    );
  });

  it("tells a real time zone from a made-up one", () => {
    expect(isValidTimeZone(STHLM)).toBe(true);
    expect(isValidTimeZone("Mars/Olympus_Mons")).toBe(false);
  });
});

describe("calendar days", () => {
  it("counts days, months and weekdays on plain dates", () => {
    expect(addDays("2026-12-28", 10)).toBe("2027-01-07");
    expect(daysBetween("2026-11-03", "2026-11-13")).toBe(10);
    expect(daysBetween("2026-11-13", "2026-11-03")).toBe(-10);
    expect(weekday("2026-11-25")).toBe(3);
    expect(addMonths("2026-01-31", 1)).toBe("2026-02-28");
    expect(addMonths("2024-01-31", 1)).toBe("2024-02-29");
    expect(addMonths("2026-11-15", 24)).toBe("2028-11-15");
    expect(addMonths("2026-03-15", -3)).toBe("2025-12-15");
  });

  it("rejects dates that do not exist", () => {
    expect(isIsoDate("2026-02-29")).toBe(false);
    expect(isIsoDate("2028-02-29")).toBe(true);
    expect(isIsoDate("2026-13-01")).toBe(false);
    expect(isIsoDate("26-1-1")).toBe(false);
  });

  it("skips weekends and holidays when counting business days", () => {
    // Friday 2026-12-18 + 5 business days: 21, 22, 23, (24–26 off), 28, 29.
    expect(addBusinessDays("2026-12-18", 5, isSwedishHoliday)).toBe("2026-12-29");
    expect(businessDaysBetween("2026-12-18", "2026-12-29", isSwedishHoliday)).toBe(5);
    expect(businessDaysBetween("2026-12-29", "2026-12-18", isSwedishHoliday)).toBe(-5);
    // A Saturday start counts from Monday.
    expect(addBusinessDays("2026-11-21", 1, () => false)).toBe("2026-11-23");
  });
});

describe("Swedish public holidays", () => {
  it("computes Easter for years it has never seen", () => {
    expect(easterSunday(2024)).toBe("2024-03-31");
    expect(easterSunday(2025)).toBe("2025-04-20");
    expect(easterSunday(2026)).toBe("2026-04-05");
    expect(easterSunday(2038)).toBe("2038-04-25");
    expect(easterSunday(2285)).toBe("2285-03-22");
  });

  it("knows the moving holidays of 2026", () => {
    const dates = swedishHolidays(2026).map((h) => h.date);
    expect(dates).toEqual(
      expect.arrayContaining([
        "2026-04-03", // Långfredagen
        "2026-04-06", // Annandag påsk
        "2026-05-14", // Kristi himmelsfärd
        "2026-06-19", // Midsommarafton (Friday)
        "2026-06-20", // Midsommardagen (Saturday)
        "2026-10-31", // Alla helgons dag (Saturday)
      ]),
    );
    expect(dates).toHaveLength(16);
    expect([...dates].sort()).toEqual(dates);
  });

  it("puts Midsummer on the right weekend even when June 19 is a Friday or a Saturday", () => {
    expect(swedishHolidays(2027).find((h) => h.name.en === "Midsummer Eve")?.date).toBe("2027-06-25");
    expect(swedishHolidays(2027).find((h) => h.name.en === "All Saints' Day")?.date).toBe("2027-11-06");
  });

  it("treats ordinary weekdays as working days", () => {
    expect(isSwedishHoliday("2026-11-25")).toBe(false);
    expect(isSwedishHoliday("2026-12-24")).toBe(true);
    expect(swedishHolidays(2026)).toBe(swedishHolidays(2026)); // cached
  });
});
