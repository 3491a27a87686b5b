import { createStore } from "zustand/vanilla";
import type { AppError } from "../domain/result";
import type { HostItem } from "../host/host";

/** The mail or meeting open in Outlook right now, as the pane knows it. */
type ItemState =
  | { readonly status: "loading" }
  | { readonly status: "ready"; readonly item: HostItem | null }
  | { readonly status: "error"; readonly error: AppError };

export interface ItemStore {
  readonly state: ItemState;
  loading(): void;
  showItem(item: HostItem | null): void;
  showError(error: AppError): void;
}

export const createItemStore = () =>
  createStore<ItemStore>()((set) => ({
    state: { status: "loading" },
    loading: () => set({ state: { status: "loading" } }),
    showItem: (item) => set({ state: { status: "ready", item } }),
    showError: (error) => set({ state: { status: "error", error } }),
  }));

export type ItemStoreApi = ReturnType<typeof createItemStore>;
