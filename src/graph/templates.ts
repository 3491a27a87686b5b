// The recruiter's own templates (TemplatesPort): ONE JSON document in the app folder,
// `approot:/templates.json`, so they follow her to every device she signs in on (roaming settings
// hold 32 KB; the app folder has room). Read and written as adapters-support/appFolderJson.ts says.
import { parseTemplatesDocument, templatesToJson, type Template } from "../domain";
import { appError, err, ok, type Result } from "../domain/result";
import type { FetchLike } from "./middleware/fetchTransport";
import type { GraphHttp } from "./graphHttp";
import type { StoredTemplates, TemplatesPort } from "./ports";
import { appFolderJson } from "./adapters-support/appFolderJson";

export function createTemplatesDocument(http: GraphHttp, download?: FetchLike): TemplatesPort {
  const doc = appFolderJson(http, "templates.json", missing, download);

  async function read(): Promise<Result<StoredTemplates | null>> {
    const stored = await doc.read();
    // No document yet: she has not saved a template of her own.
    if (!stored.ok || stored.value === null) return stored as Result<null>;
    const parsed = parseTemplatesDocument(stored.value.json);
    return parsed.ok ? ok({ templates: parsed.value, etag: stored.value.etag }) : parsed;
  }

  async function write(
    templates: readonly Template[],
    etag: string | null,
  ): Promise<Result<StoredTemplates>> {
    const body = templatesToJson(templates);
    const put = await doc.write(body, etag);
    if (put.ok) return ok({ templates, etag: put.value });
    const e = put.error;
    if (!("status" in e) || (e.status !== 412 && e.status !== 409)) return err(e);
    // Our own PUT re-sent after its answer was lost meets itself as a conflict: if what is
    // stored is exactly what we wrote, it was ours.
    const current = await read();
    if (current.ok && current.value && templatesToJson(current.value.templates) === body)
      return ok(current.value);
    return err({ ...e, code: "conflict" });
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
