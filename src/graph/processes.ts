// Process documents (ProcessesPort) in the app folder, `approot:/processes`: schema 2's index
// `{id}.json` and its log shards `{id}.log-{k}.json` (decision 0009), or a version 1 document
// `{id}.json` until its first write splits it. Each file is written with its own If-Match, so two
// panes never overwrite each other, and only the files whose bytes change are written.
//
// Reading goes through `@microsoft.graph.downloadUrl`, the short-lived pre-authenticated URL the
// children listing already carries: listAll is ONE Graph request however many processes and
// shards there are, plus the downloads, which go to OneDrive's storage, need no token and count
// against no Graph limit. (GET …/content answers 302 to that same URL; inside $batch the 302 is not
// followed, and in a browser a cross-origin redirect of a request with Authorization trips CORS.)
import type { DriveItem } from "@microsoft/microsoft-graph-types";
import {
  isProcessIndexV2,
  noFiles,
  parseProcessDocument,
  planWrite,
  readProcessV2,
  shardEntries,
  textDigest,
  type Process,
  type ShardEntries,
  type WritePlan,
} from "../domain";
import { appError, err, ok, type AppError, type Result } from "../domain/result";
import type { FetchLike } from "./middleware/fetchTransport";
import { isNotFound, offlineError } from "./graphError";
import type { GraphHttp } from "./graphHttp";
import type { ProcessWriteError, ProcessesPort, StoredProcess } from "./ports";
import { SHAPES } from "./adapters-support/listingShapes";
import { allPages } from "./adapters-support/paging";
import { seg, withQuery } from "./adapters-support/query";
import {
  fileOf,
  heldFilesOf,
  indexName,
  readFilesOf,
  revive,
  shardName,
  versionToken,
  type FileState,
  type ProcessFiles,
  type ShardState,
} from "./adapters-support/processFiles";
import { inPool } from "./adapters-support/pool";

const FOLDER = "/me/drive/special/approot:/processes";
const itemPath = (name: string): string => `${FOLDER}/${seg(name)}`;
const contentPath = (name: string): string => `${itemPath(name)}:/content`;

type Item = DriveItem & { "@microsoft.graph.downloadUrl"?: string };

/** One process's listed files. */
interface Listed {
  readonly processId: string;
  readonly index: Item | null;
  readonly shards: ReadonlyMap<number, Item>;
}

export interface ProcessesOptions {
  /** For the downloads (not Graph: no token is sent). */
  readonly download?: FetchLike;
  /** Downloads (and shard uploads) in flight at once. */
  readonly concurrency?: number;
}

function unreadable(name: string, cause: unknown): AppError {
  return appError(
    "process-document-unreadable",
    `Processfilen ${name} går inte att läsa och har lämnats orörd.`,
    `The process file ${name} cannot be read and has been left untouched.`,
    { field: name, cause, retryable: false },
  );
}

const missingEtag = (): AppError =>
  appError(
    "graph-missing-etag",
    "OneDrive sparade processen men svarade utan version. Svara läser om den.",
    "OneDrive saved the process but answered without a version. Svara reads it again.",
    { retryable: true },
  );

/** A file's text and JSON, or why the file cannot be read (the document's fault, not the network's). */
function parsed(name: string, text: string): Result<unknown> {
  try {
    return ok(JSON.parse(text) as unknown);
  } catch (e) {
    // V8's message quotes the document; only the error's kind is kept (it may reach the outbox).
    return err(unreadable(name, { json: e instanceof Error ? e.name : "ParseError" }));
  }
}

