import fc from "fast-check";
import {
  applyOperations,
  followUpId,
  plan,
  planProcess,
  reconcile,
  type Candidate,
  type ContactEvent,
  type FollowUp,
} from "../../../src/domain";
import { applied, candidate, contact, interviewHeld, mailOut, process, settings } from "./fixtures";

const p = process();
const kinds = (fs: readonly FollowUp[]): string[] => fs.map((f) => f.kind).sort();
const find = (fs: readonly FollowUp[], kind: FollowUp["kind"]): FollowUp => {
  const f = fs.find((x) => x.kind === kind);
  if (!f) throw new Error(`no ${kind} in ${kinds(fs).join(",")}`);
  return f;
};

describe("the follow-up planner", () => {
  it("asks for an answer by mail, with a warning on day seven, while Åsa waits in screening", () => {
    const fs = plan(candidate(), p, settings, "2026-11-04T08:00:00.000Z");
    expect(kinds(fs)).toEqual(["answer-due", "warning"]);
    const due = find(fs, "answer-due");
    expect(due).toMatchObject({
      id: "p-nordbank-backend:c-asa-oberg:answer-due:20261103T091200Z",
      channel: "email",
      target: "todo",
      dueAt: "2026-11-13T09:12:00.000Z",
      overdue: false,
      call: null,
    });
    expect(due.title.sv).toContain("Åsa Öberg");
    expect(due.title.en).toContain("Answer Åsa Öberg");
    expect(find(fs, "warning").dueAt).toBe("2026-11-10T09:12:00.000Z");
  });

  it("suggests the rejection template that matches the reason for a rejected candidate before interview", () => {
    const rejected = candidate({
      stageId: "rejected",
      rejection: { reason: "applied-too-late", detail: "" },
      leftAt: "2026-11-04T08:00:00.000Z",
    });
    const due = find(plan(rejected, p, settings, "2026-11-05T08:00:00.000Z"), "answer-due");
    expect(due.channel).toBe("email");
    expect(due.template).toBe("rejection-applied-too-late");
  });

  it("books a call, not a mail, for a candidate after interview", () => {
    const after = candidate({
      stageId: "interview",
      contacts: [
        applied("2026-11-03T09:12:00.000Z"),
        mailOut("2026-11-04T09:00:00.000Z"),
        interviewHeld("2026-11-12T13:00:00.000Z"),
      ],
    });
    const fs = plan(after, p, settings, "2026-11-12T15:00:00.000Z");
    expect(kinds(fs)).toEqual(["answer-due", "call"]);
    const call = find(fs, "call");
    expect(call).toMatchObject({ channel: "phone", target: "calendar", template: "call-script" });
    expect(call.call?.phone).toBe("+46701234567");
    expect(call.call?.talkingPoints.sv.join(" ")).toContain("Intervjuer vecka 49");
    expect(call.body.sv).toContain("+46701234567");
    expect(Date.parse(call.remindAt)).toBe(Date.parse(call.dueAt) - 15 * 60_000);
    expect(fs.every((f) => f.channel !== "email")).toBe(true);
  });

  it("books the call in working hours: an evening warning moves to the next working morning", () => {
    const friday = candidate({ stageId: "interview", contacts: [interviewHeld("2026-11-13T19:00:00.000Z")] });
    const call = find(plan(friday, p, settings, "2026-11-14T10:00:00.000Z"), "call");
    expect(call.dueAt).toBe("2026-11-23T08:00:00.000Z"); // Monday 09:00 in Stockholm, not Friday 20:00
    const early = candidate({ stageId: "interview", contacts: [interviewHeld("2026-11-12T05:00:00.000Z")] });
    expect(find(plan(early, p, settings, "2026-11-12T10:00:00.000Z"), "call").dueAt).toBe(
      "2026-11-19T08:00:00.000Z",
    );
  });

  it("keeps the call before the deadline even if that means a day off", () => {
    const tight = process({ warningDay: 9 });
    // Warning falls on Boxing Day evening; the next working morning (28 Dec) is after the deadline (27 Dec).
    const c = candidate({ stageId: "interview", contacts: [interviewHeld("2026-12-17T19:00:00.000Z")] });
    expect(find(plan(c, tight, settings, "2026-12-18T10:00:00.000Z"), "call").dueAt).toBe(
      "2026-12-26T19:00:00.000Z",
    );
  });

  it("asks for the phone number — never a rejection mail — when an interviewed candidate has none", () => {
    const noPhone = candidate({
      stageId: "rejected",
      phone: null,
      rejection: { reason: "others-went-further", detail: "" },
      contacts: [applied("2026-11-03T09:12:00.000Z"), interviewHeld("2026-11-12T13:00:00.000Z")],
    });
    const fs = plan(noPhone, p, settings, "2026-11-12T15:00:00.000Z");
    expect(kinds(fs)).toEqual(["answer-due", "get-phone"]);
    expect(fs.every((f) => f.channel !== "email" && !String(f.template).startsWith("rejection"))).toBe(true);
    expect(find(fs, "get-phone").title.en).toContain("phone number");
  });

  it("treats a number that cannot be dialled like no number", () => {
    const bad = candidate({
      stageId: "final",
      phone: "ring mig",
      contacts: [interviewHeld("2026-11-12T13:00:00.000Z")],
    });
    expect(kinds(plan(bad, p, settings, "2026-11-12T15:00:00.000Z"))).toContain("get-phone");
  });

  it("plans a status update the morning after a milestone passes for a candidate who has had an answer", () => {
    const answered = candidate({
      contacts: [applied("2026-11-03T09:12:00.000Z"), mailOut("2026-11-04T09:00:00.000Z")],
    });
    const early = process({
      milestones: [{ id: "m-deadline", title: "Sista ansökningsdag", date: "2026-11-10" }],
    });
    const fs = plan(answered, early, settings, "2026-11-05T08:00:00.000Z");
    expect(kinds(fs)).toEqual(["status-update"]);
    const update = find(fs, "status-update");
    expect(update.id).toBe("p-nordbank-backend:c-asa-oberg:status-update:m-deadline");
    expect(update.dueAt).toBe("2026-11-11T08:00:00.000Z"); // 09:00 in Stockholm
    expect(update.template).toBe("status-update");
    expect(update.body.en).toContain("Sista ansökningsdag");
    // Once the milestone has passed and nobody wrote, it is due now.
    expect(plan(answered, early, settings, "2026-11-12T08:00:00.000Z")[0]?.overdue).toBe(true);
  });

  it("plans a status update after the quiet days when no milestone comes first", () => {
    const quiet = process({ milestones: [] });
    const answered = candidate({
      contacts: [applied("2026-11-03T09:12:00.000Z"), mailOut("2026-11-04T09:00:00.000Z")],
    });
    const update = find(plan(answered, quiet, settings, "2026-11-05T08:00:00.000Z"), "status-update");
    expect(update.dueAt).toBe("2026-11-18T09:00:00.000Z");
    expect(update.id).toBe("p-nordbank-backend:c-asa-oberg:status-update:20261104T090000Z");
    expect(update.body.sv).toContain("14 dagar");
  });

  it("sends the feedback survey a day after a candidate leaves, once the decision is given", () => {
    const left = candidate({
      stageId: "rejected",
      rejection: { reason: "missing-requirement", detail: "Kotlin" },
      leftAt: "2026-11-06T10:00:00.000Z",
      contacts: [applied("2026-11-03T09:12:00.000Z"), mailOut("2026-11-06T10:00:00.000Z")],
    });
    const fs = plan(left, p, settings, "2026-11-06T12:00:00.000Z");
    expect(kinds(fs)).toEqual(["survey"]);
    expect(fs[0]).toMatchObject({
      dueAt: "2026-11-07T10:00:00.000Z",
      template: "survey-invitation",
      channel: "email",
    });
    expect(fs[0]?.body.sv).toContain("https://forms.office.com/r/abc");
    // Sent (a message logged after leaving) or too late: nothing.
    const sent = {
      ...left,
      contacts: [
        ...left.contacts,
        contact({ at: "2026-11-07T10:00:00.000Z", direction: "out", kind: "message" }),
      ],
    };
    expect(plan(sent, p, settings, "2026-11-08T12:00:00.000Z")).toEqual([]);
    expect(plan(left, p, settings, "2026-12-20T12:00:00.000Z")).toEqual([]);
  });

  it("sends Svara's own survey, answered by reply, when the process has no form of its own", () => {
    const left = candidate({
      stageId: "rejected",
      rejection: { reason: "missing-requirement", detail: "Kotlin" },
      leftAt: "2026-11-06T10:00:00.000Z",
      contacts: [applied("2026-11-03T09:12:00.000Z"), mailOut("2026-11-06T10:00:00.000Z")],
    });
    const fs = plan(left, process({ surveyUrl: null }), settings, "2026-11-06T12:00:00.000Z");
    expect(kinds(fs)).toEqual(["survey"]);
    expect(fs[0]).toMatchObject({ dueAt: "2026-11-07T10:00:00.000Z", template: "survey-reply" });
    expect(fs[0]?.body.sv).not.toContain("https://");
  });

  it("holds the survey back until the leaving candidate has had their answer", () => {
    const withdrawn = candidate({ stageId: "withdrawn", leftAt: "2026-11-05T10:00:00.000Z" });
    expect(kinds(plan(withdrawn, p, settings, "2026-11-06T12:00:00.000Z"))).toEqual([
      "answer-due",
      "warning",
    ]);
  });

  it("marks what is past due as overdue and keeps every other time in the future", () => {
    const fs = plan(candidate(), p, settings, "2026-11-11T08:00:00.000Z");
    expect(find(fs, "warning").overdue).toBe(true);
    expect(find(fs, "answer-due").overdue).toBe(false);
  });

  it("plans a whole process, and gives candidates of different processes different ids", () => {
    const withTwo = process({ candidates: [candidate(), candidate({ id: "c-li-wei", name: "Li Wei" })] });
    expect(planProcess(withTwo, settings, "2026-11-04T08:00:00.000Z")).toHaveLength(4);
    expect(followUpId("p-a", "c-1", "call", "x")).not.toBe(followUpId("p-b", "c-1", "call", "x"));
  });

  it("keeps ids short and ASCII even for very long process and candidate ids", () => {
    const id = followUpId("p-".padEnd(64, "x"), "c-".padEnd(64, "y"), "status-update", "20261103T091200Z");
    expect(id.length).toBeLessThanOrEqual(100);
    expect(id).toMatch(/^[\x20-\x7e]+$/);
    expect(id).toBe(
      followUpId("p-".padEnd(64, "x"), "c-".padEnd(64, "y"), "status-update", "20261103T091200Z"),
    );
  });
});

