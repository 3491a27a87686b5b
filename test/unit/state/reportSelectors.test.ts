import {
  daysFromHours,
  reportPeriod,
  rowsOf,
  selectReport,
  weeksOf,
} from "../../../src/state/reportSelectors";
import { createOverviewStore } from "../../../src/state/overviewStore";
import { applied, candidate, mailIn, mailOut, process, settings } from "../domain/fixtures";

// Tuesday 24 November 2026, mid-morning in Stockholm.
const NOW = "2026-11-24T09:00:00.000Z";
const daysAgo = (days: number) => new Date(Date.parse(NOW) - days * 86_400_000).toISOString();

// Nordbank (Maja Lind): Åsa answered after 2 days, Olof 12 days after applying (late),
// Björn waiting 11 days (overdue now). Kista (Erik Ek): Li answered after half a day.
const nordbank = process({
  candidates: [
    candidate({ id: "c-asa", contacts: [applied(daysAgo(20)), mailOut(daysAgo(18))] }),
    candidate({ id: "c-olof", contacts: [applied(daysAgo(30)), mailOut(daysAgo(18))] }),
    candidate({ id: "c-bjorn", contacts: [mailIn(daysAgo(11))] }),
  ],
});
const kista = process({
  id: "p-kista-support",
  title: "Supporttekniker",
  organisation: "Kista IT",
  owner: { name: "Erik Ek", email: "Erik.Ek@Kista.example" },
  candidates: [candidate({ id: "c-li", contacts: [applied(daysAgo(1)), mailOut(daysAgo(0.5))] })],
});
const empty = process({ id: "p-empty", title: "Ekonom", organisation: "", candidates: [] });

describe("the report: is the promise kept?", () => {
  it("tells per process how many were answered in time, how fast, who was late and who is overdue now", () => {
    const report = selectReport([nordbank, kista, empty], settings, NOW, "8w");
    const [nb, ki, ek] = report.byProcess;
    expect(nb).toMatchObject({ key: "p-nordbank-backend", label: "Backend-utvecklare – Nordbank" });
    expect(nb!.stats).toEqual({
      decided: 3,
      answeredWithinWindow: 1,
      answeredLate: 1,
      shareWithinWindow: 1 / 3,
      medianHoursToAnswer: 48,
      p90HoursToAnswer: 12 * 24,
      overdueNow: 1,
    });
    expect(ki!.stats).toMatchObject({ decided: 1, answeredWithinWindow: 1, medianHoursToAnswer: 12 });
    // A process without candidates keeps its row, named without a dangling dash.
    expect(ek).toMatchObject({ key: "p-empty", label: "Ekonom" });
    expect(ek!.stats).toMatchObject({ decided: 0, shareWithinWindow: null, medianHoursToAnswer: null });
    expect(report.overall).toMatchObject({ decided: 4, answeredWithinWindow: 2, overdueNow: 1 });
  });

  it("names each recruiter, one row per address whatever its case, in alphabetical order", () => {
    const report = selectReport([nordbank, kista], settings, NOW, "8w");
    expect(report.byRecruiter.map((r) => [r.key, r.label])).toEqual([
      ["erik.ek@kista.example", "Erik Ek"],
      ["maja.lind@svara-demo.se", "Maja Lind"],
    ]);
    expect(rowsOf(report, "recruiter")).toBe(report.byRecruiter);
    expect(rowsOf(report, "process")).toBe(report.byProcess);
  });

  it("counts only the waits that began in the period, but everyone overdue now whenever they began", () => {
    const fourWeeks = selectReport([nordbank], settings, NOW, "4w");
    // Olof applied 30 days ago: outside four weeks, inside eight.
    expect(fourWeeks.overall).toMatchObject({ decided: 2, answeredLate: 0, overdueNow: 1 });
    const year = selectReport([nordbank], settings, NOW, "12m");
    expect(year.overall).toMatchObject({ decided: 3, answeredLate: 1 });
  });

  it("shows the trend week by week, as many weeks as the period, oldest first, ending this week", () => {
    const report = selectReport([nordbank, kista], settings, NOW, "4w");
    expect(report.byWeek.map((w) => w.key)).toEqual(["2026-11-02", "2026-11-09", "2026-11-16", "2026-11-23"]);
    expect(rowsOf(report, "week")).toBe(report.byWeek);
    // Björn's wait began on 13 November, in the week of 9 November; Li's this week.
    expect(report.byWeek[1]!.stats).toMatchObject({ decided: 1, answeredWithinWindow: 0, overdueNow: 0 });
    expect(report.byWeek[3]!.stats).toMatchObject({ decided: 1, answeredWithinWindow: 1, overdueNow: 1 });
    expect([4, 8, 52]).toEqual([weeksOf("4w"), weeksOf("8w"), weeksOf("12m")]);
  });

  it("works the figures out once for the same processes, settings, now and period", () => {
    const processes = [nordbank, kista];
    const first = selectReport(processes, settings, NOW, "8w");
    expect(selectReport(processes, settings, NOW, "8w")).toBe(first);
    expect(selectReport(processes, settings, NOW, "4w")).not.toBe(first);
  });

  it("ends the period just after now, so a wait that began this second counts", () => {
    expect(reportPeriod("4w", NOW)).toEqual({
      from: "2026-10-27T09:00:00.000Z",
      to: "2026-11-24T09:00:00.001Z",
    });
    expect(reportPeriod("8w", NOW).from).toBe("2026-09-29T09:00:00.000Z");
    expect(reportPeriod("12m", NOW).from).toBe("2025-11-24T09:00:00.000Z");
  });

  it("speaks of days, not hours", () => {
    expect(daysFromHours(36)).toBe(1.5);
    expect(daysFromHours(null)).toBeNull();
  });

  it("remembers the recruiter's period and grouping in the overview store, 8 weeks per process at first", () => {
    const store = createOverviewStore();
    expect(store.getState()).toMatchObject({ reportPeriod: "8w", reportGrouping: "process" });
    store.getState().showReportPeriod("12m");
    store.getState().groupReportBy("week");
    expect(store.getState()).toMatchObject({ reportPeriod: "12m", reportGrouping: "week" });
  });
});
