import { createStore } from "zustand/vanilla";
import { createJSONStorage, persist } from "zustand/middleware";
import type { CandidateRef, Result } from "../domain";

/**
 * Notes being typed, per candidate, kept on this device as the recruiter types: Outlook closes
 * the pane whenever another mail is opened, and a half-written note must survive that.
 */
export interface NoteDraftsStore {
  /** By `processId/candidateId` (the key stored on the device: keep its shape). */
  readonly drafts: Readonly<Record<string, string>>;
  setDraft(ref: CandidateRef, text: string): void;
  /**
   * Hands `text` to `addNote` and, once it is saved, takes it out of the draft: words typed while
   * it was saving stay. A note that was not saved stays whole.
   */
  saveNote(
    ref: CandidateRef,
    text: string,
    addNote: (ref: CandidateRef, text: string) => Promise<Result<unknown>>,
  ): Promise<Result<unknown>>;
  /** The candidate was erased: what was typed about them leaves the device. */
  forgetDraft(ref: CandidateRef): void;
}

const keyOf = (ref: CandidateRef) => `${ref.processId}/${ref.candidateId}`;

/** What the recruiter has typed for this candidate and not yet saved. */
export const draftOf = (state: Pick<NoteDraftsStore, "drafts">, ref: CandidateRef): string =>
  state.drafts[keyOf(ref)] ?? "";

/** The draft once `saved` has left it: gone if that was all, else what was typed after it. */
function afterSaving(draft: string, saved: string): string | null {
  if (draft === saved) return null;
  return draft.startsWith(saved) ? draft.slice(saved.length).trimStart() : draft;
}

export const createNoteDraftsStore = (
  storage: () => Storage = () => localStorage,
  events: EventTarget | null = globalThis as unknown as EventTarget,
) => {
  const store = createStore<NoteDraftsStore>()(
    persist(
      (set, get) => ({
        drafts: {},
        setDraft: (ref, text) => set((s) => ({ drafts: { ...s.drafts, [keyOf(ref)]: text } })),
        forgetDraft: (ref) =>
          set((s) => {
            const { [keyOf(ref)]: _gone, ...others } = s.drafts;
            return { drafts: others };
          }),
        saveNote: async (ref, text, addNote) => {
          const saved = await addNote(ref, text);
          if (!saved.ok) return saved;
          const draft = draftOf(get(), ref);
          const rest = afterSaving(draft, text);
          if (rest === draft) return saved; // edited before what was saved: the recruiter's to tidy
          set((s) => {
            const { [keyOf(ref)]: _gone, ...others } = s.drafts;
            return { drafts: rest === null ? others : { ...others, [keyOf(ref)]: rest } };
          });
          return saved;
        },
      }),
      { name: DRAFTS_KEY, storage: createJSONStorage(storage) },
    ),
  );
  // A pane in a pop-out window writes the same key: take its drafts in, or ours would overwrite them.
  events?.addEventListener?.("storage", (event) => {
    if ((event as StorageEvent).key === DRAFTS_KEY) void store.persist.rehydrate();
  });
  return store;
};

const DRAFTS_KEY = "svara.noteDrafts";

export type NoteDraftsStoreApi = ReturnType<typeof createNoteDraftsStore>;
