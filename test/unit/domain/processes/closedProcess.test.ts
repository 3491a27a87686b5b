// Closing a process means the recruitment is over: no more reminders, nothing on her to-do lists.
// Whoever is still owed an answer is named to her first (the firm's promise: everyone we have been
// in contact with gets an answer).
import fc from "fast-check";
import {
  agenda,
  closeProcess,
  plan,
  planProcess,
  waitingForAnswer,
  weeklyTodo,
} from "../../../../src/domain";
import { applied, candidate, interviewHeld, mailIn, mailOut, process, settings } from "../fixtures";

// Wednesday 25 November 2026, 09:00 in Stockholm.
const NOW = "2026-11-25T08:00:00.000Z";
const waitingAsa = candidate({
  id: "c-asa",
  name: "Åsa Öberg",
  contacts: [applied("2026-11-20T09:00:00.000Z")],
});
const lateLi = candidate({ id: "c-li", name: "Li Wei", contacts: [applied("2026-11-10T09:00:00.000Z")] });
const answeredBo = candidate({
  id: "c-bo",
  name: "Bo Ek",
  contacts: [mailIn("2026-11-18T09:00:00.000Z"), mailOut("2026-11-19T09:00:00.000Z")],
});
const interviewedEva = candidate({
  id: "c-eva",
  name: "Eva Berg",
  contacts: [
    applied("2026-11-12T09:00:00.000Z"),
    mailOut("2026-11-13T09:00:00.000Z"),
    interviewHeld("2026-11-24T13:00:00.000Z"),
  ],
});
const running = process({ candidates: [waitingAsa, lateLi, answeredBo, interviewedEva] });
const closed = closeProcess(running, true, NOW);

describe("a closed process", () => {
  it("plans no reminder for any of its candidates, though they were planned while it ran", () => {
    expect(planProcess(running, settings, NOW).length).toBeGreaterThan(0);
    expect(planProcess(closed, settings, NOW)).toEqual([]);
  });

  it("plans nothing whatever its candidates' logs say", () => {
    const at = fc.date({ min: new Date("2026-01-01"), max: new Date("2026-11-24"), noInvalidDate: true });
    const event = fc.oneof(
      at.map((d) => applied(d.toISOString())),
      at.map((d) => mailIn(d.toISOString())),
      at.map((d) => mailOut(d.toISOString())),
      at.map((d) => interviewHeld(d.toISOString())),
    );
    fc.assert(
      fc.property(fc.array(event, { maxLength: 6 }), (contacts) => {
        const c = candidate({ contacts });
        expect(plan(c, closeProcess(process({ candidates: [c] }), true, NOW), settings, NOW)).toEqual([]);
      }),
    );
  });

  it("leaves the overview's Att göra and the weekly OneNote list", () => {
    const other = process({ id: "p-other", title: "Lagerchef", candidates: [waitingAsa] });
    const items = agenda([closed, other], settings, NOW).items;
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((i) => i.followUp.processId === "p-other")).toBe(true);
    expect(weeklyTodo([closed], settings, NOW).items).toEqual([]);
  });

  it("plans again when it is opened again", () => {
    const reopened = closeProcess(closed, false, NOW);
    expect(planProcess(reopened, settings, NOW)).toEqual(planProcess(running, settings, NOW));
  });
});

describe("closing a process with candidates still waiting for an answer", () => {
  it("names those whose answer clock runs, in the process's order, and not those already answered", () => {
    const names = waitingForAnswer(running, settings, NOW).map((c) => c.name);
    expect(names).toEqual(["Åsa Öberg", "Li Wei", "Eva Berg"]);
  });

  it("names nobody once everyone has had their answer", () => {
    expect(waitingForAnswer(process({ candidates: [answeredBo] }), settings, NOW)).toEqual([]);
  });
});
