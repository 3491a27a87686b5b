import { createStore } from "zustand/vanilla";
import type { CandidateMove } from "./processActions";
import type { CandidateRef } from "../domain";

/**
 * What the pane shows: the open item (a mail's candidate; the overview when nothing is selected),
 * the overview chosen from the header, or a candidate picked in the overview.
 */
type PaneScreen =
  | { readonly kind: "item" }
  | { readonly kind: "overview" }
  | { readonly kind: "candidate"; readonly ref: CandidateRef; readonly show?: CandidateSection };

/** Where a candidate opened from a to-do starts: the call to make, or the details to fill in. */
type CandidateSection = "call" | "details";

export interface PaneNavigationStore {
  readonly screen: PaneScreen;
  showOverview(): void;
  showCandidate(ref: CandidateRef, show?: CandidateSection): void;
  /** One step back: a candidate → the overview → the open item. */
  back(): void;
  /** The recruiter selected another mail or meeting: the pane follows it. */
  showItem(): void;
  /** A candidate moved to another process: their card, if shown, follows them there. */
  followMove(move: CandidateMove): void;
}

/** Where a screen showing `ref` goes after `move`: the candidate's new place when it is them. */
export function refAfterMove(ref: CandidateRef, move: CandidateMove): CandidateRef {
  return ref.processId === move.from.processId && ref.candidateId === move.from.candidateId
    ? { processId: move.to.processId, candidateId: move.to.candidateId }
    : ref;
}

const ITEM: PaneScreen = { kind: "item" };
const OVERVIEW: PaneScreen = { kind: "overview" };

export const createPaneNavigationStore = () =>
  createStore<PaneNavigationStore>()((set) => ({
    screen: ITEM,
    showOverview: () => set({ screen: OVERVIEW }),
    showCandidate: (ref, show) =>
      set({
        screen: {
          kind: "candidate",
          ref: { processId: ref.processId, candidateId: ref.candidateId },
          ...(show ? { show } : {}),
        },
      }),
    back: () => set((s) => ({ screen: s.screen.kind === "candidate" ? OVERVIEW : ITEM })),
    // The same object when already there, so a re-selected item re-renders nothing.
    showItem: () => set((s) => (s.screen.kind === "item" ? s : { screen: ITEM })),
    // The section shown (call, details) stays: she was in the middle of the card.
    followMove: (move) =>
      set((s) => {
        if (s.screen.kind !== "candidate") return s;
        const ref = refAfterMove(s.screen.ref, move);
        return ref === s.screen.ref ? s : { screen: { ...s.screen, ref } };
      }),
  }));

export type PaneNavigationStoreApi = ReturnType<typeof createPaneNavigationStore>;
