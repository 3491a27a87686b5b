// A processes store whose engine only records what it is given: each click's command, in order.
import { appError, err, ok, type Process, type Result } from "../../../src/domain";
import { createProcessesStore } from "../../../src/state/processesStore";
import type { Command, CommandType } from "../../../src/sync/commands";

export function recordingStore(processes: readonly Process[] = [], failing: readonly CommandType[] = []) {
  const sent: Command[] = [];
  let n = 0;
  const store = createProcessesStore(
    {
      dispatch: async (c): Promise<Result<never>> => {
        if (failing.includes(c.type))
          return err(appError("outbox-unavailable", "Sparades inte.", "Not saved.")) as Result<never>;
        sent.push(c);
        return ok(undefined as never);
      },
      refresh: async () => ok({ unreadable: [], offline: null }),
    },
    () => ({ id: `id-${(n += 1)}`, createdAt: "2026-11-25T09:00:00.000Z" }),
  );
  store.getState().showProcesses(processes);
  return { sent, store, actions: () => store.getState() };
}
