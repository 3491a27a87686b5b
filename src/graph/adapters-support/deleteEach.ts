// Deleting a handful of items one by one, for an erasure (decision 0010): a DELETE is idempotent,
// and one already gone (404) is what was wanted. Sequential on purpose: an erasure touches one
// candidate's few items, and the first failure stops the step so the outbox resumes it.
import { ok, type Result } from "../../domain/result";
import { isNotFound } from "../graphError";
import type { GraphHttp } from "../graphHttp";

/** How many of these paths were deleted now (those already gone are not counted). */
export async function deleteEach(http: GraphHttp, paths: readonly string[]): Promise<Result<number>> {
  let deleted = 0;
  for (const path of paths) {
    const gone = await http.delete(path, { idempotent: true });
    if (gone.ok) deleted += 1;
    else if (!isNotFound(gone.error)) return gone;
  }
  return ok(deleted);
}
