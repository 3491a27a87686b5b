// Survey answers live in the app folder, one document per process, apart from the process document.
import type { RunningEmulator } from "../../graph-emulator";
import { createFeedbackDocuments } from "../../../src/graph/feedback";
import { emptyFeedback, feedbackEntry, parseSurveyReply, recordFeedback } from "../../../src/domain";
import { emulator, graphFor, unwrap } from "./helpers";

let emu: RunningEmulator;
beforeEach(async () => {
  emu = await emulator("demo");
});
afterEach(() => emu.close());

const answer = (messageId: string, content: string) =>
  feedbackEntry(
    { messageId, processId: "p-backend", at: "2026-11-24T10:00:00.000Z", language: "sv" },
    parseSurveyReply({ contentType: "text", content }),
  );

describe("survey answers in the app folder", () => {
  it("has none before the first answer, then reads back what was written, per process", async () => {
    const port = createFeedbackDocuments(graphFor(emu));
    expect(unwrap(await port.read("p-backend"))).toBeNull();
    expect(unwrap(await port.listAll())).toEqual([]);
    const doc = recordFeedback(emptyFeedback("p-backend"), answer("<m1>", "4 5 3"));
    const written = unwrap(await port.write(doc, null));
    expect(unwrap(await port.read("p-backend"))).toEqual({ feedback: doc, etag: written.etag });
    expect(unwrap(await port.listAll()).map((s) => s.feedback.processId)).toEqual(["p-backend"]);
    expect(unwrap(await port.read("p-other"))).toBeNull();
  });

  it("refuses to write over answers another device added since they were read", async () => {
    const phone = createFeedbackDocuments(graphFor(emu));
    const laptop = createFeedbackDocuments(graphFor(emu));
    const first = unwrap(
      await phone.write(recordFeedback(emptyFeedback("p-backend"), answer("<m1>", "4 5 3")), null),
    );
    const both = recordFeedback(first.feedback, answer("<m2>", "5 5 5"));
    unwrap(await laptop.write(both, first.etag));
    const stale = await phone.write(recordFeedback(first.feedback, answer("<m3>", "1 1 1")), first.etag);
    expect(stale.ok ? null : stale.error.code).toBe("conflict");
    const again = await phone.write(emptyFeedback("p-backend"), null);
    expect(again.ok ? null : again.error.code).toBe("conflict");
    expect(unwrap(await phone.read("p-backend"))?.feedback.answers).toHaveLength(2);
  });
});
