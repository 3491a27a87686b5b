import { candidate, interviewHeld, process } from "../domain/fixtures";
import { recordingStore } from "./recording";

// Åsa has been interviewed: her answer is a phone call, and the recruiter logs how it went.
const asaAfterInterview = candidate({
  stageId: "interview",
  contacts: [interviewHeld("2026-11-20T10:00:00.000Z")],
});
const nordbank = process({ candidates: [asaAfterInterview] });
const asa = { processId: nordbank.id, candidateId: asaAfterInterview.id };

describe("logging the call after Åsa's interview", () => {
  it("writes the outcome she was told into the log, as a decision that stops her clock", async () => {
    const { sent, actions } = recordingStore([nordbank]);
    const call = await actions().logCallOutcome(asa, "offer", "Börjar 1 feb", "sv");
    expect(call).toEqual({ logged: true, saved: { ok: true, value: undefined } });
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({
      type: "LogContact",
      payload: {
        contact: { kind: "decision", channel: "phone", summary: "Erbjudande: Börjar 1 feb" },
      },
    });
  });

  it("writes the outcome in the pane's language, whatever the process's", async () => {
    const { sent, actions } = recordingStore([nordbank]);
    await actions().logCallOutcome(asa, "next-step", "", "en");
    expect(sent[0]).toMatchObject({ payload: { contact: { summary: "Goes on to the next step" } } });
  });

  it("logs a call she did not answer as an attempt only (a note), which leaves her clock running", async () => {
    const { sent, actions } = recordingStore([nordbank]);
    await actions().logCallOutcome(asa, "no-answer", "Röstbrevlåda", "sv");
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({
      payload: { contact: { kind: "note", summary: "Svarade inte: Röstbrevlåda" } },
    });
  });

  it("closes her process after a 'no' on the phone, with the recruiter's notes as the reason", async () => {
    const { sent, actions } = recordingStore([nordbank]);
    const call = await actions().logCallOutcome(asa, "rejected", "Valde en annan kandidat", "sv");
    expect(call.logged).toBe(true);
    expect(sent.map((c) => c.type)).toEqual(["LogContact", "MoveStage"]);
    expect(sent[1]!.payload).toEqual({
      ...asa,
      stageId: "rejected",
      rejection: { reason: "other", detail: "Valde en annan kandidat" },
    });
  });

  it("gives the reason in the process's language when the recruiter wrote none", async () => {
    const { sent, actions } = recordingStore([process({ language: "en", candidates: [asaAfterInterview] })]);
    await actions().logCallOutcome(asa, "rejected", "", "sv");
    expect(sent[1]).toMatchObject({
      payload: { rejection: { reason: "other", detail: "Decision given by phone after the interview" } },
    });
  });

  it("does not close her process when the call itself could not be saved, so the notes stay for a retry", async () => {
    const { sent, actions } = recordingStore([nordbank], ["LogContact"]);
    const call = await actions().logCallOutcome(asa, "rejected", "Valde en annan", "sv");
    expect(call.logged).toBe(false);
    expect(call.saved.ok).toBe(false);
    expect(sent).toEqual([]);
  });

  it("says the call is logged but her process not closed when only the closing failed", async () => {
    const { sent, actions } = recordingStore([nordbank], ["MoveStage"]);
    const call = await actions().logCallOutcome(asa, "rejected", "Valde en annan", "sv");
    expect(call.logged).toBe(true);
    expect(call.saved.ok).toBe(false);
    expect(sent.map((c) => c.type)).toEqual(["LogContact"]);
  });
});
