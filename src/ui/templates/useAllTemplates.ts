import { useStore, type StoreApi } from "zustand";
import { createStore } from "zustand/vanilla";
import type { Template } from "../../domain";
import { selectAllTemplates, type TemplatesStore, type TemplatesStoreApi } from "../../state/templatesStore";

type Own = Pick<TemplatesStore, "own">;

// Before Microsoft 365 is connected (or in a test without it) there are the built-ins only.
const NONE: StoreApi<Own> = createStore<Own>()(() => ({ own: [] }));

/** Every template a picker offers: the built-ins, then hers. */
export function useAllTemplates(store: TemplatesStoreApi | undefined): readonly Template[] {
  return useStore((store ?? NONE) as StoreApi<Own>, selectAllTemplates);
}
