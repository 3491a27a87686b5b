import { selectChosenCandidate } from "../../../src/state/chosenCandidate";
import { applied, candidate, process, settings } from "../domain/fixtures";

const NOW = "2026-11-10T09:00:00.000Z";
const asa = candidate({ contacts: [applied("2026-11-03T09:12:00.000Z")] });
const nordbank = process({ candidates: [asa] });

describe("the candidate chosen on the dashboard", () => {
  it("shows them as the pane's card does: stage, clock and what happened", () => {
    const view = selectChosenCandidate([nordbank], nordbank.id, asa.id, settings, NOW);
    expect(view?.candidate.name).toBe(asa.name);
    expect(view?.clock.phase).not.toBe("stopped");
    expect(view?.log.length).toBe(1);
  });

  it("is the same view until something moves, so the side panel does not re-render for nothing", () => {
    const processes = [nordbank];
    expect(selectChosenCandidate(processes, nordbank.id, asa.id, settings, NOW)).toBe(
      selectChosenCandidate(processes, nordbank.id, asa.id, settings, NOW),
    );
  });

  it("is gone once they are gone from every process", () => {
    expect(selectChosenCandidate([nordbank], nordbank.id, "someone-else", settings, NOW)).toBeNull();
  });
});