export function createProcesses(http: GraphHttp, options: ProcessesOptions = {}): ProcessesPort {
  const download: FetchLike = options.download ?? ((url, init) => fetch(url, init));
  const concurrency = Math.max(1, options.concurrency ?? 6);
  /** What this device last read or wrote of each process: the per-file ETags and digests a write
   * compares against. A write from a version not here (a device cache after a restart) reads first. */
  const known = new Map<string, ProcessFiles>();

  /** A failed download is the network's fault, not the document's: the whole read is retried. */
  async function fetchText(url: string): Promise<Result<string>> {
    try {
      const res = await download(url, { method: "GET" });
      const text = await res.text();
      return res.ok ? ok(text) : err(offlineError(new Error(`download answered ${res.status}`)));
    } catch (e) {
      return err(offlineError(e));
    }
  }

  /** Every file in the folder, by process; null when there is no folder (nothing saved yet). */
  async function listFiles(): Promise<Result<Map<string, Listed> | null>> {
    const listed = await allPages<Item>(http, `${FOLDER}:/children`, {
      what: "process documents",
      shape: SHAPES.driveChildren,
    });
    if (!listed.ok) return isNotFound(listed.error) ? ok(null) : listed;
    const byProcess = new Map<string, { index: Item | null; shards: Map<number, Item> }>();
    for (const item of listed.value.items) {
      const file = item.file ? fileOf(item.name ?? "") : null;
      if (!file) continue;
      const entry = byProcess.get(file.processId) ?? { index: null, shards: new Map<number, Item>() };
      if (file.shard === null) entry.index = item;
      else entry.shards.set(file.shard, item);
      byProcess.set(file.processId, entry);
    }
    return ok(new Map([...byProcess].map(([processId, e]) => [processId, { processId, ...e }])));
  }

  /** The processes behind listed files: each a ProcessFiles, or why it is unreadable. */
  async function load(listed: readonly Listed[]): Promise<Result<Result<ProcessFiles>[]>> {
    const items = listed.flatMap((l) => (l.index ? [l.index, ...l.shards.values()] : []));
    const texts = new Map<Item, Result<string>>();
    const fetched = await inPool(items, concurrency, async (item) => {
      const url = item["@microsoft.graph.downloadUrl"];
      if (!url || !item.eTag) {
        texts.set(item, err(unreadable(item.name ?? "?", { missing: url ? "eTag" : "downloadUrl" })));
        return ok(undefined);
      }
      const text = await fetchText(url);
      if (!text.ok) return text;
      texts.set(item, text);
      return ok(undefined);
    });
    if (!fetched.ok) return fetched;
    return ok(listed.flatMap((l) => (l.index ? [assemble(l, l.index, texts)] : [])));
  }

  function assemble(
    listed: Listed,
    indexItem: Item,
    texts: ReadonlyMap<Item, Result<string>>,
  ): Result<ProcessFiles> {
    const name = indexItem.name ?? indexName(listed.processId);
    const text = texts.get(indexItem)!;
    if (!text.ok) return text;
    const json = parsed(name, text.value);
    if (!json.ok) return json;
    if (!isProcessIndexV2(json.value)) {
      const v1 = parseProcessDocument(json.value);
      if (!v1.ok) return err({ ...v1.error, field: name });
      const shards = new Map(
        [...listed.shards].map(([k, item]): [number, ShardState] => [
          k,
          { etag: item.eTag ?? "", digest: null, orphans: new Map() },
        ]),
      );
      return ok({
        process: v1.value.process,
        v1: indexItem.eTag!,
        index: null,
        shards,
        assignment: new Map(),
      });
    }
    const entries = new Map<number, ShardEntries>();
    const digests = new Map<number, FileState>();
    for (const [k, item] of listed.shards) {
      const shardText = texts.get(item)!;
      if (!shardText.ok) return shardText;
      const shardJson = parsed(item.name ?? shardName(listed.processId, k), shardText.value);
      if (!shardJson.ok) return shardJson;
      const read = shardEntries(shardJson.value, item.name ?? "");
      if (!read.ok) return read;
      entries.set(k, read.value);
      digests.set(k, { etag: item.eTag!, digest: textDigest(shardText.value) });
    }
    const v2 = readProcessV2(json.value, entries);
    if (!v2.ok) return err({ ...v2.error, field: `${name}: ${v2.error.field ?? ""}` });
    const shards = new Map(
      [...digests].map(([k, s]): [number, ShardState] => [
        k,
        { ...s, orphans: v2.value.orphans.get(k) ?? new Map() },
      ]),
    );
    return ok({
      process: v2.value.parsed.process,
      v1: null,
      index: { etag: indexItem.eTag!, digest: textDigest(text.value) },
      shards,
      assignment: v2.value.assignment,
    });
  }

  function remember(files: ProcessFiles): StoredProcess {
    known.set(files.process.id, files);
    const held = heldFilesOf(files);
    return { process: files.process, etag: versionToken(files), ...(held ? { files: held } : {}) };
  }

  /** The listed process as held, when the listing shows the held version. */
  function unchanged(l: Listed, held: StoredProcess | undefined): StoredProcess | null {
    if (!held || !l.index?.eTag) return null;
    const shardEtags = new Map([...l.shards].map(([k, item]) => [k, item.eTag ?? ""]));
    const files = revive(held, l.index.eTag, shardEtags);
    if (!files) return null;
    known.set(files.process.id, files);
    return held;
  }

  async function listAll(
    heldCopies: readonly StoredProcess[] = [],
  ): Promise<
    Result<{ readonly processes: readonly StoredProcess[]; readonly unreadable: readonly AppError[] }>
  > {
    const listed = await listFiles();
    if (!listed.ok) return listed;
    if (listed.value === null) return ok({ processes: [], unreadable: [] });
    const held = new Map(heldCopies.map((h) => [h.process.id, h]));
    const kept: StoredProcess[] = [];
    const toRead: Listed[] = [];
    for (const l of listed.value.values()) {
      const same = unchanged(l, held.get(l.processId));
      if (same) kept.push(same);
      else toRead.push(l);
    }
    const loaded = await load(toRead);
    if (!loaded.ok) return loaded;
    const processes: StoredProcess[] = [...kept];
    const bad: AppError[] = [];
    for (const r of loaded.value) {
      if (r.ok) processes.push(remember(r.value));
      else bad.push(r.error);
    }
    // In the listing's order, as when every process was read.
    const order = [...listed.value.keys()];
    processes.sort((a, b) => order.indexOf(a.process.id) - order.indexOf(b.process.id));
    return ok({ processes, unreadable: bad });
  }

  async function readFiles(processId: string): Promise<Result<ProcessFiles | null>> {
    const listed = await listFiles();
    if (!listed.ok) return listed;
    const mine = listed.value?.get(processId);
    if (!mine?.index) return ok(null);
    const loaded = await load([mine]);
    if (!loaded.ok) return loaded;
    return loaded.value[0]!;
  }

  async function read(processId: string): Promise<Result<StoredProcess | null>> {
    const files = await readFiles(processId);
    if (!files.ok) return files;
    return ok(files.value && remember(files.value));
  }

  /** The files a write's token names: known here, or read again (a token from the device cache).
   * A token that is no longer the stored version is the conflict it would meet as a 412. */
  async function filesOf(processId: string, token: string): Promise<Result<ProcessFiles | null>> {
    const mine = known.get(processId);
    if (mine && versionToken(mine) === token) return ok(mine);
    const files = await readFiles(processId);
    if (!files.ok) return files;
    if (files.value) remember(files.value);
    return files.value && versionToken(files.value) === token ? files : ok(null);
  }

  async function write(
    process: Process,
    token: string | null,
  ): Promise<Result<StoredProcess, ProcessWriteError>> {
    let files: ProcessFiles | null = null;
    if (token !== null) {
      const base = await filesOf(process.id, token);
      if (!base.ok) return base;
      if (base.value === null) return err(conflict());
      files = base.value;
      // The first write of a version 1 document splits it as it is (every device splits it to the
      // same bytes), then writes the change like any other: two devices migrating at once converge.
      if (files.v1 !== null) {
        const split = await carryOut(files, files.process);
        if (!split.ok) return split;
        files = split.value;
      }
    }
    const written = await carryOut(files, process);
    return written.ok ? ok(remember(written.value)) : written;
  }

  /** The files of `next` written over `files` (null: a new process). */
  async function carryOut(files: ProcessFiles | null, next: Process): Promise<Result<ProcessFiles>> {
    const plan: WritePlan = planWrite(files ? readFilesOf(files) : noFiles(), next);
    const shards = new Map(files?.shards ?? []);
    const before = await inPool(plan.before, concurrency, async (w) => {
      const put = await putFile(shardName(next.id, w.shard), w.text, shards.get(w.shard)?.etag ?? null);
      if (put.ok) shards.set(w.shard, { etag: put.value, digest: textDigest(w.text), orphans: w.orphans });
      return put;
    });
    if (!before.ok) return before;
    let index = files?.index ?? null;
    if (plan.index !== null) {
      const put = await putFile(indexName(next.id), plan.index, files?.index?.etag ?? files?.v1 ?? null);
      if (!put.ok) return put;
      index = { etag: put.value, digest: plan.indexDigest };
    }
    // The index has let go of these entries; a shard someone changed meanwhile keeps them for the
    // next write that lists it (their entry is ignored until then) — the change itself is in.
    await inPool(plan.after, concurrency, async (w) => {
      const put = await putFile(shardName(next.id, w.shard), w.text, shards.get(w.shard)?.etag ?? null);
      if (put.ok) shards.set(w.shard, { etag: put.value, digest: textDigest(w.text), orphans: w.orphans });
      return ok(undefined);
    });
    return ok({ process: plan.written, v1: null, index, shards, assignment: plan.assignment });
  }

  /** One file PUT with If-Match (null etag: create, failing if it exists). A 412/409 is a conflict,
   * unless the file holds exactly our bytes: a lost answer re-sent by the retry middleware, or
   * another device's identical split, meets its own write. */
  async function putFile(name: string, text: string, etag: string | null): Promise<Result<string>> {
    // A create must not replace a file someone else created meanwhile: OneDrive's
    // conflictBehavior=fail answers 409, and If-None-Match: * says the same in HTTP terms.
    const path =
      etag === null
        ? withQuery(contentPath(name), { "@microsoft.graph.conflictBehavior": "fail" })
        : contentPath(name);
    const put = await http.put<Item>(path, text, {
      headers: {
        "Content-Type": "application/json",
        ...(etag === null ? { "If-None-Match": "*" } : { "If-Match": etag }),
      },
    });
    if (!put.ok) {
      const e = put.error;
      if (e.status !== 412 && e.status !== 409) return err(e);
      const now = await fileNow(name);
      return now !== null && now.text === text ? ok(now.etag) : err({ ...e, code: "conflict" });
    }
    const newTag = put.value.body?.eTag ?? put.value.headers["etag"];
    return newTag ? ok(newTag) : err(missingEtag());
  }

  async function fileNow(name: string): Promise<{ readonly etag: string; readonly text: string } | null> {
    const got = await http.get<Item>(itemPath(name));
    const url = got.ok ? got.value.body["@microsoft.graph.downloadUrl"] : undefined;
    if (!got.ok || !url || !got.value.body.eTag) return null;
    const text = await fetchText(url);
    return text.ok ? { etag: got.value.body.eTag, text: text.value } : null;
  }

  return { listAll, read, write };
}

function conflict(): AppError {
  return appError(
    "conflict",
    "Processen har ändrats på en annan enhet. Svara läser om den.",
    "The process has changed on another device. Svara reads it again.",
    { retryable: true },
  );
}
