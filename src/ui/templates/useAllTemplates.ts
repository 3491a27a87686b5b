import { useEffect } from "react";
import { useStore, type StoreApi } from "zustand";
import { createStore } from "zustand/vanilla";
import type { Template } from "../../domain";
import { loadBuiltInTemplates } from "../../state/builtInTemplates";
import { selectAllTemplates, type TemplatesStore, type TemplatesStoreApi } from "../../state/templatesStore";

type Offered = Pick<TemplatesStore, "own" | "builtIns">;

// Before Microsoft 365 is connected (or in a test without it) there are the built-ins only.
const NONE: StoreApi<Offered> = createStore<Offered>()(() => ({ own: [], builtIns: [] }));

/** Every template a picker offers: the built-ins, then hers. */
export function useAllTemplates(store: TemplatesStoreApi | undefined): readonly Template[] {
  useEffect(() => {
    if (store || NONE.getState().builtIns.length > 0) return;
    loadBuiltInTemplates().then(
      (builtIns) => NONE.setState({ builtIns }),
      () => undefined,
    );
  }, [store]);
  return useStore((store ?? NONE) as StoreApi<Offered>, selectAllTemplates);
}
