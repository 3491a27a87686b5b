// Read-modify-write of a process's survey answers with If-Match. The answer's id makes it
// idempotent: one already in the document writes nothing, so a re-send after a lost answer makes
// no twin; on a 412 the entry goes into the fresh document (another device's answers stay).

import { emptyFeedback, err, ok, recordFeedback, type Result } from "../../domain";
import { isConflict } from "../../graph/graphError";
import type { RecordSurveyAnswer } from "../commands";
import { conflictRetriesExhausted } from "../failurePolicy";
import type { ExecutionContext, SentResult } from "./context";

const MAX_CONFLICT_ROUNDS = 5;

export async function executeRecordSurveyAnswer(
  command: RecordSurveyAnswer,
  ctx: ExecutionContext,
): Promise<Result<SentResult>> {
  const { processId, entry } = command.payload;
  for (let round = 0; round < MAX_CONFLICT_ROUNDS; round += 1) {
    const read = await ctx.ports.feedback.read(processId);
    if (!read.ok) return read;
    const base = read.value?.feedback ?? emptyFeedback(processId);
    const next = recordFeedback(base, entry);
    if (next === base) return ok({ answerId: entry.answerId, wrote: false });
    const written = await ctx.ports.feedback.write(next, read.value?.etag ?? null);
    if (written.ok) return ok({ answerId: entry.answerId, wrote: true, etag: written.value.etag });
    if (!isConflict(written.error)) return written;
  }
  return err(conflictRetriesExhausted("feedback"));
}
