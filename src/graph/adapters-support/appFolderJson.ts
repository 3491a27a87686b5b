// Small JSON documents in the app folder: her templates and the firm's settings (`approot:/{name}`),
// the survey answers (`approot:/feedback/{processId}.json`, one per process). Read through the
// folder's children listing (one Graph request) whose `@microsoft.graph.downloadUrl` is fetched
// without a token (a GET …/content answers 302 to it, and a cross-origin redirect of a request with
// Authorization trips CORS in a browser) — the listing, not a GET of the item: before the first save
// there is no document (nor, for a subfolder, the folder), and a 404 there is an error in every
// browser console on every start. Written with If-Match like the process documents.
import type { DriveItem } from "@microsoft/microsoft-graph-types";
import { err, ok, type AppError, type Result } from "../../domain/result";
import type { FetchLike } from "../middleware/fetchTransport";
import { isNotFound, offlineError, type GraphAppError } from "../graphError";
import type { GraphHttp } from "../graphHttp";
import { SHAPES } from "./listingShapes";
import { allPages } from "./paging";
import { withQuery } from "./query";

const APP_FOLDER = "/me/drive/special/approot";

export type AppFolderItem = DriveItem & { "@microsoft.graph.downloadUrl"?: string };

/** A document as read: `json` is null when its text is not JSON (its old text stays in OneDrive's
 * version history, and the next write replaces it). */
export interface StoredJson {
  readonly json: unknown;
  readonly etag: string;
}

export interface AppFolderJson {
  /** Null when the document does not exist yet. */
  read(): Promise<Result<StoredJson | null>>;
  /** With If-Match (null etag: create, failing if it exists). A 412/409 comes back as that error,
   * for the caller to tell its own re-sent write from someone else's. */
  write(body: string, etag: string | null): Promise<Result<string, GraphAppError | AppError>>;
}

export interface AppFolderJsonFolder {
  /** The folder's files (none when the folder is not there yet). */
  files(): Promise<Result<readonly AppFolderItem[]>>;
  /** One listed file's content. */
  load(item: AppFolderItem): Promise<Result<StoredJson>>;
  /** The document of this name in the folder. */
  document(name: string): AppFolderJson;
}

export interface AppFolderOptions {
  /** The error for an answer without a document's version or download link. */
  readonly missing: (what: string) => AppError;
  /** What a listing is called in its errors. */
  readonly what?: string;
  readonly download?: FetchLike;
}

/** A folder of the app folder: "" for the app folder itself, else its path ("feedback"). */
export function appFolderJsonFolder(
  http: GraphHttp,
  folder: string,
  { missing, what = "app folder", download = (url, init) => fetch(url, init) }: AppFolderOptions,
): AppFolderJsonFolder {
  const children = folder === "" ? `${APP_FOLDER}/children` : `${APP_FOLDER}:/${folder}:/children`;
  const content = (name: string) => `${APP_FOLDER}:/${folder === "" ? "" : `${folder}/`}${name}:/content`;

  async function files(): Promise<Result<readonly AppFolderItem[]>> {
    const listed = await allPages<AppFolderItem>(http, children, { what, shape: SHAPES.driveChildren });
    if (!listed.ok) return isNotFound(listed.error) ? ok([]) : listed;
    return ok(listed.value.items.filter((i) => i.file));
  }

  async function load(item: AppFolderItem): Promise<Result<StoredJson>> {
    const url = item["@microsoft.graph.downloadUrl"];
    if (!url || !item.eTag) return err(missing(url ? "eTag" : "downloadUrl"));
    let text: string;
    try {
      const res = await download(url, { method: "GET" });
      text = await res.text();
      if (!res.ok) return err(offlineError(new Error(`download answered ${res.status}`)));
    } catch (e) {
      return err(offlineError(e));
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      json = null;
    }
    return ok({ json, etag: item.eTag });
  }

  const document = (name: string): AppFolderJson => ({
    async read() {
      const listed = await files();
      if (!listed.ok) return listed;
      const item = listed.value.find((i) => i.name === name);
      return item ? load(item) : ok(null);
    },
    async write(body, etag) {
      // The first write must not replace a document another device created meanwhile.
      const path =
        etag === null
          ? withQuery(content(name), { "@microsoft.graph.conflictBehavior": "fail" })
          : content(name);
      const put = await http.put<AppFolderItem>(path, body, {
        headers: {
          "Content-Type": "application/json",
          ...(etag === null ? { "If-None-Match": "*" } : { "If-Match": etag }),
        },
      });
      if (!put.ok) return put;
      const newTag = put.value.body?.eTag ?? put.value.headers["etag"];
      return newTag ? ok(newTag) : err(missing("eTag"));
    },
  });

  return { files, load, document };
}

/** One document in the app folder itself (`approot:/{name}`). */
export function appFolderJson(
  http: GraphHttp,
  name: string,
  missing: (what: string) => AppError,
  download?: FetchLike,
): AppFolderJson {
  return appFolderJsonFolder(http, "", { missing, download }).document(name);
}
