import type { SupportLog, SupportLogEntry } from "./middleware/requestIdMiddleware";

/** The last requests' ids in memory, for a "copy details for support" action. Nothing is written
 * to disk or console: the entries are ids and statuses, but they still say who was mailed when. */
export function createSupportLogBuffer(size = 50): {
  log: SupportLog;
  entries(): readonly SupportLogEntry[];
} {
  const buffer: SupportLogEntry[] = [];
  return {
    log: (entry) => {
      buffer.push(entry);
      if (buffer.length > size) buffer.shift();
    },
    entries: () => [...buffer],
  };
}
