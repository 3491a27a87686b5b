// The report's "What candidates say": the recruiter sees per question how candidates rated the
// process, how many answered, how it moved month by month and what they wrote — and the replies
// she still has to score stay apart, uncounted, until she scores them.
import {
  emptyFeedback,
  feedbackReport,
  recordFeedback,
  scoredByHand,
  type FeedbackDocument,
  type FeedbackEntry,
  type PendingReply,
  type SurveyAnswer,
} from "../../../../src/domain";

const answer = (
  processId: string,
  answerId: string,
  month: string,
  [clarity, speed, treatment]: [1 | 2 | 3 | 4 | 5, 1 | 2 | 3 | 4 | 5, 1 | 2 | 3 | 4 | 5],
  comment = "",
): SurveyAnswer => ({
  kind: "answer",
  answerId,
  processId,
  month,
  language: "sv",
  scores: { clarity, speed, treatment },
  comment,
});

const pending = (processId: string, answerId: string, month: string, text: string): PendingReply => ({
  kind: "needs-scoring",
  answerId,
  processId,
  month,
  language: "sv",
  text,
  suggested: {},
});

const doc = (processId: string, ...entries: FeedbackEntry[]): FeedbackDocument =>
  entries.reduce(recordFeedback, emptyFeedback(processId));

describe("what candidates say, summed up for the report", () => {
  const backend = doc(
    "p-backend",
    answer("p-backend", "a1", "2026-10", [4, 5, 3], "Snabbare besked, tack."),
    answer("p-backend", "a2", "2026-11", [5, 2, 4]),
    pending("p-backend", "x1", "2026-11", "Fyra eller fem kanske"),
  );
  const sales = doc("p-sales", answer("p-sales", "a3", "2026-11", [3, 3, 5], "  Trevligt bemötande  "));

  it("gives each question its average and the number of answers, over every process", () => {
    const report = feedbackReport([backend, sales]);
    expect(report.count).toBe(3);
    expect(report.questions.clarity).toEqual({ average: 4, count: 3 });
    expect(report.questions.speed.average).toBeCloseTo(10 / 3);
    expect(report.questions.treatment).toEqual({ average: 4, count: 3 });
    expect(report.overall.average).toBeCloseTo(34 / 9);
    expect(report.overall.count).toBe(3);
  });

  it("gives each process with answers its own figures", () => {
    const report = feedbackReport([backend, sales, emptyFeedback("p-quiet")]);
    expect(report.processes.map((p) => p.processId)).toEqual(["p-backend", "p-sales"]);
    const b = report.processes[0]!;
    expect(b.count).toBe(2);
    expect(b.questions.clarity).toEqual({ average: 4.5, count: 2 });
    expect(b.questions.speed).toEqual({ average: 3.5, count: 2 });
  });

  it("shows the trend month by month, oldest first", () => {
    const report = feedbackReport([sales, backend]);
    expect(report.months.map((m) => [m.month, m.count])).toEqual([
      ["2026-10", 1],
      ["2026-11", 2],
    ]);
    expect(report.months[0]!.overall.average).toBeCloseTo(4);
    expect(report.months[1]!.questions.treatment.average).toBe(4.5);
  });

  it("lists what candidates wrote, newest first, with no empty lines and no names", () => {
    const report = feedbackReport([backend, sales]);
    expect(report.comments.map((c) => [c.processId, c.month, c.text])).toEqual([
      ["p-sales", "2026-11", "Trevligt bemötande"],
      ["p-backend", "2026-10", "Snabbare besked, tack."],
    ]);
  });

  it("keeps a reply to score by hand out of the figures until she scores it, then counts it", () => {
    const before = feedbackReport([backend]);
    expect(before.pending.map((p) => p.text)).toEqual(["Fyra eller fem kanske"]);
    expect(before.count).toBe(2);
    const scored = scoredByHand(before.pending[0]!, { clarity: 5, speed: 4, treatment: 5 }, "Bra");
    const after = feedbackReport([recordFeedback(backend, scored)]);
    expect(after.pending).toEqual([]);
    expect(after.count).toBe(3);
    expect(after.comments.map((c) => c.text)).toContain("Bra");
  });

  it("says nothing at all when no one has answered", () => {
    const report = feedbackReport([]);
    expect(report.count).toBe(0);
    expect(report.overall.average).toBeNull();
    expect(report.questions.speed).toEqual({ average: null, count: 0 });
    expect(report.months).toEqual([]);
  });
});
