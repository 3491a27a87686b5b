// Survey answers (FeedbackPort): one JSON document per process in the app folder,
// `approot:/feedback/{processId}.json`, apart from the process document so the scores never sit
// beside the candidates' names. Read and written as adapters-support/appFolderJson.ts says; before
// the first answer there is no folder, and that means "no answers", not an error.
import { feedbackToJson, parseFeedbackDocument, type FeedbackDocument } from "../domain/survey/feedback";
import { appError, err, ok, type Result } from "../domain/result";
import type { FetchLike } from "./middleware/fetchTransport";
import type { GraphHttp } from "./graphHttp";
import type { FeedbackPort, StoredFeedback } from "./ports";
import { appFolderJsonFolder, type AppFolderItem, type StoredJson } from "./adapters-support/appFolderJson";
import { seg } from "./adapters-support/query";

const fileName = (processId: string): string => `${seg(processId)}.json`;

export function createFeedbackDocuments(http: GraphHttp, download?: FetchLike): FeedbackPort {
  const folder = appFolderJsonFolder(http, "feedback", { missing, what: "survey answers", download });

  async function listed(): Promise<Result<readonly AppFolderItem[]>> {
    const files = await folder.files();
    return files.ok ? ok(files.value.filter((i) => /\.json$/i.test(i.name ?? ""))) : files;
  }

  // Unreadable JSON reads as no answers, so a new answer is still kept (the old text stays in
  // OneDrive's version history).
  const stored = (processId: string, { json, etag }: StoredJson): StoredFeedback => ({
    feedback: parseFeedbackDocument(json, processId),
    etag,
  });

  async function listAll(): Promise<Result<readonly StoredFeedback[]>> {
    const items = await listed();
    if (!items.ok) return items;
    const out: StoredFeedback[] = [];
    for (const item of items.value) {
      const loaded = await folder.load(item);
      if (!loaded.ok) return loaded;
      out.push(stored(decodeURIComponent((item.name ?? "").replace(/\.json$/i, "")), loaded.value));
    }
    return ok(out);
  }

  async function read(processId: string): Promise<Result<StoredFeedback | null>> {
    const doc = await folder.document(fileName(processId)).read();
    return doc.ok && doc.value ? ok(stored(processId, doc.value)) : (doc as Result<null>);
  }

  async function write(feedback: FeedbackDocument, etag: string | null): Promise<Result<StoredFeedback>> {
    const body = feedbackToJson(feedback);
    const put = await folder.document(fileName(feedback.processId)).write(body, etag);
    if (put.ok) return ok({ feedback, etag: put.value });
    const e = put.error;
    if (!("status" in e) || (e.status !== 412 && e.status !== 409)) return err(e);
    // Our own PUT re-sent after its answer was lost meets itself: what is stored is what we wrote.
    const current = await read(feedback.processId);
    if (current.ok && current.value && feedbackToJson(current.value.feedback) === body)
      return ok(current.value);
    return err({ ...e, code: "conflict" });
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
