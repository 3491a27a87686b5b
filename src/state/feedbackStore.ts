import { createStore } from "zustand/vanilla";
import {
  feedbackReport,
  ok,
  recordFeedback,
  scoredByHand,
  type AppError,
  type FeedbackDocument,
  type FeedbackReport,
  type PendingReply,
  type Result,
  type SurveyAnswer,
  type SurveyScores,
} from "../domain";
import { makeCommand, stampNow, type Stamp } from "../sync/commands";
import type { SyncEngine } from "../sync/engine";
import { memoLast } from "./memo";

/** What candidates said (approot:/feedback/*.json, read when the report is shown) and her hand
 * scoring of the replies Svara could not read. A scoring she saved shows at once and stays shown
 * until the documents read back have it: the outbox may not have sent it yet, and a reply must
 * never look unscored (or vanish) in between. */
export interface FeedbackStore {
  readonly status: "idle" | "loading" | "ready" | "error";
  readonly documents: readonly FeedbackDocument[];
  /** Her hand scorings not yet seen in the documents read. */
  readonly scored: readonly SurveyAnswer[];
  readonly error: AppError | null;
  /** Reads every process's answers again. */
  load(): Promise<void>;
  /** Her scores for a reply: one RecordSurveyAnswer command, then a fresh read. */
  score(reply: PendingReply, scores: SurveyScores, comment: string): Promise<Result<void>>;
}

export interface FeedbackGateway {
  /** Every process's stored answers, straight from Microsoft 365 (a read: nothing to queue). */
  list(): Promise<Result<readonly FeedbackDocument[]>>;
  dispatch: SyncEngine["dispatch"];
}

const answered = (documents: readonly FeedbackDocument[], answerId: string): boolean =>
  documents.some((d) => d.answers.some((a) => a.answerId === answerId));

export const createFeedbackStore = (gateway: FeedbackGateway, stamp: () => Stamp = () => stampNow()) =>
  createStore<FeedbackStore>()((set, get) => {
    const load = async () => {
      set({ status: "loading", error: null });
      const listed = await gateway.list();
      if (!listed.ok) return set({ status: "error", error: listed.error });
      const documents = listed.value;
      set({
        status: "ready",
        documents,
        scored: get().scored.filter((a) => !answered(documents, a.answerId)),
      });
    };
    return {
      status: "idle",
      documents: [],
      scored: [],
      error: null,
      load,
      score: async (reply, scores, comment) => {
        const answer = scoredByHand(reply, scores, comment);
        const saved = await gateway.dispatch(
          makeCommand("RecordSurveyAnswer", { processId: reply.processId, entry: answer }, stamp()),
        );
        if (!saved.ok) return saved;
        set({ scored: [...get().scored, answer] });
        void load();
        return ok(undefined);
      },
    };
  });

export type FeedbackStoreApi = ReturnType<typeof createFeedbackStore>;

const reportOf = memoLast((documents: readonly FeedbackDocument[], scored: readonly SurveyAnswer[]) => {
  const byProcess = new Map(documents.map((d) => [d.processId, d]));
  for (const answer of scored) {
    const doc = byProcess.get(answer.processId);
    if (doc) byProcess.set(answer.processId, recordFeedback(doc, answer));
  }
  return feedbackReport([...byProcess.values()]);
});

/** The report's figures, her unsent hand scorings counted and their replies off the list. */
export const selectFeedbackReport = (s: FeedbackStore): FeedbackReport => reportOf(s.documents, s.scored);
