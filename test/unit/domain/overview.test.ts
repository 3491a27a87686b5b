import fc from "fast-check";
import {
  agenda,
  agendaDays,
  compareUrgency,
  filterRows,
  nearDeadline,
  overviewRows,
  pipeline,
  weeklyAnswerStats,
} from "../../../src/domain";
import { applied, candidate, interviewHeld, mailOut, process, settings } from "./fixtures";

// Monday 30 November 2026, noon in Stockholm.
const now = "2026-11-30T11:00:00.000Z";
const daysAgo = (n: number) => new Date(Date.parse(now) - n * 86_400_000).toISOString();

const nordbank = process({
  candidates: [
    candidate({ id: "c-fresh", name: "Bo Ek", contacts: [applied(daysAgo(1))] }),
    candidate({ id: "c-overdue-2", name: "Åsa Öberg", contacts: [applied(daysAgo(12))] }),
    candidate({ id: "c-overdue-5", name: "Chidi Jönsson-Ńwachukwu", contacts: [applied(daysAgo(15))] }),
    candidate({ id: "c-near", name: "Karin Ström", contacts: [applied(daysAgo(8))] }),
    candidate({
      id: "c-answered",
      name: "Li Wei",
      stageId: "interview",
      contacts: [applied(daysAgo(20)), mailOut(daysAgo(18))],
    }),
    candidate({
      id: "c-rejected",
      name: "Nils Berg",
      stageId: "rejected",
      rejection: { reason: "applied-too-late", detail: "" },
      contacts: [applied(daysAgo(4)), mailOut(daysAgo(3))],
    }),
  ],
});
const solkraft = process({
  id: "p-solkraft-saljare",
  title: "Säljare",
  organisation: "Solkraft AB",
  candidates: [candidate({ id: "c-solkraft", name: "Ömer Åkesson", contacts: [applied(daysAgo(9))] })],
});

describe("the overview: everyone in every process, most urgent first", () => {
  const rows = overviewRows([nordbank, solkraft], settings, now);

  it("puts the overdue candidates on top, the longest overdue first, and leaves out who has left", () => {
    expect(rows.map((r) => r.candidateId)).toEqual([
      "c-overdue-5",
      "c-overdue-2",
      "c-solkraft",
      "c-near",
      "c-fresh",
      "c-answered",
    ]);
    expect(rows[0]!.clock).toMatchObject({ phase: "overdue", overdueDays: 5 });
    expect(rows.find((r) => r.candidateId === "c-near")!.clock).toMatchObject({
      phase: "warning",
      daysLeft: 2,
    });
  });

  it("gives each row its process, stage and clock", () => {
    const li = rows.find((r) => r.candidateId === "c-answered")!;
    expect(li).toMatchObject({
      processTitle: "Backend-utvecklare",
      stageName: "Intervju",
      stageKind: "interview",
      clock: { phase: "stopped" },
      lastContactAt: daysAgo(18),
    });
  });

  it("filters by process and by stage", () => {
    expect(filterRows(rows, { processId: "p-solkraft-saljare", stageKind: null }).map((r) => r.name)).toEqual(
      ["Ömer Åkesson"],
    );
    expect(filterRows(rows, { processId: null, stageKind: "interview" }).map((r) => r.name)).toEqual([
      "Li Wei",
    ]);
    expect(filterRows(rows, { processId: null, stageKind: null })).toBe(rows);
  });

  it("selects everyone overdue or with at most two days left for a holding reply", () => {
    expect(nearDeadline(rows, 2).map((r) => r.candidateId)).toEqual([
      "c-overdue-5",
      "c-overdue-2",
      "c-solkraft",
      "c-near",
    ]);
  });

  it("orders any set of rows the same way whatever order they come in", () => {
    fc.assert(
      fc.property(fc.shuffledSubarray([...rows]), (some) => {
        const sorted = [...some].sort(compareUrgency);
        const expected = rows.filter((r) => some.includes(r));
        expect(sorted).toEqual(expected);
      }),
    );
  });
});

