// Schema 2 of the process document (docs/decisions/0009-storage-v2.md): a compact index the
// pipeline reads in one go, and log shards — each holding the contact log and the card's details
// of at most SHARD_SIZE candidates — for what grows without bound. Written without whitespace and
// without the fields that hold their default, so a recruiter's action uploads what changed (one
// shard, or the index), not the process.
//
// Reading joins the files back into the version 1 shape and hands it to the one parser
// (processDocument.ts): every repair and refusal is the same for both versions, and a v1 document
// read today is a v2 document written tomorrow with nothing lost (the migration property test).

import type { Candidate, Process } from "../model";
import { appError, err, ok, type AppError, type Result } from "../result";
import { CANDIDATE_INDEX_KEYS, CANDIDATE_LOG_KEYS } from "./candidate";
import { isObj, type Obj } from "./reader";
import { parseProcessDocument, type ParsedProcess } from "../processDocument";
import { PROCESS_SCHEMA, serialiseCandidate, serialiseProcess } from "./writer";

const PROCESS_SCHEMA_V2 = "svara.process/2";
const LOG_SCHEMA_V2 = "svara.log/2";

/** Candidates per log shard: a note uploads at most this many logs, whatever the process's size. */
export const SHARD_SIZE = 100;

/** candidate id → the number of the log shard holding their log. */
export type ShardAssignment = ReadonlyMap<string, number>;

/** One shard's entries as read or to write: candidate id → their log entry (a JSON object). */
export type ShardEntries = ReadonlyMap<string, unknown>;

/** A field at its default is left out: `null`, and an absent optional. */
function compact(o: Obj): Obj {
  const out: Obj = {};
  for (const [k, v] of Object.entries(o)) if (v !== null && v !== undefined) out[k] = v;
  return out;
}

/**
 * Where each candidate's log lives: where it was (an assignment never changes, so two devices
 * writing from the same index agree), and a candidate new to the process in the lowest-numbered
 * shard with room, else a new one.
 */
export function assignShards(process: Process, before: ShardAssignment): Map<string, number> {
  const assigned = new Map<string, number>();
  const size = new Map<number, number>();
  for (const c of process.candidates) {
    const k = before.get(c.id);
    if (k === undefined) continue;
    assigned.set(c.id, k);
    size.set(k, (size.get(k) ?? 0) + 1);
  }
  let k = 0;
  for (const c of process.candidates) {
    if (assigned.has(c.id)) continue;
    while ((size.get(k) ?? 0) >= SHARD_SIZE) k += 1;
    assigned.set(c.id, k);
    size.set(k, (size.get(k) ?? 0) + 1);
  }
  return assigned;
}

/** Each candidate's log entry as a shard holds it, keyed by candidate id. */
export function logEntries(candidates: readonly Candidate[]): Map<string, Obj> {
  return new Map(
    candidates.map((c) => {
      const full = serialiseCandidate(c);
      const entry = compact(Object.fromEntries(CANDIDATE_LOG_KEYS.map((k) => [k, full[k]])));
      entry.contacts = (full.contacts as Obj[]).map(compact);
      return [c.id, entry];
    }),
  );
}

/** The index's text: the process fields and each candidate's index fields with their shard. */
export function indexText(process: Process, assignment: ShardAssignment): string {
  // The logs are not the index's: left out before serialising, they cost nothing at 20,000.
  const v1 = serialiseProcess({ ...process, candidates: process.candidates.map(withoutLog) });
  const candidates = (v1.candidates as Obj[]).map((full) => ({
    ...compact(Object.fromEntries(CANDIDATE_INDEX_KEYS.map((k) => [k, full[k]]))),
    shard: assignment.get(full.id as string) ?? 0,
  }));
  return JSON.stringify(compact({ ...v1, schema: PROCESS_SCHEMA_V2, candidates }));
}

const withoutLog = (c: Candidate): Candidate => (c.contacts.length === 0 ? c : { ...c, contacts: [] });

/** A shard's text. Entries are sorted by candidate id, so the bytes depend on what the shard
 * holds, not on the order it was put together in. */
export function shardText(entries: ShardEntries): string {
  const candidates: Obj = {};
  for (const id of [...entries.keys()].sort()) candidates[id] = entries.get(id);
  return JSON.stringify({ schema: LOG_SCHEMA_V2, candidates });
}

