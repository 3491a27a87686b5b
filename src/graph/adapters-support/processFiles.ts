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
import type { HeldFiles, StoredProcess } from "../ports";

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
  return v2Token(files.index.etag, new Map([...files.shards].map(([k, s]) => [k, s.etag])));
}

function v2Token(indexEtag: string, shardEtags: ReadonlyMap<number, string>): string {
  const shards = [...shardEtags].sort(([a], [b]) => a - b).map(([k, etag]) => `${k}=${etag}`);
  return `svara2:${textDigest([indexEtag, ...shards].join("\n"))}`;
}

/** What a device keeps of a version's files beside its copy of the process (StoredProcess.files):
 * with it, and the listing's ETags, the files need not be downloaded again. None when a shard held
 * entries the index does not list (the next write drops them: until then, read the files). */
export function heldFilesOf(files: ProcessFiles): HeldFiles | undefined {
  if (files.v1 !== null) return { digests: {}, shards: {} };
  if (files.index?.digest == null || [...files.shards.values()].some((s) => s.orphans.size > 0))
    return undefined;
  const digests: Record<string, string> = { index: files.index.digest };
  for (const [k, s] of files.shards) {
    if (s.digest === null) return undefined;
    digests[String(k)] = s.digest;
  }
  return { digests, shards: Object.fromEntries(files.assignment) };
}

/**
 * The files of a listed process rebuilt from a held copy when the listing shows the very version
 * the copy is of (its token from the listed ETags), else null: the files are read. A version 1
 * document is recognised by its ETag alone.
 */
export function revive(
  held: StoredProcess,
  indexEtag: string,
  shardEtags: ReadonlyMap<number, string>,
): ProcessFiles | null {
  const files = held.files;
  if (!files) return null;
  if (!held.etag.startsWith("svara2:")) {
    if (held.etag !== indexEtag) return null;
    const shards = new Map(
      [...shardEtags].map(([k, etag]): [number, ShardState] => [
        k,
        { etag, digest: null, orphans: new Map() },
      ]),
    );
    return { process: held.process, v1: indexEtag, index: null, shards, assignment: new Map() };
  }
  if (held.etag !== v2Token(indexEtag, shardEtags) || !files.digests.index) return null;
  const shards = new Map<number, ShardState>();
  for (const [k, etag] of shardEtags) {
    const digest = files.digests[String(k)];
    if (!digest) return null;
    shards.set(k, { etag, digest, orphans: new Map() });
  }
  const assignment = new Map(Object.entries(files.shards));
  if (held.process.candidates.some((c) => !shards.has(assignment.get(c.id) ?? -1))) return null;
  return {
    process: held.process,
    v1: null,
    index: { etag: indexEtag, digest: files.digests.index },
    shards,
    assignment,
  };
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