describe("the pipeline: one process as the recruiting system shows it", () => {
  const p = pipeline(nordbank, settings, now);

  it("lists every stage in the process's order with everyone in it, counts included", () => {
    expect(p.columns.map((c) => [c.stage.kind, c.rows.length])).toEqual([
      ["applied", 0],
      ["screening", 4],
      ["interview", 1],
      ["final-interview", 0],
      ["offer", 0],
      ["hired", 0],
      ["rejected", 1],
      ["withdrawn", 0],
    ]);
    expect(p.columns.flatMap((c) => c.rows).length).toBe(nordbank.candidates.length);
    expect({ open: p.open, closed: p.closed }).toEqual({ open: 5, closed: 1 });
  });

  it("marks hired, rejected and withdrawn as closed, to be shown collapsed", () => {
    expect(p.columns.filter((c) => c.closed).map((c) => c.stage.kind)).toEqual([
      "hired",
      "rejected",
      "withdrawn",
    ]);
  });

  it("keeps a candidate whose stage was removed from the process, in a column of its own", () => {
    const odd = process({ candidates: [candidate({ id: "c-lost", stageId: "gone" })] });
    const lost = pipeline(odd, settings, now);
    expect(lost.columns[0]).toMatchObject({ stage: { id: "" }, rows: [{ candidateId: "c-lost" }] });
  });
});

describe("today and this week", () => {
  const week = agenda([nordbank, solkraft], settings, now);

  it("carries every overdue follow-up to today and lists the rest of the week by day", () => {
    expect(week).toMatchObject({ today: "2026-11-30", monday: "2026-11-30", sunday: "2026-12-06" });
    const days = agendaDays(week);
    expect(days[0]!.day).toBe("2026-11-30");
    expect(days.every((d, i) => i === 0 || d.day > days[i - 1]!.day)).toBe(true);
    const overdue = week.items.filter((i) => i.overdue);
    // A late answer, a passed warning day and a status update 18 quiet days on are all due now.
    const lateAnswers = overdue.filter((i) => i.followUp.kind === "answer-due");
    expect(new Set(lateAnswers.map((i) => i.followUp.candidateId))).toEqual(
      new Set(["c-overdue-5", "c-overdue-2"]),
    );
    expect(overdue.find((i) => i.followUp.candidateId === "c-answered")?.followUp.kind).toBe("status-update");
    expect(overdue.every((i) => i.day === "2026-11-30")).toBe(true);
    expect(week.items.every((i) => i.day >= "2026-11-30" && i.day <= "2026-12-06")).toBe(true);
  });

  it("puts a late answer before anything else due today", () => {
    expect(week.items[0]!.followUp).toMatchObject({ kind: "answer-due", candidateId: "c-overdue-5" });
  });

  it("names the candidate and the process on each item", () => {
    const item = week.items.find((i) => i.followUp.candidateId === "c-solkraft")!;
    expect(item).toMatchObject({ candidateName: "Ömer Åkesson", processTitle: "Säljare" });
  });

  it("leaves out what the recruiter ticked off", () => {
    const first = week.items[0]!.followUp.id;
    expect(
      agenda([nordbank, solkraft], settings, now, new Set([first])).items.map((i) => i.followUp.id),
    ).not.toContain(first);
  });

  it("books a call, not a mail, for a candidate after interview", () => {
    const interviewed = process({
      candidates: [
        candidate({
          id: "c-int",
          stageId: "interview",
          contacts: [applied(daysAgo(10)), interviewHeld(daysAgo(2))],
        }),
      ],
    });
    const items = agenda([interviewed], settings, now).items.map((i) => i.followUp);
    expect(items.some((f) => f.channel === "email")).toBe(false);
  });
});

describe("is the promise kept, week by week", () => {
  const history = process({
    candidates: [
      // began Monday 16 Nov, answered in 2 days
      candidate({
        id: "c-a",
        contacts: [applied("2026-11-16T09:00:00.000Z"), mailOut("2026-11-18T09:00:00.000Z")],
      }),
      // began Tuesday 17 Nov, answered after 12 days: late
      candidate({
        id: "c-b",
        contacts: [applied("2026-11-17T09:00:00.000Z"), mailOut("2026-11-29T09:00:00.000Z")],
      }),
      // began Sunday 22 Nov 23:30 Stockholm time (22:30 UTC): still week 47 locally
      candidate({ id: "c-c", contacts: [applied("2026-11-22T22:30:00.000Z")] }),
    ],
  });
  const weeks = weeklyAnswerStats([history], settings, now, 3);

  it("counts each wait in the local week it began, oldest week first", () => {
    expect(weeks.map((w) => w.monday)).toEqual(["2026-11-16", "2026-11-23", "2026-11-30"]);
    expect(weeks[0]!.stats).toMatchObject({
      decided: 2,
      answeredWithinWindow: 1,
      answeredLate: 1,
      shareWithinWindow: 0.5,
    });
    expect(weeks[1]!.stats).toMatchObject({ decided: 0 });
  });

  it("reports who is overdue now only in the current week", () => {
    expect(weeks[0]!.stats.overdueNow).toBe(0);
    expect(weeks[2]!.stats.overdueNow).toBe(0);
  });
});
