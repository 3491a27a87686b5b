// One small JSON document in the app folder (`approot:/{name}`): her templates, the firm's
// settings. Read through the folder's children listing (one Graph request) whose
// `@microsoft.graph.downloadUrl` is fetched without a token (a GET …/content answers 302 to it, and a
// cross-origin redirect of a request with Authorization trips CORS in a browser) — the listing, not
// a GET of the item: before the first save there is no document, and a 404 there is an error in
// every browser console on every start. Written with If-Match like the process documents.
import type { DriveItem } from "@microsoft/microsoft-graph-types";
import { err, ok, type AppError, type Result } from "../../domain/result";
import type { FetchLike } from "../middleware/fetchTransport";
import { isNotFound, offlineError, type GraphAppError } from "../graphError";
import type { GraphHttp } from "../graphHttp";
import { SHAPES } from "./listingShapes";
import { allPages } from "./paging";
import { withQuery } from "./query";

const APP_FOLDER = "/me/drive/special/approot";

type Item = DriveItem & { "@microsoft.graph.downloadUrl"?: string };

export interface AppFolderJson {
  /** Null when the document does not exist yet; `json` is null when its text is not JSON. */
  read(): Promise<Result<{ readonly json: unknown; readonly etag: string } | null>>;
  /** With If-Match (null etag: create, failing if it exists). A 412/409 comes back as that error,
   * for the caller to tell its own re-sent write from someone else's. */
  write(body: string, etag: string | null): Promise<Result<string, GraphAppError | AppError>>;
}

/** `missing` is the error for an answer without the document's version or download link. */
export function appFolderJson(
  http: GraphHttp,
  name: string,
  missing: (what: string) => AppError,
  download: FetchLike = (url, init) => fetch(url, init),
): AppFolderJson {
  const content = `${APP_FOLDER}:/${name}:/content`;
  return {
    async read() {
      const listed = await allPages<Item>(http, `${APP_FOLDER}/children`, {
        what: "app folder",
        shape: SHAPES.driveChildren,
      });
      if (!listed.ok) return isNotFound(listed.error) ? ok(null) : listed;
      const item = listed.value.items.find((i) => i.name === name && i.file);
      if (!item) return ok(null);
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
    },
    async write(body, etag) {
      // The first write must not replace a document another device created meanwhile.
      const path =
        etag === null ? withQuery(content, { "@microsoft.graph.conflictBehavior": "fail" }) : content;
      const put = await http.put<Item>(path, body, {
        headers: {
          "Content-Type": "application/json",
          ...(etag === null ? { "If-None-Match": "*" } : { "If-Match": etag }),
        },
      });
      if (!put.ok) return put;
      const newTag = put.value.body?.eTag ?? put.value.headers["etag"];
      return newTag ? ok(newTag) : err(missing("eTag"));
    },
  };
}
