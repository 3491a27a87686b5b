import { createStore } from "zustand/vanilla";

/** One candidate across processes (the same shape the overview's services and Graph's links use). */
export interface CandidateRef {
  readonly processId: string;
  readonly candidateId: string;
}

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
  }));

export type PaneNavigationStoreApi = ReturnType<typeof createPaneNavigationStore>;
