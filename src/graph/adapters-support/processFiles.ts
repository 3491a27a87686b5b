// The files of one process in `approot:/processes` (decision 0009): `{id}.json` (the index, or a
// version 1 document) and its log shards `{id}.log-{k}.json`, side by side, so the one children
// listing finds them all. What a device knows of them after a read or write — each file's ETag and
// the digest of its bytes — is what lets a write PUT only the files whose bytes change.

import {
  noFiles,
  textDigest,
  type Process,
  type ReadFiles,
  type ShardAssignment,
  type ShardEntries,
} from "../../domain";

export const indexName = (processId: string): string => `${processId}.json`;
export const shardName = (processId: string, shard: number): string => `${processId}.log-${shard}.json`;

/** A listed file's name as a process's index or shard (ids are a–z, 0–9 and hyphens: no dots). */
export function fileOf(name: string): { readonly processId: string; readonly shard: number | null } | null {
  const shard = /^([^.]+)\.log-(\d+)\.json$/i.exec(name);
  if (shard) return { processId: shard[1]!, shard: Number(shard[2]) };
  const index = /^([^.]+)\.json$/i.exec(name);
  return index ? { processId: index[1]!, shard: null } : null;
}

export interface FileState {
  readonly etag: string;
  /** textDigest of the bytes read or written; null when not read (always rewritten). */
  readonly digest: string | null;
}

export interface ShardState extends FileState {
  readonly orphans: ShardEntries;
}

/** What this device knows of one process's files, as of one version. */
export interface ProcessFiles {
  readonly process: Process;
  /** Set while the process is still one version 1 document (its ETag). */
  readonly v1: string | null;
  readonly index: FileState | null;
  readonly shards: ReadonlyMap<number, ShardState>;
  readonly assignment: ShardAssignment;
}

/**
 * The version token StoredProcess carries: opaque to sync, it changes whenever any file of the
 * process changes. A version 1 document's token is its ETag, as before, so a device cache written
 * by an older version still matches.
 */
export function versionToken(files: ProcessFiles): string {
  if (files.v1 !== null || files.index === null) return files.v1 ?? "";
  const shards = [...files.shards].sort(([a], [b]) => a - b).map(([k, s]) => `${k}=${s.etag}`);
  return `svara2:${textDigest([files.index.etag, ...shards].join("\n"))}`;
}

/** The files as the write planner reads them. A version 1 process's stale shards (a split cut off
 * half-way, never listed by an index) are overwritten whole. */
export function readFilesOf(files: ProcessFiles): ReadFiles {
  if (files.v1 !== null) {
    return noFiles(new Map([...files.shards.keys()].map((k) => [k, { digest: null, orphans: new Map() }])));
  }
  return {
    indexDigest: files.index?.digest ?? null,
    updatedAt: files.process.updatedAt,
    shards: files.shards,
    assignment: files.assignment,
    candidates: files.process.candidates,
  };
}
