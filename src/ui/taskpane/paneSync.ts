import type { FeedbackStoreApi } from "../../state/feedbackStore";
import type { FirmSettingsStoreApi } from "../../state/firmSettingsStore";
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
  /** What candidates said, for the report. */
  readonly feedback?: FeedbackStoreApi;
  /** The firm's retention rule (the Gallring tab). */
  readonly firm?: FirmSettingsStoreApi;
  /** An item change asks for a look at new mail; the connection folds a run of them into one. */
  detectContacts(reason: "item-changed"): Promise<void>;
}