describe("reconcile", () => {
  const now = "2026-11-04T08:00:00.000Z";
  const desired = plan(candidate(), p, settings, now);

  it("creates what is missing, updates what moved and completes what is done", () => {
    expect(reconcile(desired, []).map((o) => o.type)).toEqual(["create", "create"]);
    const moved = desired.map((f) =>
      f.kind === "warning" ? { ...f, dueAt: "2026-11-09T09:12:00.000Z" } : f,
    );
    const ops = reconcile(desired, [...moved, { ...desired[0]!, id: "old" }]);
    expect(ops).toEqual([
      { type: "update", followUp: find(desired, "warning"), previous: find(moved, "warning") },
      { type: "complete", id: "old" },
    ]);
  });

  it("completes the answer follow-ups once Åsa has had her answer", () => {
    const answered = candidate({ contacts: [...candidate().contacts, mailOut("2026-11-05T09:00:00.000Z")] });
    const ops = reconcile(plan(answered, p, settings, "2026-11-05T10:00:00.000Z"), desired);
    expect(ops.filter((o) => o.type === "complete")).toHaveLength(2);
    expect(
      ops.filter((o) => o.type === "create").map((o) => (o.type === "create" ? o.followUp.kind : "")),
    ).toEqual(["status-update"]);
  });

  it("sees a follow-up read back from To Do as unchanged: keys in another order, an absent key left undefined", () => {
    const [first] = desired;
    const readBack = Object.fromEntries(Object.entries({ ...first!, webLink: undefined }).reverse());
    expect(reconcile([first!], [readBack as unknown as typeof first & object])).toEqual([]);
    const nestedChange = { ...first!, title: { ...first!.title, sv: `${first!.title.sv}!` } };
    expect(reconcile([first!], [nestedChange]).map((o) => o.type)).toEqual(["update"]);
  });

  it("compares the first copy when the other side holds a duplicate", () => {
    const dup = [desired[0]!, { ...desired[0]!, title: { sv: "x", en: "x" } }, desired[1]!];
    expect(reconcile(desired, dup)).toEqual([]);
    expect(applyOperations(dup, [])).toHaveLength(2);
  });
});

