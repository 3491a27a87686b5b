import fc from "fast-check";
import {
  addCountedDays,
  answerClock,
  answerIntervals,
  clockFromInterval,
  clockPolicy,
  type ContactEvent,
  type RunningClock,
} from "../../../src/domain";
import {
  applied,
  callLogged,
  candidate,
  contact,
  interviewHeld,
  mailIn,
  mailOut,
  process,
  settings,
} from "./fixtures";

const running = (c: ReturnType<typeof answerClock>): RunningClock => {
  if (c.phase === "stopped") throw new Error("expected a running clock");
  return c;
};

describe("the answer clock", () => {
  const p = process();

  it("starts when Åsa applies and is due ten days later at the same local time", () => {
    const clock = running(answerClock(candidate(), p, settings, "2026-11-04T08:00:00.000Z"));
    expect(clock.startedAt).toBe("2026-11-03T09:12:00.000Z");
    expect(clock.dueAt).toBe("2026-11-13T09:12:00.000Z");
    expect(clock.warningAt).toBe("2026-11-10T09:12:00.000Z");
    expect(clock.phase).toBe("running");
    expect(clock.daysLeft).toBe(9);
    expect(clock.overdueDays).toBeNull();
  });

  it("warns from day seven", () => {
    const clock = running(answerClock(candidate(), p, settings, "2026-11-10T09:12:00.000Z"));
    expect(clock.phase).toBe("warning");
    expect(clock.daysLeft).toBe(3);
  });

  it("is overdue the moment the due time has passed, counting overdue days in Stockholm", () => {
    const dueDay = running(answerClock(candidate(), p, settings, "2026-11-13T09:13:00.000Z"));
    expect(dueDay).toMatchObject({ phase: "overdue", daysLeft: 0, overdueDays: 0 });
    // 23:30 UTC on the 15th is already the 16th in Stockholm: three days overdue.
    const later = running(answerClock(candidate(), p, settings, "2026-11-15T23:30:00.000Z"));
    expect(later.overdueDays).toBe(3);
  });

  it("stops when we answer, and starts again when Åsa writes back", () => {
    const answered = candidate({
      contacts: [applied("2026-11-03T09:12:00.000Z"), mailOut("2026-11-05T14:00:00.000Z")],
    });
    expect(answerClock(answered, p, settings, "2026-11-06T08:00:00.000Z").phase).toBe("stopped");
    const wroteBack = candidate({ contacts: [...answered.contacts, mailIn("2026-11-06T10:00:00.000Z")] });
    expect(running(answerClock(wroteBack, p, settings, "2026-11-07T08:00:00.000Z")).startedAt).toBe(
      "2026-11-06T10:00:00.000Z",
    );
  });

  it("keeps running from the first unanswered mail when Åsa writes twice", () => {
    const twice = candidate({
      contacts: [applied("2026-11-03T09:12:00.000Z"), mailIn("2026-11-08T10:00:00.000Z")],
    });
    expect(running(answerClock(twice, p, settings, "2026-11-09T08:00:00.000Z")).startedAt).toBe(
      "2026-11-03T09:12:00.000Z",
    );
  });

  it("starts again after an interview is held, and a logged call stops it", () => {
    const interviewed = candidate({
      stageId: "interview",
      contacts: [
        applied("2026-11-03T09:12:00.000Z"),
        mailOut("2026-11-04T09:00:00.000Z"),
        interviewHeld("2026-11-12T13:00:00.000Z"),
      ],
    });
    const clock = running(answerClock(interviewed, p, settings, "2026-11-13T08:00:00.000Z"));
    expect(clock.startedBy).toBe(interviewed.contacts[2]?.id);
    const called = candidate({
      ...interviewed,
      contacts: [...interviewed.contacts, callLogged("2026-11-14T10:00:00.000Z")],
    });
    expect(answerClock(called, p, settings, "2026-11-15T08:00:00.000Z").phase).toBe("stopped");
  });

  it("does not count a note to ourselves as an answer", () => {
    const noted = candidate({
      contacts: [
        applied("2026-11-03T09:12:00.000Z"),
        contact({ at: "2026-11-04T10:00:00.000Z", direction: "out", kind: "note" }),
      ],
    });
    expect(answerClock(noted, p, settings, "2026-11-05T08:00:00.000Z").phase).toBe("running");
  });

  it("answers a mail sent the same second as the candidate's, and ignores what is dated in the future", () => {
    const same = candidate({
      contacts: [mailOut("2026-11-03T09:12:00.000Z"), applied("2026-11-03T09:12:00.000Z")],
    });
    expect(answerClock(same, p, settings, "2026-11-04T08:00:00.000Z").phase).toBe("stopped");
    const future = candidate({
      contacts: [applied("2026-11-03T09:12:00.000Z"), mailOut("2026-12-01T09:00:00.000Z")],
    });
    expect(answerClock(future, p, settings, "2026-11-04T08:00:00.000Z").phase).toBe("running");
  });

  it("starts when a candidate is added with no contact logged yet", () => {
    const added = candidate({ contacts: [] });
    expect(running(answerClock(added, p, settings, "2026-11-04T08:00:00.000Z")).startedBy).toBeNull();
    expect(answerIntervals(added, "2026-11-01T00:00:00.000Z")).toEqual([]);
  });

  it("keeps the due time at the same wall-clock hour across the October DST change", () => {
    const c = candidate({ contacts: [applied("2026-10-20T07:00:00.000Z")] }); // 09:00 CEST
    const clock = running(answerClock(c, p, settings, "2026-10-21T07:00:00.000Z"));
    expect(clock.dueAt).toBe("2026-10-30T08:00:00.000Z"); // 09:00 CET
  });

  it("counts business days with Swedish holidays when the recruiter chooses so", () => {
    const business = { ...settings, dayCounting: "business" as const };
    // Applied Friday 18 Dec 2026. Working days: 21 22 23 | 28 29 30 | 4 5 | 7 8 — Christmas Eve and Day,
    // New Year's Eve and Day and Epiphany (6 Jan) do not count. Due Friday 8 January.
    const c = candidate({ contacts: [applied("2026-12-18T09:00:00.000Z")] });
    const clock = running(answerClock(c, p, business, "2026-12-21T09:00:00.000Z"));
    expect(clock.dueAt).toBe("2027-01-08T09:00:00.000Z");
    expect(clock.daysLeft).toBe(9);
  });
});

