// Which files of a schema 2 process a write changes, and in which order (decision 0009): shards
// that gain or change entries before the index that lists them, the index, then shards that lose
// entries once the index has let go of them. Every state between two PUTs reads as a whole
// process; a file whose bytes would not change is not written at all.

import type { Candidate, Process } from "../model";
import {
  assignShards,
  groupByShard,
  indexText,
  logEntries,
  shardText,
  textDigest,
  type ShardAssignment,
  type ShardEntries,
} from "./v2";

/** What a device knows of the files it read: enough to tell which bytes a write changes. */
export interface ReadFiles {
  /** The index's digest; null when there is no schema 2 index (a version 1 document, or none). */
  readonly indexDigest: string | null;
  /** The process's updatedAt as the index holds it. */
  readonly updatedAt: string | null;
  /** Each shard file there: the digest of its bytes and the entries it holds for no candidate
   * the index lists there (null digest: bytes not read, always written). */
  readonly shards: ReadonlyMap<number, { readonly digest: string | null; readonly orphans: ShardEntries }>;
  readonly assignment: ShardAssignment;
  /** The candidates as read: a removed one's log stays in their shard until the index lets go. */
  readonly candidates: readonly Candidate[];
}

interface ShardWrite {
  readonly shard: number;
  readonly text: string;
  /** Entries this text holds for candidates the new index does not list there. */
  readonly orphans: ShardEntries;
}

export interface WritePlan {
  /** Shards that gain or change entries, written before the index lists them. */
  readonly before: readonly ShardWrite[];
  /** The index's new text; null when its bytes stay. */
  readonly index: string | null;
  readonly indexDigest: string;
  /** Shards that lose entries (a removed or moved candidate, a half-done write's orphans), written
   * after the index: only when the index is written, since only then has it let go of them. */
  readonly after: readonly ShardWrite[];
  readonly assignment: ShardAssignment;
  /** The process as the files hold it once written: `next`, but with the index's own updatedAt
   * when the index is not written. */
  readonly written: Process;
}

const NONE: ShardEntries = new Map();

/** Nothing read: a new process, or a version 1 document being split. */
export const noFiles = (shards: ReadFiles["shards"] = new Map()): ReadFiles => ({
  indexDigest: null,
  updatedAt: null,
  shards,
  assignment: new Map(),
  candidates: [],
});

export function planWrite(read: ReadFiles, next: Process): WritePlan {
  const assignment = assignShards(next, read.assignment);
  // The index's updatedAt is when the index last changed: a change to a log alone (a note, a mail)
  // leaves the index, and so its bytes, as they were.
  const kept = read.updatedAt === null ? next : { ...next, updatedAt: read.updatedAt };
  const unchanged = indexText(kept, assignment);
  const indexChanged = textDigest(unchanged) !== read.indexDigest;
  const index = indexChanged ? indexText(next, assignment) : unchanged;
  const indexDigest = textDigest(index);
  const leavingByShard = leavingEntries(read, assignment);
  const dirty = dirtyShards(read, next, assignment, leavingByShard);
  const byShard = groupByShard(
    logEntries(next.candidates.filter((c) => dirty.has(assignment.get(c.id)!))),
    assignment,
  );
  const before: ShardWrite[] = [];
  const after: ShardWrite[] = [];
  for (const k of [...dirty].sort((a, b) => a - b)) {
    const members = byShard.get(k) ?? NONE;
    const leaving = leavingByShard.get(k) ?? NONE;
    const full = leaving.size === 0 ? members : new Map([...leaving, ...members]);
    const text = shardText(full);
    const stored = read.shards.get(k);
    if (!stored || stored.digest !== textDigest(text)) before.push({ shard: k, text, orphans: leaving });
    if (indexChanged && leaving.size > 0) after.push({ shard: k, text: shardText(members), orphans: NONE });
  }
  return {
    before,
    index: indexChanged ? index : null,
    indexDigest,
    after: indexChanged ? after : [],
    assignment,
    written: indexChanged ? next : kept,
  };
}

/**
 * The shards whose bytes may change: new or unread ones, ones losing entries, and ones holding a
 * candidate who is new there or whose object is not the one read (domain changes make new
 * objects), so a note serialises one shard, not the process.
 */
function dirtyShards(
  read: ReadFiles,
  next: Process,
  assignment: ShardAssignment,
  leaving: ReadonlyMap<number, unknown>,
): Set<number> {
  const dirty = new Set<number>(leaving.keys());
  for (const [k, s] of read.shards) if (s.digest === null) dirty.add(k);
  const before = new Map(read.candidates.map((c) => [c.id, c]));
  for (const c of next.candidates) {
    const k = assignment.get(c.id)!;
    if (dirty.has(k)) continue;
    if (!read.shards.has(k) || read.assignment.get(c.id) !== k || before.get(c.id) !== c) dirty.add(k);
  }
  return dirty;
}

/** Per shard, the entries still in its file that the new index will not list there: the logs of
 * candidates removed by this write, and the orphans already there. */
function leavingEntries(read: ReadFiles, assignment: ShardAssignment): Map<number, Map<string, unknown>> {
  const out = new Map<number, Map<string, unknown>>();
  const add = (k: number, id: string, entry: unknown): void => {
    if (assignment.get(id) === k) return;
    const m = out.get(k) ?? new Map<string, unknown>();
    if (!m.has(id)) m.set(id, entry);
    out.set(k, m);
  };
  const removed = read.candidates.filter((c) => !assignment.has(c.id) && read.assignment.has(c.id));
  for (const [id, entry] of logEntries(removed)) add(read.assignment.get(id)!, id, entry);
  for (const [k, s] of read.shards) for (const [id, entry] of s.orphans) add(k, id, entry);
  return out;
}