/** Entries grouped by the shard that holds them. */
export function groupByShard(
  entries: ReadonlyMap<string, unknown>,
  assignment: ShardAssignment,
): Map<number, Map<string, unknown>> {
  const byShard = new Map<number, Map<string, unknown>>();
  for (const [id, entry] of entries) {
    const k = assignment.get(id)!;
    const shard = byShard.get(k) ?? new Map<string, unknown>();
    shard.set(id, entry);
    byShard.set(k, shard);
  }
  return byShard;
}

export const isProcessIndexV2 = (json: unknown): boolean => isObj(json) && json.schema === PROCESS_SCHEMA_V2;

const unreadableShard = (field: string): AppError =>
  appError(
    "invalid-process-document",
    "En loggfil i processen går inte att läsa.",
    "A log file of the process cannot be read.",
    { field },
  );

/** A shard file's entries, or why it cannot be read. */
export function shardEntries(json: unknown, field: string): Result<ShardEntries> {
  if (!isObj(json) || json.schema !== LOG_SCHEMA_V2 || !isObj(json.candidates))
    return err(unreadableShard(field));
  return ok(new Map(Object.entries(json.candidates)));
}

/** A schema 2 process as read: the parsed process, where each log lives, and the shard entries
 * of candidates the index does not list (a half-done write's), which a later write drops. */
export interface ReadProcessV2 {
  readonly parsed: ParsedProcess;
  readonly assignment: ShardAssignment;
  readonly orphans: ReadonlyMap<number, ShardEntries>;
}

/**
 * The index and its shards joined into a version 1 document for the parser. A candidate the index
 * lists without an entry in their shard is refused (retryable: another device's write may be
 * half-way), never read as "no log" — written back, that would erase the log.
 */
export function readProcessV2(
  index: unknown,
  shards: ReadonlyMap<number, ShardEntries>,
): Result<ReadProcessV2> {
  if (!isProcessIndexV2(index) || !isObj(index)) {
    return err(
      appError(
        "invalid-process-document",
        "Processindexet går inte att läsa.",
        "The process index cannot be read.",
        {
          field: "schema",
        },
      ),
    );
  }
  const candidates: Obj[] = [];
  const assignment = new Map<string, number>();
  for (const [i, c] of (Array.isArray(index.candidates) ? index.candidates : []).entries()) {
    const id = isObj(c) && typeof c.id === "string" ? c.id : null;
    const k = isObj(c) && Number.isInteger(c.shard) ? (c.shard as number) : -1;
    const entry = id === null ? undefined : shards.get(k)?.get(id);
    if (!isObj(c) || id === null || !isObj(entry)) {
      return err(
        appError(
          "process-candidate-file-missing",
          `Loggen för ${id ?? `nr ${i + 1}`} saknas i sin fil; Svara läser om processen.`,
          `The log of ${id ?? `no. ${i + 1}`} is missing from its file; Svara reads the process again.`,
          { field: `candidates.${i}`, retryable: true },
        ),
      );
    }
    assignment.set(id, k);
    const { shard: _shard, ...fields } = c;
    const own = compact(Object.fromEntries(CANDIDATE_LOG_KEYS.map((key) => [key, entry[key]])));
    candidates.push({
      phone: null,
      linkedInUrl: null,
      rejection: null,
      consent: null,
      leftAt: null,
      retentionUntil: null,
      ...fields,
      ...own,
      contacts: (Array.isArray(entry.contacts) ? entry.contacts : []).map((x) =>
        isObj(x) ? { messageId: null, eventId: null, ...x } : x,
      ),
    });
  }
  const parsed = parseProcessDocument({ surveyUrl: null, ...index, schema: PROCESS_SCHEMA, candidates });
  if (!parsed.ok) return parsed;
  const orphans = new Map<number, ShardEntries>();
  for (const [k, entries] of shards) {
    const stray = [...entries].filter(([id]) => assignment.get(id) !== k);
    if (stray.length > 0) orphans.set(k, new Map(stray));
  }
  return ok({ parsed: parsed.value, assignment, orphans });
}

/** A short fingerprint of a file's text: whether bytes changed, without keeping the bytes. */
export function textDigest(text: string): string {
  // cyrb53: 53 bits, plenty to tell one version of a file from the next.
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return `${(4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36)}.${text.length.toString(36)}`;
}
