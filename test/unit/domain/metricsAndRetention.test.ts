import { erasureList } from "../../../src/domain/erasureList";
import {
  answerMetrics,
  consentActive,
  percentile,
  retentionDate,
  withRetentionDate,
} from "../../../src/domain";
import { applied, callLogged, candidate, mailIn, mailOut, process, settings } from "./fixtures";

describe("metrics: how well the promise is kept", () => {
  const period = { from: "2026-11-01T00:00:00.000Z", to: "2026-12-01T00:00:00.000Z" };
  const now = "2026-11-30T12:00:00.000Z";
  const nordbank = process({
    candidates: [
      // answered after 2 days
      candidate({
        id: "c-1",
        contacts: [applied("2026-11-03T09:00:00.000Z"), mailOut("2026-11-05T09:00:00.000Z")],
      }),
      // answered after 12 days: too late
      candidate({
        id: "c-2",
        contacts: [applied("2026-11-03T09:00:00.000Z"), mailOut("2026-11-15T09:00:00.000Z")],
      }),
      // never answered, overdue now
      candidate({ id: "c-3", contacts: [applied("2026-11-10T09:00:00.000Z")] }),
      // still within the window: not yet decided
      candidate({ id: "c-4", contacts: [applied("2026-11-28T09:00:00.000Z")] }),
      // waited before the period: not counted, except as overdue now
      candidate({ id: "c-5", contacts: [applied("2026-10-01T09:00:00.000Z")] }),
    ],
  });
  const kista = process({
    id: "p-kista-ux",
    owner: { name: "Omar Haddad", email: "Omar.Haddad@svara-demo.se" },
    candidates: [
      candidate({
        id: "c-6",
        contacts: [
          applied("2026-11-02T09:00:00.000Z"),
          callLogged("2026-11-02T13:00:00.000Z"),
          mailIn("2026-11-20T09:00:00.000Z"),
          mailOut("2026-11-21T09:00:00.000Z"),
        ],
      }),
    ],
  });
  const empty = process({ id: "p-empty", candidates: [] });

  it("counts the share answered within the window, time to answer and who is overdue, per process", () => {
    const m = answerMetrics([nordbank, kista, empty], settings, period, now);
    expect(m.byProcess["p-nordbank-backend"]).toEqual({
      decided: 3,
      answeredWithinWindow: 1,
      answeredLate: 1,
      shareWithinWindow: 1 / 3,
      medianHoursToAnswer: 48,
      p90HoursToAnswer: 288,
      overdueNow: 2,
    });
    expect(m.byProcess["p-kista-ux"]).toMatchObject({
      decided: 2,
      answeredWithinWindow: 2,
      answeredLate: 0,
      medianHoursToAnswer: 4,
      overdueNow: 0,
    });
    expect(m.byProcess["p-empty"]).toEqual({
      decided: 0,
      answeredWithinWindow: 0,
      answeredLate: 0,
      shareWithinWindow: null,
      medianHoursToAnswer: null,
      p90HoursToAnswer: null,
      overdueNow: 0,
    });
  });

  it("rolls up per recruiter and overall", () => {
    const m = answerMetrics([nordbank, kista], settings, period, now);
    expect(Object.keys(m.byRecruiter).sort()).toEqual([
      "maja.lind@svara-demo.se",
      "omar.haddad@svara-demo.se",
    ]);
    expect(m.overall).toMatchObject({
      decided: 5,
      answeredWithinWindow: 3,
      shareWithinWindow: 0.6,
      overdueNow: 2,
    });
    expect(m.overall.medianHoursToAnswer).toBe(24);
  });

  it("takes percentiles from the observed values (nearest rank)", () => {
    expect(percentile([], 50)).toBeNull();
    expect(percentile([5], 90)).toBe(5);
    expect(percentile([4, 1, 3, 2], 50)).toBe(2);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90)).toBe(9);
    expect(percentile([1, 2, 3], 0)).toBe(1);
  });
});

