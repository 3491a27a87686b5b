import type { OutboxStatusStoreApi } from "../../state/outboxStatusStore";
import type { ProcessesStoreApi } from "../../state/processesStore";
import type { SettingsStoreApi } from "../../state/settingsStore";
import type { TemplatesStoreApi } from "../../state/templatesStore";

/** The stores the connected pane reads, and the one thing it asks of the connection directly. */
export interface PaneSync {
  readonly processes: ProcessesStoreApi;
  readonly outbox: OutboxStatusStoreApi;
  readonly settings: SettingsStoreApi;
  /** Her own templates, offered beside the built-ins. */
  readonly templates?: TemplatesStoreApi;
  detectContacts(): Promise<void>;
}
