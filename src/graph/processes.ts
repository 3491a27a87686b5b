// Process documents (ProcessesPort): one JSON file per process in the app folder,
// `approot:/processes/{id}.json`, written with If-Match so two panes never overwrite each other.
//
// Reading goes through `@microsoft.graph.downloadUrl`, the short-lived pre-authenticated URL the
// children listing already carries: listAll is ONE Graph request however many processes there are,
// plus the downloads, which go to OneDrive's storage, need no token and count against no Graph
// limit. (GET …/content answers 302 to that same URL; inside $batch the 302 is not followed, and in
// a browser a cross-origin redirect of a request with Authorization trips CORS.)
import type { DriveItem } from "@microsoft/microsoft-graph-types";
import { parseProcessDocument, processToJson, type Process } from "../domain";
import { appError, err, ok, type AppError, type Result } from "../domain/result";
import type { FetchLike } from "./middleware/fetchTransport";
import { isNotFound, offlineError } from "./graphError";
import type { GraphHttp } from "./graphHttp";
import type { ProcessWriteError, ProcessesPort, StoredProcess } from "./ports";
import { SHAPES } from "./adapters-support/listingShapes";
import { allPages } from "./adapters-support/paging";
import { seg, withQuery } from "./adapters-support/query";

const FOLDER = "/me/drive/special/approot:/processes";
const itemPath = (processId: string): string => `${FOLDER}/${seg(processId)}.json`;
const contentPath = (processId: string): string => `${itemPath(processId)}:/content`;

type Item = DriveItem & { "@microsoft.graph.downloadUrl"?: string };

export interface ProcessesOptions {
  /** For the downloads (not Graph: no token is sent). */
  readonly download?: FetchLike;
  /** Downloads in flight at once. */
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

export function createProcesses(http: GraphHttp, options: ProcessesOptions = {}): ProcessesPort {
  const download: FetchLike = options.download ?? ((url, init) => fetch(url, init));
  const concurrency = Math.max(1, options.concurrency ?? 6);

  /** The document behind one listed item: a StoredProcess, or why it is unreadable. */
  async function load(item: Item): Promise<Result<Result<StoredProcess>>> {
    const name = item.name ?? item.id ?? "?";
    const url = item["@microsoft.graph.downloadUrl"];
    if (!url || !item.eTag) return ok(err(unreadable(name, { missing: url ? "eTag" : "downloadUrl" })));
    let text: string;
    try {
      const res = await download(url, { method: "GET" });
      text = await res.text();
      // A failed download is the network's fault, not the document's: the whole read is retried.
      if (!res.ok) return err(offlineError(new Error(`download answered ${res.status}`)));
    } catch (e) {
      return err(offlineError(e));
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (e) {
      // V8's message quotes the document; only the error's kind is kept (it may reach the outbox).
      return ok(err(unreadable(name, { json: e instanceof Error ? e.name : "ParseError" })));
    }
    const parsed = parseProcessDocument(json);
    if (!parsed.ok) return ok(err({ ...parsed.error, field: name }));
    return ok(ok({ process: parsed.value.process, etag: item.eTag }));
  }

  async function loadAll(items: readonly Item[]): Promise<Result<Result<StoredProcess>[]>> {
    const out = new Array<Result<StoredProcess>>(items.length);
    let next = 0;
    let failure: AppError | null = null;
    const worker = async (): Promise<void> => {
      while (next < items.length && failure === null) {
        const i = next++;
        const loaded = await load(items[i]!);
        if (!loaded.ok) failure = loaded.error;
        else out[i] = loaded.value;
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
    return failure ? err(failure) : ok(out);
  }

  async function listAll(): Promise<
    Result<{ readonly processes: readonly StoredProcess[]; readonly unreadable: readonly AppError[] }>
  > {
    const listed = await allPages<Item>(http, `${FOLDER}:/children`, {
      what: "process documents",
      shape: SHAPES.driveChildren,
    });
    if (!listed.ok) {
      // No processes folder yet: nobody has saved a process.
      return isNotFound(listed.error) ? ok({ processes: [], unreadable: [] }) : listed;
    }
    const documents = listed.value.items.filter((i) => i.file && /\.json$/i.test(i.name ?? ""));
    const loaded = await loadAll(documents);
    if (!loaded.ok) return loaded;
    const processes: StoredProcess[] = [];
    const bad: AppError[] = [];
    for (const r of loaded.value) {
      if (r.ok) processes.push(r.value);
      else bad.push(r.error);
    }
    return ok({ processes, unreadable: bad });
  }

  async function read(processId: string): Promise<Result<StoredProcess | null>> {
    const got = await http.get<Item>(itemPath(processId));
    if (!got.ok) return isNotFound(got.error) ? ok(null) : got;
    const loaded = await load(got.value.body);
    if (!loaded.ok) return loaded;
    return loaded.value;
  }

  async function write(
    process: Process,
    etag: string | null,
  ): Promise<Result<StoredProcess, ProcessWriteError>> {
    // A create must not replace a document someone else created meanwhile: OneDrive's
    // conflictBehavior=fail answers 409, and If-None-Match: * says the same in HTTP terms.
    const path =
      etag === null
        ? withQuery(contentPath(process.id), { "@microsoft.graph.conflictBehavior": "fail" })
        : contentPath(process.id);
    const put = await http.put<Item>(path, processToJson(process), {
      headers: {
        "Content-Type": "application/json",
        ...(etag === null ? { "If-None-Match": "*" } : { "If-Match": etag }),
      },
    });
    if (!put.ok) {
      const e = put.error;
      if (e.status !== 412 && e.status !== 409) return err(e);
      return (await ourOwnWrite(process)) ?? err({ ...e, code: "conflict" });
    }
    const newTag = put.value.body?.eTag ?? put.value.headers["etag"];
    if (!newTag) {
      return err(
        appError(
          "graph-missing-etag",
          "OneDrive sparade processen men svarade utan version. Svara läser om den.",
          "OneDrive saved the process but answered without a version. Svara reads it again.",
          { retryable: true },
        ),
      );
    }
    return ok({ process, etag: newTag });
  }

  /** A PUT whose answer was lost is re-sent by the retry middleware and then meets its own
   * version as a "conflict". If what is stored is exactly what we wrote, it was ours. */
  async function ourOwnWrite(process: Process): Promise<Result<StoredProcess> | null> {
    const current = await read(process.id);
    if (!current.ok || current.value === null) return null;
    return processToJson(current.value.process) === processToJson(process) ? ok(current.value) : null;
  }

  return { listAll, read, write };
}
