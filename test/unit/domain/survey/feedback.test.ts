// A survey answer is kept with the process and the month, never with the candidate; the same reply
// recorded twice is one answer, and the recruiter's hand scoring replaces the reply she scored.
import fc from "fast-check";
import {
  emptyFeedback,
  feedbackEntry,
  feedbackToJson,
  parseFeedbackDocument,
  parseSurveyReply,
  recordFeedback,
  scoredByHand,
  surveyAnswerId,
  type FeedbackEntry,
  type PendingReply,
} from "../../../../src/domain";

const reply = {
  messageId: "<AM0PR01MB1234@eurprd01.prod.outlook.com>",
  processId: "p-backend",
  at: "2026-11-09T08:15:00.000Z",
  language: "sv" as const,
};

describe("a survey answer as Svara stores it", () => {
  it("keeps the scores, the sentence, the process and the month — no name, address or candidate", () => {
    const parsed = parseSurveyReply({
      contentType: "text",
      content: "4 5 3\nSnabbare besked, tack.\n\nMvh\nÅsa Öberg\nasa.oberg@example.se",
    });
    const entry = feedbackEntry(reply, parsed);
    expect(entry).toEqual({
      kind: "answer",
      answerId: surveyAnswerId(reply.messageId),
      processId: "p-backend",
      month: "2026-11",
      language: "sv",
      scores: { clarity: 4, speed: 5, treatment: 3 },
      comment: "Snabbare besked, tack.",
    });
    const stored = feedbackToJson(recordFeedback(emptyFeedback("p-backend"), entry));
    expect(stored).not.toMatch(/Åsa|Öberg|example\.se|eurprd01/);
  });

  it("gives one reply one opaque id, and different replies different ids", () => {
    expect(surveyAnswerId(reply.messageId)).toBe(surveyAnswerId(reply.messageId));
    expect(surveyAnswerId(reply.messageId)).toMatch(/^s[0-9a-f]{16}$/);
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        fc.pre(a !== b);
        expect(surveyAnswerId(a)).not.toBe(surveyAnswerId(b));
      }),
    );
  });

  it("records the same reply once, however often it is recorded", () => {
    const entry = feedbackEntry(reply, parseSurveyReply({ contentType: "text", content: "5 5 5" }));
    const once = recordFeedback(emptyFeedback("p-backend"), entry);
    expect(recordFeedback(once, entry)).toBe(once);
    expect(once.answers).toHaveLength(1);
  });

  it("turns a reply she scored by hand into an answer, and a late copy of the reply changes nothing", () => {
    const pending = feedbackEntry(reply, parseSurveyReply({ contentType: "text", content: "Bra!" }));
    expect(pending.kind).toBe("needs-scoring");
    const waiting = recordFeedback(emptyFeedback("p-backend"), pending);
    expect(waiting.pending).toHaveLength(1);
    const scored = scoredByHand(pending as PendingReply, { clarity: 4, speed: 4, treatment: 5 }, " Bra! ");
    const done = recordFeedback(waiting, scored);
    expect(done.pending).toEqual([]);
    expect(done.answers).toEqual([scored]);
    expect(scored.comment).toBe("Bra!");
    expect(recordFeedback(done, pending)).toBe(done);
  });

  it("reads back what it wrote, and skips an entry it cannot read rather than the document", () => {
    const entries: FeedbackEntry[] = [
      feedbackEntry(reply, parseSurveyReply({ contentType: "text", content: "1) 2 2) 3 3) 4" })),
      feedbackEntry(
        { ...reply, messageId: "other" },
        parseSurveyReply({ contentType: "text", content: "hm" }),
      ),
    ];
    const doc = entries.reduce(recordFeedback, emptyFeedback("p-backend"));
    expect(parseFeedbackDocument(JSON.parse(feedbackToJson(doc)), "p-backend")).toEqual(doc);
    const damaged = { answers: [{ answerId: "x", month: "nov", scores: {} }, ...doc.answers], pending: "?" };
    expect(parseFeedbackDocument(damaged, "p-backend")).toEqual({ ...doc, pending: [] });
    expect(parseFeedbackDocument(null, "p-x")).toEqual(emptyFeedback("p-x"));
  });
});
