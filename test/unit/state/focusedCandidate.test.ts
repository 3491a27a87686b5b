import { beginErasure } from "../../../src/domain";
import { focusedCandidateView } from "../../../src/state/paneView";
import { applied, candidate, process, settings } from "../domain/fixtures";

const NOW = "2026-11-10T09:00:00.000Z";
const asa = candidate({ contacts: [applied("2026-11-03T09:12:00.000Z")] });
const nordbank = process({ candidates: [asa] });

describe("a candidate chosen in the overview (the pane's focus, the dashboard's side panel)", () => {
  it("shows them as the pane's card does: stage, clock and what happened", () => {
    const view = focusedCandidateView([nordbank], settings, NOW, nordbank.id, asa.id);
    expect(view?.candidate.name).toBe(asa.name);
    expect(view?.clock.phase).not.toBe("stopped");
    expect(view?.log.length).toBe(1);
  });

  it("is the same view until something moves, so the side panel does not re-render for nothing", () => {
    const processes = [nordbank];
    expect(focusedCandidateView(processes, settings, NOW, nordbank.id, asa.id)).toBe(
      focusedCandidateView(processes, settings, NOW, nordbank.id, asa.id),
    );
  });

  it("is gone once they are gone from every process", () => {
    expect(focusedCandidateView([nordbank], settings, NOW, nordbank.id, "someone-else")).toBeNull();
  });

  it("is gone while another device erases them: the card must not show whom the process is erasing", () => {
    const erasing = beginErasure(nordbank, {
      id: "erase-1",
      candidateId: asa.id,
      by: "maja.lind@svara-demo.se",
      deleteMails: false,
      at: NOW,
    });
    expect(focusedCandidateView([erasing], settings, NOW, nordbank.id, asa.id)).toBeNull();
  });
});
