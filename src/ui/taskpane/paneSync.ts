import type { NoteDraftsApi } from "../../state/noteDrafts";
import type { OutboxStatusStoreApi } from "../../state/outboxStatusStore";
import type { ProcessesStoreApi } from "../../state/processesStore";
import type { SettingsStoreApi } from "../../state/settingsStore";
import type { SyncEngine } from "../../sync/engine";

/** The stores the connected pane reads, and the two things it asks of sync directly. */
export interface PaneSync {
  readonly processes: ProcessesStoreApi;
  readonly outbox: OutboxStatusStoreApi;
  readonly settings: SettingsStoreApi;
  readonly engine: Pick<SyncEngine, "dispatch">;
  readonly drafts?: NoteDraftsApi;
  detectContacts(): Promise<void>;
}