describe("the answer clock, for any history (properties)", () => {
  const p = process();
  const base = Date.parse("2026-01-01T00:00:00Z");
  const year = 366 * 86_400_000;
  const instant = fc.integer({ min: 0, max: year }).map((ms) => new Date(base + ms).toISOString());
  const event = fc
    .record({
      at: instant,
      direction: fc.constantFrom<"in" | "out">("in", "out"),
      kind: fc.constantFrom<ContactEvent["kind"]>(
        "application",
        "message",
        "interview",
        "answer",
        "decision",
        "note",
      ),
    })
    .map((e) => contact(e));
  const zones = fc.constantFrom(
    "Europe/Stockholm",
    "America/New_York",
    "Australia/Sydney",
    "UTC",
    "Asia/Kolkata",
  );
  const counting = fc.constantFrom<"calendar" | "business">("calendar", "business");

  it("gives the same clock from its per-candidate memory as worked out afresh, whatever order time is asked in", () => {
    fc.assert(
      fc.property(
        fc.array(event, { maxLength: 8 }),
        fc.array(instant, { minLength: 1, maxLength: 6 }),
        zones,
        counting,
        (events, nows, timeZone, dayCounting) => {
          const c = candidate({ contacts: events });
          const s = { ...settings, timeZone, dayCounting };
          for (const now of nows) {
            const intervals = answerIntervals(c, now);
            const fresh = clockFromInterval(intervals[intervals.length - 1], clockPolicy(p, s), now);
            expect(answerClock(c, p, s, now)).toEqual(fresh);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it("never reports negative days, and its due time lies after its start", () => {
    fc.assert(
      fc.property(
        fc.array(event, { maxLength: 8 }),
        instant,
        zones,
        counting,
        (events, now, timeZone, dayCounting) => {
          const clock = answerClock(
            candidate({ contacts: events }),
            p,
            { ...settings, timeZone, dayCounting },
            now,
          );
          if (clock.phase === "stopped") return;
          expect(clock.daysLeft).toBeGreaterThanOrEqual(0);
          expect(clock.overdueDays ?? 0).toBeGreaterThanOrEqual(0);
          expect(Date.parse(clock.dueAt)).toBeGreaterThan(Date.parse(clock.startedAt));
          expect(Date.parse(clock.warningAt)).toBeLessThanOrEqual(Date.parse(clock.dueAt));
        },
      ),
      { numRuns: 200 },
    );
  });

  it("only moves forward as time passes: fewer days left, more days overdue", () => {
    fc.assert(
      fc.property(
        fc.array(event, { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 0, max: 40 * 86_400_000 }),
        fc.integer({ min: 0, max: 40 * 86_400_000 }),
        zones,
        counting,
        (events, d1, d2, timeZone, dayCounting) => {
          const last = Math.max(...events.map((e) => Date.parse(e.at)));
          const t1 = new Date(last + Math.min(d1, d2)).toISOString();
          const t2 = new Date(last + Math.max(d1, d2)).toISOString();
          const s = { ...settings, timeZone, dayCounting };
          // Added no later than the first contact, so nothing new happens between t1 and t2.
          const first = new Date(Math.min(...events.map((e) => Date.parse(e.at)))).toISOString();
          const c = candidate({ contacts: events, createdAt: first });
          const a = answerClock(c, p, s, t1);
          const b = answerClock(c, p, s, t2);
          expect(b.phase === "stopped").toBe(a.phase === "stopped");
          if (a.phase === "stopped" || b.phase === "stopped") return;
          const order = { running: 0, warning: 1, overdue: 2 };
          expect(order[b.phase]).toBeGreaterThanOrEqual(order[a.phase]);
          expect(b.daysLeft).toBeLessThanOrEqual(a.daysLeft);
          expect(b.overdueDays ?? -1).toBeGreaterThanOrEqual(a.overdueDays ?? -1);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("keeps the local wall-clock time and adds exactly N local days, whatever DST does", () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 1, max: 60 }), zones, (start, days, timeZone) => {
        const policy = { ...clockPolicy(p, settings), timeZone };
        const due = addCountedDays(start, days, policy);
        const fmt = new Intl.DateTimeFormat("sv-SE", {
          timeZone,
          hourCycle: "h23",
          year: "numeric",
          month: "2-digit",
          day: "2-digit",
          hour: "2-digit",
          minute: "2-digit",
        });
        const [startDate, startTime] = fmt.format(Date.parse(start)).split(" ");
        const [dueDate, dueTime] = fmt.format(Date.parse(due)).split(" ");
        const gap = (Date.parse(`${dueDate}T00:00:00Z`) - Date.parse(`${startDate}T00:00:00Z`)) / 86_400_000;
        expect(gap).toBe(days);
        // Equal unless the start's hour does not exist on the due day (spring-forward gap).
        if (dueTime !== startTime) {
          expect(Math.abs(Date.parse(due) - Date.parse(start) - days * 86_400_000)).toBeLessThanOrEqual(
            3_600_000,
          );
        }
      }),
      { numRuns: 200 },
    );
  });
});
