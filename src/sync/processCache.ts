// This device's copy of the process documents, so the pane opens with the recruiter's candidates
// when the network is gone (and the send handler can match a recipient without Graph). A cache:
// Graph has the truth, and a write made from a stale copy meets a 412 and is merged (documentWrite).

import { ok, parseProcessDocument, serialiseProcess, type Result } from "../domain";
import type { StoredProcess } from "../graph/ports";
import { keepOnlyKeys, PROCESSES, readAll, writeKey, type SyncStateDb } from "./syncStateDb";

export interface ProcessCache {
  load(): Promise<Result<readonly StoredProcess[]>>;
  put(stored: StoredProcess): Promise<Result<void>>;
  /** Forgets every process not in `ids`: one deleted in Microsoft 365 (or on another device) must
   * not live on in this device's copy, shown offline and holding candidates' data (issue 14). */
  keepOnly(ids: ReadonlySet<string>): Promise<Result<number>>;
}

interface CachedDocument {
  readonly etag: string;
  /** The document as decision 0002 serialises it: read back through the same parser. */
  readonly document: Record<string, unknown>;
}

export function processCacheIn(db: SyncStateDb): ProcessCache {
  return {
    async load() {
      const all = await readAll<CachedDocument>(db, PROCESSES);
      if (!all.ok) return all;
      const stored: StoredProcess[] = [];
      for (const cached of all.value) {
        const parsed = parseProcessDocument(cached.document);
        if (parsed.ok) stored.push({ process: parsed.value.process, etag: cached.etag });
      }
      return ok(stored);
    },
    put: (stored) =>
      writeKey(db, PROCESSES, stored.process.id, {
        etag: stored.etag,
        document: serialiseProcess(stored.process),
      }),
    keepOnly: (ids) => keepOnlyKeys(db, PROCESSES, ids),
  };
}

export function memoryProcessCache(): ProcessCache {
  const docs = new Map<string, StoredProcess>();
  return {
    load: async () => ok([...docs.values()]),
    put: async (stored) => ok(void docs.set(stored.process.id, stored)),
    keepOnly: async (ids) => {
      const gone = [...docs.keys()].filter((id) => !ids.has(id));
      gone.forEach((id) => docs.delete(id));
      return ok(gone.length);
    },
  };
}
