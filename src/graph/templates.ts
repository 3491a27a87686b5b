// The recruiter's own templates (TemplatesPort): ONE JSON document in the app folder,
// `approot:/templates.json`, so they follow her to every device she signs in on (roaming settings
// hold 32 KB; the app folder has room). Written with If-Match like the process documents.
//
// Read as processes.ts reads: the app folder's children listing (one Graph request) carries the
// document's `@microsoft.graph.downloadUrl`, which is fetched without a token (a GET …/content
// answers 302 to it, and a cross-origin redirect of a request with Authorization trips CORS in a
// browser). The listing, not a GET of the item itself: before her first template there is no
// document, and a 404 there is an error in every browser console on every start.
import type { DriveItem } from "@microsoft/microsoft-graph-types";
import { parseTemplatesDocument, templatesToJson, type Template } from "../domain";
import { appError, err, ok, type Result } from "../domain/result";
import type { FetchLike } from "./middleware/fetchTransport";
import { isNotFound, offlineError } from "./graphError";
import type { GraphHttp } from "./graphHttp";
import type { StoredTemplates, TemplatesPort } from "./ports";
import { SHAPES } from "./adapters-support/listingShapes";
import { allPages } from "./adapters-support/paging";
import { withQuery } from "./adapters-support/query";

const APP_FOLDER = "/me/drive/special/approot";
const NAME = "templates.json";
const ITEM = `${APP_FOLDER}:/${NAME}`;
const CONTENT = `${ITEM}:/content`;

type Item = DriveItem & { "@microsoft.graph.downloadUrl"?: string };

export function createTemplatesDocument(
  http: GraphHttp,
  download: FetchLike = (url, init) => fetch(url, init),
): TemplatesPort {
  async function read(): Promise<Result<StoredTemplates | null>> {
    const listed = await allPages<Item>(http, `${APP_FOLDER}/children`, {
      what: "app folder",
      shape: SHAPES.driveChildren,
    });
    if (!listed.ok) return isNotFound(listed.error) ? ok(null) : listed;
    const item = listed.value.items.find((i) => i.name === NAME && i.file);
    // No document yet: she has not saved a template of her own.
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
    const parsed = parseTemplatesDocument(json);
    return parsed.ok ? ok({ templates: parsed.value, etag: item.eTag }) : parsed;
  }

  async function write(
    templates: readonly Template[],
    etag: string | null,
  ): Promise<Result<StoredTemplates>> {
    // The first write must not replace a document another device created meanwhile.
    const path =
      etag === null ? withQuery(CONTENT, { "@microsoft.graph.conflictBehavior": "fail" }) : CONTENT;
    const body = templatesToJson(templates);
    const put = await http.put<Item>(path, body, {
      headers: {
        "Content-Type": "application/json",
        ...(etag === null ? { "If-None-Match": "*" } : { "If-Match": etag }),
      },
    });
    if (!put.ok) {
      const e = put.error;
      if (e.status !== 412 && e.status !== 409) return err(e);
      // Our own PUT re-sent after its answer was lost meets itself as a conflict: if what is
      // stored is exactly what we wrote, it was ours.
      const current = await read();
      if (current.ok && current.value && templatesToJson(current.value.templates) === body)
        return ok(current.value);
      return err({ ...e, code: "conflict" });
    }
    const newTag = put.value.body?.eTag ?? put.value.headers["etag"];
    return newTag ? ok({ templates, etag: newTag }) : err(missing("eTag"));
  }

  return { read, write };
}

function missing(what: string) {
  return appError(
    "graph-missing-etag",
    "OneDrive svarade utan mallfilens version. Svara läser om den.",
    "OneDrive answered without the templates file's version. Svara reads it again.",
    { cause: { missing: what }, retryable: true },
  );
}
