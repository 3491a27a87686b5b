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

export const createNoteDrafts = (storage: () => Storage = () => localStorage) =>
  createStore<NoteDrafts>()(
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
      { name: "svara.noteDrafts", storage: createJSONStorage(storage) },
    ),
  );

export type NoteDraftsApi = ReturnType<typeof createNoteDrafts>;
