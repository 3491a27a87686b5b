import {
  MAX_COMPLETED_FOLLOW_UPS,
  completeFollowUp,
  parseProcessDocument,
  plan,
  processToJson,
} from "../../../../src/domain";
import { applied, candidate, process, settings } from "../fixtures";

const now = "2026-11-30T11:00:00.000Z";

describe("ticking a follow-up off", () => {
  const waiting = candidate({ id: "c-wait", contacts: [applied("2026-11-27T09:00:00.000Z")] });
  const nordbank = process({ candidates: [waiting] });

  it("takes it off the plan, so sync completes its To Do task, while the rest stays planned", () => {
    const [first, ...rest] = plan(waiting, nordbank, settings, now);
    expect(first).toBeDefined();
    const ticked = completeFollowUp(waiting, first!.id);
    expect(plan(ticked, nordbank, settings, now).map((f) => f.id)).toEqual(rest.map((f) => f.id));
  });

  it("changes nothing — the very same candidate — when it is ticked off twice", () => {
    const once = completeFollowUp(waiting, "f-1");
    expect(completeFollowUp(once, "f-1")).toBe(once);
  });

  it("keeps only the most recent ticks, so the document does not grow for ever", () => {
    let c = waiting;
    for (let i = 0; i < MAX_COMPLETED_FOLLOW_UPS + 5; i++) c = completeFollowUp(c, `f-${i}`);
    expect(c.completedFollowUps).toHaveLength(MAX_COMPLETED_FOLLOW_UPS);
    expect(c.completedFollowUps?.[0]).toBe("f-5");
  });

  it("survives a round trip through the process document, and older documents read as none ticked", () => {
    const ticked = process({ candidates: [completeFollowUp(waiting, "f-1")] });
    const back = parseProcessDocument(JSON.parse(processToJson(ticked)));
    expect(back.ok && back.value.process.candidates[0]!.completedFollowUps).toEqual(["f-1"]);
    const old = parseProcessDocument(JSON.parse(processToJson(nordbank)));
    expect(old.ok && old.value.process.candidates[0]!.completedFollowUps).toBeUndefined();
    expect(processToJson(nordbank)).not.toContain("completedFollowUps");
  });
});