describe("the planner, for any candidate (properties)", () => {
  const base = Date.parse("2026-01-01T00:00:00Z");
  const instant = fc
    .integer({ min: 0, max: 300 * 86_400_000 })
    .map((ms) => new Date(base + ms).toISOString());
  const event = fc
    .record({
      at: instant,
      direction: fc.constantFrom<"in" | "out">("in", "out"),
      channel: fc.constantFrom<ContactEvent["channel"]>("email", "phone", "meeting"),
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
  const arbCandidate: fc.Arbitrary<Candidate> = fc
    .record({
      stageId: fc.constantFrom(
        "applied",
        "screening",
        "interview",
        "final",
        "offer",
        "hired",
        "rejected",
        "withdrawn",
      ),
      phone: fc.constantFrom(null, "+46 70 123 45 67", "070-765 43 21", "okänt"),
      contacts: fc.array(event, { maxLength: 6 }),
      createdAt: instant,
      leftAt: fc.option(instant),
      reason: fc.constantFrom(
        "missing-requirement",
        "applied-too-late",
        "others-went-further",
        "other",
      ) as fc.Arbitrary<"missing-requirement" | "applied-too-late" | "others-went-further" | "other">,
    })
    .map(({ reason, ...c }) =>
      candidate({ ...c, rejection: c.stageId === "rejected" ? { reason, detail: "Kotlin" } : null }),
    );
  const arbSettings = fc.record({
    timeZone: fc.constantFrom("Europe/Stockholm", "America/New_York", "UTC"),
    dayCounting: fc.constantFrom<"calendar" | "business">("calendar", "business"),
    quietDaysBeforeStatusUpdate: fc.integer({ min: 1, max: 30 }),
  });

  it("is idempotent: reconciling what it planned, twice, changes nothing the second time", () => {
    fc.assert(
      fc.property(arbCandidate, arbSettings, instant, instant, (c, s, t1, t2) => {
        const st = { ...settings, ...s };
        const before = plan(c, p, st, t1);
        const after = plan(c, p, st, t2);
        expect(plan(c, p, st, t2)).toEqual(after); // deterministic
        const synced = applyOperations(before, reconcile(after, before));
        expect(reconcile(after, synced)).toEqual([]);
        expect([...synced].sort((a, b) => (a.id < b.id ? -1 : 1))).toEqual(
          [...after].sort((a, b) => (a.id < b.id ? -1 : 1)),
        );
      }),
      { numRuns: 200 },
    );
  });

  it("never plans a decision mail for a candidate who has been interviewed", () => {
    fc.assert(
      fc.property(arbCandidate, arbSettings, instant, (c, s, now) => {
        const interviewed = { ...c, contacts: [...c.contacts, interviewHeld(c.createdAt)] };
        for (const f of plan(interviewed, p, { ...settings, ...s }, now)) {
          if (f.kind === "answer-due" || f.kind === "call" || f.kind === "get-phone")
            expect(f.channel).not.toBe("email");
          expect(String(f.template)).not.toMatch(/^rejection-|^next-step-offer$/);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("never schedules in the past except as overdue now, and ids are unique, short and ASCII", () => {
    fc.assert(
      fc.property(arbCandidate, arbSettings, instant, (c, s, now) => {
        const fs = plan(c, p, { ...settings, ...s }, now);
        const nowMs = Date.parse(now);
        for (const f of fs) {
          if (!f.overdue) {
            expect(Date.parse(f.dueAt)).toBeGreaterThan(nowMs);
            expect(Date.parse(f.remindAt)).toBeGreaterThanOrEqual(nowMs);
          } else expect(Date.parse(f.dueAt)).toBeLessThanOrEqual(nowMs);
          expect(Date.parse(f.remindAt)).toBeLessThanOrEqual(Date.parse(f.dueAt));
          expect(f.id.length).toBeLessThanOrEqual(100);
          expect(f.id).toMatch(/^[\x20-\x7e]+$/);
        }
        expect(new Set(fs.map((f) => f.id)).size).toBe(fs.length);
      }),
      { numRuns: 200 },
    );
  });

  it("owes every waiting candidate a follow-up: a running clock always has an answer deadline", () => {
    fc.assert(
      fc.property(arbCandidate, instant, (c, now) => {
        // Anything logged the same instant could be the answer itself; only the past counts here.
        const past = c.contacts.filter((k) => Date.parse(k.at) < Date.parse(now));
        const fs = plan({ ...c, contacts: [...past, applied(now)] }, p, settings, now);
        expect(fs.some((f) => f.kind === "answer-due")).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});
