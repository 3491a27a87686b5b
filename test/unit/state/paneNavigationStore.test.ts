import { createPaneNavigationStore, refAfterMove } from "../../../src/state/paneNavigationStore";

const bjorn = { processId: "p-solkraft-saljare", candidateId: "c-bjorn-ekdahl" };

describe("where the pane is: the open mail, the overview, a candidate picked there", () => {
  it("starts on the open item", () => {
    expect(createPaneNavigationStore().getState().screen).toEqual({ kind: "item" });
  });

  it("goes from a mail to the overview, to a candidate, and one step back at a time", () => {
    const nav = createPaneNavigationStore();
    nav.getState().showOverview();
    expect(nav.getState().screen).toEqual({ kind: "overview" });
    nav.getState().showCandidate(bjorn);
    expect(nav.getState().screen).toEqual({ kind: "candidate", ref: bjorn });
    nav.getState().back();
    expect(nav.getState().screen).toEqual({ kind: "overview" });
    nav.getState().back();
    expect(nav.getState().screen).toEqual({ kind: "item" });
  });

  it("follows the recruiter to a newly selected mail, wherever the pane was", () => {
    const nav = createPaneNavigationStore();
    nav.getState().showCandidate(bjorn);
    nav.getState().showItem();
    expect(nav.getState().screen).toEqual({ kind: "item" });
  });

  it("keeps the same state when the item screen is already shown, so nothing re-renders", () => {
    const nav = createPaneNavigationStore();
    const before = nav.getState();
    nav.getState().showItem();
    expect(nav.getState()).toBe(before);
  });

  it("opens a candidate from a call to-do on the call, and from a missing number on the details", () => {
    const nav = createPaneNavigationStore();
    nav.getState().showCandidate(bjorn, "call");
    expect(nav.getState().screen).toEqual({ kind: "candidate", ref: bjorn, show: "call" });
    nav.getState().showCandidate(bjorn);
    expect(nav.getState().screen).toEqual({ kind: "candidate", ref: bjorn });
  });
});

describe("a candidate moved to another process while her card is open", () => {
  const move = { from: bjorn, to: { processId: "p-nordbank-backend", candidateId: bjorn.candidateId } };

  it("follows her to the new process, on the same section of the card", () => {
    const nav = createPaneNavigationStore();
    nav.getState().showCandidate(bjorn, "details");
    nav.getState().followMove(move);
    expect(nav.getState().screen).toEqual({ kind: "candidate", ref: move.to, show: "details" });
    nav.getState().back();
    expect(nav.getState().screen).toEqual({ kind: "overview" });
  });

  it("stays put when another candidate moved, or when no card is open", () => {
    const nav = createPaneNavigationStore();
    const other = { processId: bjorn.processId, candidateId: "c-asa-oberg" };
    nav.getState().showCandidate(other);
    const before = nav.getState();
    nav.getState().followMove(move);
    expect(nav.getState()).toBe(before);
    nav.getState().showOverview();
    nav.getState().followMove(move);
    expect(nav.getState().screen).toEqual({ kind: "overview" });
  });

  it("gives the dashboard's side panel the same answer", () => {
    expect(refAfterMove(bjorn, move)).toEqual(move.to);
    const other = { processId: "p-x", candidateId: bjorn.candidateId };
    expect(refAfterMove(other, move)).toBe(other);
  });
});
