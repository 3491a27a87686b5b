// This device's copy of the process documents, so the pane opens with the recruiter's candidates
// when the network is gone (and the send handler can match a recipient without Graph). A cache:
// Graph has the truth, and a write made from a stale copy meets a 412 and is merged (documentWrite).
//
// The copy holds the parsed Process itself, not its document: at 5,000 candidates, parsing the
// documents again at every start was a second of main-thread work (issue 13). The parser checked
// what came from OneDrive; what this device wrote from a checked Process needs no second check —
// unless the Process's shape has changed since (SHAPE), when the record is not trusted.

import type { Candidate, ContactEvent, Process, Result } from "../domain";
import { ok, parseProcessDocument } from "../domain";
import type { HeldFiles, StoredProcess } from "../graph/ports";
import { eachValue, keepOnlyKeys, PROCESSES, writeKey, type SyncStateDb } from "./syncStateDb";

export interface ProcessCache {
  load(): Promise<Result<readonly StoredProcess[]>>;
  put(stored: StoredProcess): Promise<Result<void>>;
  /** Forgets every process not in `ids`: one deleted in Microsoft 365 (or on another device) must
   * not live on in this device's copy, shown offline and holding candidates' data (issue 14). */
  keepOnly(ids: ReadonlySet<string>): Promise<Result<number>>;
}

// Every key of the three records, so that adding or removing one fails to compile here until it is
// listed — and changes SHAPE, so copies written in the old shape are read through the parser.
const PROCESS_KEYS: Record<keyof Process, 1> = {
  id: 1,
  title: 1,
  organisation: 1,
  owner: 1,
  language: 1,
  answerWindowDays: 1,
  warningDay: 1,
  surveyUrl: 1,
  nextStep: 1,
  stages: 1,
  milestones: 1,
  candidates: 1,
  updatedAt: 1,
  closedAt: 1,
  erasures: 1,
};
const CANDIDATE_KEYS: Record<keyof Candidate, 1> = {
  id: 1,
  name: 1,
  emails: 1,
  phone: 1,
  linkedInUrl: 1,
  stageId: 1,
  rejection: 1,
  consent: 1,
  leftAt: 1,
  retentionUntil: 1,
  createdAt: 1,
  updatedAt: 1,
  contacts: 1,
  completedFollowUps: 1,
  language: 1,
  oneNotePageId: 1,
  stageHistory: 1,
};
const CONTACT_KEYS: Record<keyof ContactEvent, 1> = {
  id: 1,
  at: 1,
  direction: 1,
  channel: 1,
  kind: 1,
  summary: 1,
  messageId: 1,
  eventId: 1,
  webLink: 1,
};
const SHAPE = [PROCESS_KEYS, CANDIDATE_KEYS, CONTACT_KEYS]
  .map((keys) => Object.keys(keys).join(","))
  .join("|");

interface CachedProcess {
  readonly shape: string;
  readonly etag: string;
  readonly process: Process;
  /** The adapter's notes on the files of that version (StoredProcess.files). */
  readonly files?: HeldFiles;
}

/** What an older version of Svara kept: the document, read back through the parser. */
interface CachedDocument {
  readonly etag: string;
  readonly document: Record<string, unknown>;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null;

/** A record as this device can use it, or null (a shape it cannot read: the listing reads it). */
function fromRecord(record: unknown): StoredProcess | null {
  if (!isObject(record) || typeof record.etag !== "string") return null;
  if (record.shape === SHAPE && isObject(record.process)) {
    const cached = record as unknown as CachedProcess;
    return { process: cached.process, etag: cached.etag, ...(cached.files ? { files: cached.files } : {}) };
  }
  if (!isObject(record.document)) return null;
  // No notes on the files: the first listing reads it, and the copy is written in today's shape.
  const parsed = parseProcessDocument((record as unknown as CachedDocument).document);
  return parsed.ok ? { process: parsed.value.process, etag: record.etag } : null;
}

export function processCacheIn(db: SyncStateDb): ProcessCache {
  return {
    async load() {
      const stored: StoredProcess[] = [];
      // One record at a time: each is its own task for the browser, never all 5,000 candidates at once.
      const read = await eachValue(db, PROCESSES, (record) => {
        const one = fromRecord(record);
        if (one) stored.push(one);
      });
      return read.ok ? ok(stored) : read;
    },
    put: (stored) =>
      writeKey(db, PROCESSES, stored.process.id, {
        shape: SHAPE,
        etag: stored.etag,
        process: stored.process,
        ...(stored.files ? { files: stored.files } : {}),
      } satisfies CachedProcess),
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