describe("retention", () => {
  const p = process();
  const rejected = candidate({
    stageId: "rejected",
    rejection: { reason: "applied-too-late", detail: "" },
    leftAt: "2026-11-15T23:30:00.000Z", // already the 16th in Stockholm
  });

  it("erases a rejected or withdrawn candidate 24 months after they left", () => {
    expect(retentionDate(rejected, p, settings)).toBe("2028-11-16");
    expect(retentionDate({ ...rejected, stageId: "withdrawn" }, p, { ...settings, retentionMonths: 6 })).toBe(
      "2027-05-16",
    );
    expect(withRetentionDate(rejected, p, settings).retentionUntil).toBe("2028-11-16");
  });

  it("keeps no erasure date for candidates still in the process or hired", () => {
    expect(retentionDate(candidate(), p, settings)).toBeNull();
    expect(
      retentionDate(candidate({ stageId: "hired", leftAt: "2026-11-15T10:00:00.000Z" }), p, settings),
    ).toBeNull();
    expect(retentionDate({ ...rejected, leftAt: null }, p, settings)).toBeNull();
  });

  it("keeps a talent-pool candidate until their consent expires, if that is later", () => {
    const consent = {
      talentPool: true,
      givenAt: "2026-11-15T10:00:00.000Z",
      expiresAt: "2029-06-01T10:00:00.000Z",
    };
    expect(retentionDate({ ...rejected, consent }, p, settings)).toBe("2029-06-01");
    const shorter = { ...consent, expiresAt: "2027-01-01T10:00:00.000Z" };
    expect(retentionDate({ ...rejected, consent: shorter }, p, settings)).toBe("2028-11-16");
    expect(retentionDate({ ...rejected, consent: { ...consent, talentPool: false } }, p, settings)).toBe(
      "2028-11-16",
    );
    expect(consentActive(consent, "2029-05-31T00:00:00.000Z")).toBe(true);
    expect(consentActive(consent, "2029-06-02T00:00:00.000Z")).toBe(false);
    expect(consentActive(null, "2029-05-31T00:00:00.000Z")).toBe(false);
  });

  it("lists who is due for erasure across her processes, the longest overdue first, and who will be within 30 days", () => {
    const older = { ...rejected, id: "c-old", name: "Åsa Öberg-Ñúñez", leftAt: "2024-01-10T10:00:00.000Z" };
    const withdrawn = { ...rejected, id: "c-w", stageId: "withdrawn", leftAt: "2024-06-10T10:00:00.000Z" };
    const soon = { ...rejected, id: "c-soon", leftAt: "2024-12-05T10:00:00.000Z" };
    const pooled = {
      ...rejected,
      id: "c-pool",
      leftAt: "2023-01-10T10:00:00.000Z",
      consent: {
        talentPool: true,
        givenAt: "2023-01-10T10:00:00.000Z",
        expiresAt: "2026-11-20T10:00:00.000Z",
      },
    };
    const withTwo = process({ candidates: [withdrawn, rejected, older, candidate(), soon] });
    const other = process({ id: "p-2", title: "Säljare", candidates: [pooled] });
    const list = erasureList([withTwo, other], settings, "2026-11-25T10:00:00.000Z");
    expect(list.due.map((r) => [r.candidateId, r.dueOn, r.basis])).toEqual([
      ["c-old", "2026-01-10", "left"],
      ["c-w", "2026-06-10", "left"],
      ["c-pool", "2026-11-20", "consent"],
    ]);
    expect(list.due[0]).toMatchObject({
      name: "Åsa Öberg-Ñúñez",
      processId: withTwo.id,
      processTitle: "Backend-utvecklare – Nordbank",
    });
    expect(list.soon.map((r) => [r.candidateId, r.dueOn])).toEqual([["c-soon", "2026-12-05"]]);
    expect(erasureList([withTwo], settings, "2026-01-09T10:00:00.000Z")).toEqual({
      due: [],
      soon: [expect.objectContaining({ candidateId: "c-old" })],
    });
  });
});
