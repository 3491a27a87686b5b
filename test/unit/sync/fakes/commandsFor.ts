// Commands as the pane would make them, with readable ids instead of random UUIDs.

import { makeCommand, type Command, type CommandType, type PayloadOf } from "../../../../src/sync/commands";

let n = 0;

export function cmd<T extends CommandType>(
  type: T,
  payload: PayloadOf<T>,
  at = "2026-11-25T09:00:00.000Z",
  id?: string,
): Extract<Command, { type: T }> {
  n += 1;
  return makeCommand(type, payload, { id: id ?? `cmd-${n}`, createdAt: at });
}
