import { createStore } from "zustand/vanilla";
import { createJSONStorage, persist } from "zustand/middleware";

/**
 * Notes being typed, per candidate, kept on this device as the recruiter types: Outlook closes
 * the pane whenever another mail is opened, and a half-written note must survive that.
 */
export interface NoteDrafts {
  readonly drafts: Readonly<Record<string, string>>;
  setDraft(key: string, text: string): void;
  clear(key: string): void;
}

export const createNoteDrafts = (
  storage: () => Storage = () => localStorage,
  events: EventTarget | null = globalThis as unknown as EventTarget,
) => {
  const store = createStore<NoteDrafts>()(
    persist(
      (set) => ({
        drafts: {},
        setDraft: (key, text) => set((s) => ({ drafts: { ...s.drafts, [key]: text } })),
        clear: (key) =>
          set((s) => {
            const { [key]: _gone, ...rest } = s.drafts;
            return { drafts: rest };
          }),
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

export type NoteDraftsApi = ReturnType<typeof createNoteDrafts>;
