import { agendaAction, selectAgenda, selectAgendaDays } from "../../../src/state/agendaSelectors";
import { candidate, mailIn, process, settings } from "../domain/fixtures";

const NOW = "2026-11-30T08:00:00.000Z";
const processes = [process({ candidates: [candidate({ contacts: [mailIn("2026-11-18T10:00:00.000Z")] })] })];

describe("the agenda as the view reads it", () => {
  it("works the week out once for the same processes, clock and ticks", () => {
    const done = new Set<string>();
    const week = selectAgenda(processes, settings, NOW, done);
    expect(selectAgenda(processes, settings, NOW, done)).toBe(week);
    expect(selectAgendaDays(week)).toBe(selectAgendaDays(week));
    expect(selectAgendaDays(week)[0]!.day).toBe("2026-11-30");
  });

  it("hides what the recruiter just ticked off, before the tick is saved", () => {
    const first = selectAgenda(processes, settings, NOW, new Set()).items[0]!.followUp.id;
    const after = selectAgenda(processes, settings, NOW, new Set([first]));
    expect(after.items.map((i) => i.followUp.id)).not.toContain(first);
  });

  it("answers mails, calls calls and asks for a number when there is none", () => {
    expect(["answer-due", "warning", "status-update"].map((k) => agendaAction(k as never))).toEqual([
      "answer",
      "answer",
      "answer",
    ]);
    expect(agendaAction("call")).toBe("call");
    expect(agendaAction("get-phone")).toBe("get-phone");
    expect(agendaAction("survey")).toBe("survey");
  });
});
