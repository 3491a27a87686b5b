import type { SyncListener } from "../sync/syncEvents";
import type { OutboxStatusStoreApi } from "./outboxStatusStore";
import type { ProcessesStoreApi } from "./processesStore";
import type { TemplatesStoreApi } from "./templatesStore";

/** What the engine reports, into the stores the UI reads. Pass it to createSyncEngine. */
export function syncListenerFor(
  processes: ProcessesStoreApi,
  outbox: OutboxStatusStoreApi,
  templates?: TemplatesStoreApi,
): SyncListener {
  return {
    processes: (list) => processes.getState().showProcesses(list),
    command: (status) => outbox.getState().commandChanged(status),
    queue: (queue) => outbox.getState().queueChanged(queue),
    templates: (own) => templates?.getState().showTemplates(own),
  };
}
