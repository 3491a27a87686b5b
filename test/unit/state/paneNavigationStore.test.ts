import { createPaneNavigationStore } from "../../../src/state/paneNavigationStore";

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
