// Survey answers (FeedbackPort): one JSON document per process in the app folder,
// `approot:/feedback/{processId}.json`, apart from the process document so the scores never sit
// beside the candidates' names, and written with If-Match like the templates document.
//
// Read as templates.ts reads: the folder's children listing carries each document's
// `@microsoft.graph.downloadUrl` (fetched without a token); before the first answer there is no
// folder, and that 404 means "no answers", not an error.
import type { DriveItem } from "@microsoft/microsoft-graph-types";
import { feedbackToJson, parseFeedbackDocument, type FeedbackDocument } from "../domain/survey/feedback";
import { appError, err, ok, type Result } from "../domain/result";
import type { FetchLike } from "./middleware/fetchTransport";
import { isNotFound, offlineError } from "./graphError";
import type { GraphHttp } from "./graphHttp";
import type { FeedbackPort, StoredFeedback } from "./ports";
import { SHAPES } from "./adapters-support/listingShapes";
import { allPages } from "./adapters-support/paging";
import { seg, withQuery } from "./adapters-support/query";

const FOLDER = "/me/drive/special/approot:/feedback";
const fileName = (processId: string): string => `${seg(processId)}.json`;
const contentPath = (processId: string): string => `${FOLDER}/${fileName(processId)}:/content`;

type Item = DriveItem & { "@microsoft.graph.downloadUrl"?: string };

export function createFeedbackDocuments(
  http: GraphHttp,
  download: FetchLike = (url, init) => fetch(url, init),
): FeedbackPort {
  async function listed(): Promise<Result<readonly Item[]>> {
    const all = await allPages<Item>(http, `${FOLDER}:/children`, {
      what: "survey answers",
      shape: SHAPES.driveChildren,
    });
    if (!all.ok) return isNotFound(all.error) ? ok([]) : all;
    return ok(all.value.items.filter((i) => i.file && /\.json$/i.test(i.name ?? "")));
  }

  async function load(item: Item): Promise<Result<StoredFeedback>> {
    const processId = decodeURIComponent((item.name ?? "").replace(/\.json$/i, ""));
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
      // Unreadable: read as empty, so a new answer is still kept (the old text stays in OneDrive's
      // version history).
      json = null;
    }
    return ok({ feedback: parseFeedbackDocument(json, processId), etag: item.eTag });
  }

  async function listAll(): Promise<Result<readonly StoredFeedback[]>> {
    const items = await listed();
    if (!items.ok) return items;
    const out: StoredFeedback[] = [];
    for (const item of items.value) {
      const loaded = await load(item);
      if (!loaded.ok) return loaded;
      out.push(loaded.value);
    }
    return ok(out);
  }

  async function read(processId: string): Promise<Result<StoredFeedback | null>> {
    const items = await listed();
    if (!items.ok) return items;
    const item = items.value.find((i) => i.name === fileName(processId));
    return item ? load(item) : ok(null);
  }

  async function write(feedback: FeedbackDocument, etag: string | null): Promise<Result<StoredFeedback>> {
    const path =
      etag === null
        ? withQuery(contentPath(feedback.processId), { "@microsoft.graph.conflictBehavior": "fail" })
        : contentPath(feedback.processId);
    const body = feedbackToJson(feedback);
    const put = await http.put<Item>(path, body, {
      headers: {
        "Content-Type": "application/json",
        ...(etag === null ? { "If-None-Match": "*" } : { "If-Match": etag }),
      },
    });
    if (!put.ok) {
      const e = put.error;
      if (e.status !== 412 && e.status !== 409) return err(e);
      // Our own PUT re-sent after its answer was lost meets itself: what is stored is what we wrote.
      const current = await read(feedback.processId);
      if (current.ok && current.value && feedbackToJson(current.value.feedback) === body)
        return ok(current.value);
      return err({ ...e, code: "conflict" });
    }
    const newTag = put.value.body?.eTag ?? put.value.headers["etag"];
    return newTag ? ok({ feedback, etag: newTag }) : err(missing("eTag"));
  }

  return { listAll, read, write };
}

function missing(what: string) {
  return appError(
    "graph-missing-etag",
    "OneDrive svarade utan enkätfilens version. Svara läser om den.",
    "OneDrive answered without the survey file's version. Svara reads it again.",
    { cause: { missing: what }, retryable: true },
  );
}
