// A survey answer goes through the outbox into the process's feedback document exactly once: a
// write whose answer was lost, another device's answer in between, or the same reply recorded
// again all end with one answer each.
import { feedbackEntry, parseSurveyReply, scoredByHand } from "../../../src/domain";
import { cmd } from "./fakes/commandsFor";
import { offline } from "./fakes/faults";
import { harness, PROCESS_ID } from "./fakes/harness";

const entry = (messageId: string, content: string) =>
  feedbackEntry(
    { messageId, processId: PROCESS_ID, at: "2026-11-24T10:00:00.000Z", language: "sv" },
    parseSurveyReply({ contentType: "text", content }),
  );

describe("recording a survey answer", () => {
  it("stores the answer in the process's feedback document, beside no candidate", async () => {
    const h = await harness();
    await h.engine.dispatch(
      cmd("RecordSurveyAnswer", { processId: PROCESS_ID, entry: entry("<m1>", "4 5 3") }),
    );
    await h.engine.idle();
    const stored = h.m365.feedback.docs.get(PROCESS_ID)?.feedback;
    expect(stored?.answers.map((a) => a.scores)).toEqual([{ clarity: 4, speed: 5, treatment: 3 }]);
    // The process document is not touched by it.
    expect(h.m365.processes.doc(PROCESS_ID).candidates.map((c) => c.contacts.length)).toEqual([
      ...h.engine.processes()[0]!.candidates.map((c) => c.contacts.length),
    ]);
  });

  it("keeps one answer when the write's answer was lost and the command is sent again", async () => {
    const h = await harness();
    h.m365.feedback.faults.fail("write:after", offline());
    await h.engine.dispatch(
      cmd("RecordSurveyAnswer", { processId: PROCESS_ID, entry: entry("<m1>", "4 5 3") }),
    );
    await h.engine.idle();
    await h.clock.advance(120_000);
    await h.engine.idle();
    expect(h.m365.feedback.docs.get(PROCESS_ID)?.feedback.answers).toHaveLength(1);
  });

  it("keeps another device's answer, and the same reply recorded twice counts once", async () => {
    const h = await harness();
    await h.engine.dispatch(
      cmd("RecordSurveyAnswer", { processId: PROCESS_ID, entry: entry("<m1>", "4 5 3") }),
    );
    await h.engine.dispatch(
      cmd("RecordSurveyAnswer", { processId: PROCESS_ID, entry: entry("<m2>", "fem fem fem") }),
    );
    await h.engine.dispatch(
      cmd("RecordSurveyAnswer", { processId: PROCESS_ID, entry: entry("<m1>", "4 5 3") }),
    );
    await h.engine.idle();
    const answers = h.m365.feedback.docs.get(PROCESS_ID)?.feedback.answers ?? [];
    expect(answers.map((a) => a.scores.clarity)).toEqual([4, 5]);
  });

  it("keeps an unreadable reply for hand scoring, then replaces it with her scores", async () => {
    const h = await harness();
    const pending = entry("<m3>", "Bra, men det tog tid.");
    await h.engine.dispatch(cmd("RecordSurveyAnswer", { processId: PROCESS_ID, entry: pending }));
    await h.engine.idle();
    expect(h.m365.feedback.docs.get(PROCESS_ID)?.feedback.pending).toHaveLength(1);
    if (pending.kind !== "needs-scoring") throw new Error("expected a reply to score");
    const scored = scoredByHand(pending, { clarity: 4, speed: 2, treatment: 4 }, "Det tog tid.");
    await h.engine.dispatch(cmd("RecordSurveyAnswer", { processId: PROCESS_ID, entry: scored }));
    await h.engine.idle();
    const doc = h.m365.feedback.docs.get(PROCESS_ID)?.feedback;
    expect(doc?.pending).toEqual([]);
    expect(doc?.answers).toEqual([scored]);
  });
});
