// The pane's erase action wired to this runtime: the engine queues it, the outbox status store
// knows (and cancels) what is still waiting for the candidate, the note drafts forget theirs, the
// host says who is signed in. Loaded with the sync chunk: nothing of it is in the first paint.
import type { Host } from "../host/host";
import { paneEraser, type PaneErase } from "../state/eraseCandidate";
import type { NoteDraftsStoreApi } from "../state/noteDraftsStore";
import type { SyncStores } from "../state/syncStores";
import { stampNow } from "../sync/commands";

export const paneErase = (
  host: Pick<Host, "userEmail">,
  sync: Pick<SyncStores, "engine" | "outbox">,
  drafts: NoteDraftsStoreApi,
): PaneErase =>
  paneEraser({
    dispatch: (command) => sync.engine.dispatch(command),
    stamp: () => stampNow(),
    commands: () => sync.outbox.getState().commands,
    cancel: (commandId) => sync.outbox.getState().cancel(commandId),
    forgetNoteDraft: (ref) => drafts.getState().forgetDraft(ref),
    me: () => host.userEmail(),
  });
