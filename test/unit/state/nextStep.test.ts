// The state behind the pane's next step (issue 11): the picker's choice, the call form's checks,
// a phone call at any stage, and the language guessed when a sender is added.
import { DEFAULT_TEMPLATES, answerClock, type Candidate } from "../../../src/domain";
import type { HostItem } from "../../../src/host/host";
import { checkCall, localInputValue, type CallForm } from "../../../src/state/callOutcome";
import { changedDetails } from "../../../src/state/candidateDetails";
import { callTalkingPoints, templateChoice } from "../../../src/state/templateChoice";
import { applied, candidate, interviewHeld, mailIn, process, settings } from "../domain/fixtures";
import { recordingStore } from "./recording";

const NOW = "2026-11-20T09:00:00.000Z";
const nordbank = process();
const viewOf = (c: Candidate, openMailText?: string) => ({
  candidate: c,
  process: nordbank,
  clock: answerClock(c, nordbank, settings, NOW),
  ...(openMailText === undefined ? {} : { openMailText }),
});

describe("the template the picker starts on", () => {
  it("offers an English candidate in a Swedish process the English templates, and lets the recruiter switch", () => {
    const chidi = candidate({
      stageId: "applied",
      language: "en",
      contacts: [applied("2026-11-18T09:00:00.000Z")],
    });
    const choice = templateChoice(DEFAULT_TEMPLATES, viewOf(chidi));
    expect(choice.language).toBe("en");
    expect(choice.offered.every((t) => t.language === "en")).toBe(true);
    expect(choice.preselected).toMatchObject({ kind: "application-received", language: "en" });
    const swedish = templateChoice(DEFAULT_TEMPLATES, viewOf(chidi), "sv");
    expect(swedish).toMatchObject({ language: "sv", candidateLanguage: "en" });
    expect(swedish.preselected).toMatchObject({ kind: "application-received", language: "sv" });
  });

  it("starts on the status update for an overdue candidate whose open mail asks when they will hear", () => {
    const bjorn = candidate({
      contacts: [applied("2026-11-01T09:00:00.000Z"), mailIn("2026-11-08T09:00:00.000Z")],
    });
    const choice = templateChoice(
      DEFAULT_TEMPLATES,
      viewOf(bjorn, "RE: Ansökan\nHej, när kan jag räkna med besked?"),
    );
    expect(choice.step).toMatchObject({ reason: "asking" });
    expect(choice.preselected?.kind).toBe("status-update");
  });

  it("starts on the rejection of her reason after a rejection", () => {
    const olof = candidate({ stageId: "rejected", rejection: { reason: "applied-too-late", detail: "" } });
    expect(templateChoice(DEFAULT_TEMPLATES, viewOf(olof)).preselected?.kind).toBe(
      "rejection-applied-too-late",
    );
  });

  it("never offers the call script as a mail; it becomes the call panel's talking points", () => {
    const karin = candidate({ stageId: "interview", contacts: [interviewHeld("2026-11-18T09:00:00.000Z")] });
    const choice = templateChoice(DEFAULT_TEMPLATES, viewOf(karin));
    expect(choice.step.kind).toBe("call");
    expect(choice.offered.map((t) => t.kind)).not.toContain("call-script");
    const script = callTalkingPoints(DEFAULT_TEMPLATES, viewOf(karin));
    expect(script?.points.length).toBeGreaterThan(3);
    expect(script?.points.join(" ")).toContain("Åsa");
    expect(callTalkingPoints([], viewOf(karin))).toBeNull();
    const english = callTalkingPoints(DEFAULT_TEMPLATES, viewOf({ ...karin, language: "en" }));
    expect(english?.points.join(" ")).toMatch(/Thank|thank/);
  });
});

describe("the call form", () => {
  const now = new Date("2026-11-20T09:00:30.000Z");
  const form = (over: Partial<CallForm> = {}): CallForm => ({
    outcome: "reached",
    when: localInputValue(now),
    channel: "phone",
    notes: "  Frågade om lönen  ",
    ...over,
  });

  it("refuses to log a call whose outcome nobody chose, saying what to do", () => {
    const checked = checkCall(form({ outcome: null }), now);
    expect(!checked.ok && checked.error).toMatchObject({
      code: "call-outcome-missing",
      message: {
        sv: "Välj hur samtalet gick innan det loggas.",
        en: "Choose how the call went before logging it.",
      },
    });
  });

  it("takes the time the recruiter gives, but not one in the future or none at all", () => {
    const earlier = new Date("2026-11-18T13:15:00.000Z");
    const checked = checkCall(form({ when: localInputValue(earlier), channel: "teams" }), now);
    expect(checked).toEqual({
      ok: true,
      value: { outcome: "reached", at: earlier.toISOString(), channel: "teams", notes: "Frågade om lönen" },
    });
    const tomorrow = new Date(now.getTime() + 86_400_000);
    expect(checkCall(form({ when: localInputValue(tomorrow) }), now)).toMatchObject({
      ok: false,
      error: { code: "call-in-future" },
    });
    expect(checkCall(form({ when: "" }), now)).toMatchObject({
      ok: false,
      error: { code: "invalid-call-time" },
    });
  });

  it("takes 'now' as the form showed it, rounded to the minute, without calling it the future", () => {
    const checked = checkCall(form(), now);
    expect(checked.ok && Date.parse(checked.value.at)).toBeLessThanOrEqual(now.getTime());
  });
});

describe("a phone call logged before the interview", () => {
  const asa = candidate({ stageId: "screening", contacts: [applied("2026-11-18T09:00:00.000Z")] });
  const p = process({ candidates: [asa] });
  const ref = { processId: p.id, candidateId: asa.id };

  it("is an answer that stops the clock, at the time and by the way the recruiter says", async () => {
    const { sent, actions } = recordingStore([p]);
    const when = { at: "2026-11-19T14:00:00.000Z", channel: "teams" as const };
    const call = await actions().logCallOutcome(ref, "reached", "Berättade om tidsplanen", "sv", when);
    expect(call.logged).toBe(true);
    expect(sent[0]).toMatchObject({
      type: "LogContact",
      payload: {
        contact: {
          at: when.at,
          channel: "teams",
          kind: "answer",
          direction: "out",
          summary: "Berättade om tidsplanen",
        },
      },
    });
  });

  it("is a call attempt, not an answer, when it went to voicemail", async () => {
    const { sent, actions } = recordingStore([p]);
    await actions().logCallOutcome(ref, "voicemail", "Bad henne ringa tillbaka", "sv");
    expect(sent[0]).toMatchObject({
      payload: {
        contact: { kind: "note", channel: "phone", summary: "Röstmeddelande: Bad henne ringa tillbaka" },
      },
    });
  });
});

describe("a candidate's language", () => {
  it("is guessed from the mail when the sender is added, and left to the process when unsure", async () => {
    const item = (subject: string, bodyPreview?: string): HostItem => ({
      kind: "message-read",
      restId: "AAMk-9",
      conversationId: null,
      subject,
      from: { name: "Emily Carter", email: "emily.carter@example.com" },
      to: [],
      cc: [],
      receivedAt: "2026-11-19T08:00:00.000Z",
      ...(bodyPreview === undefined ? {} : { bodyPreview }),
    });
    const input = {
      processId: "p-solkraft",
      name: "Emily Carter",
      email: "emily.carter@example.com",
      phone: null,
      linkedInUrl: null,
    };
    const { sent, actions } = recordingStore([]);
    await actions().addCandidateFromItem(
      item(
        "Application: Säljare – Solkraft AB",
        "Hello Maja, I saw the advert for the sales role and would like to apply.",
      ),
      input,
    );
    await actions().addCandidateFromItem(item("Ansökan"), input);
    expect(sent[0]).toMatchObject({ type: "AddCandidate", payload: { language: "en" } });
    expect("language" in sent[1]!.payload).toBe(false);
  });

  it("is the one the recruiter confirmed in the add form, over the guess; none = the process's", async () => {
    const item: HostItem = {
      kind: "message-read",
      restId: "AAMk-10",
      conversationId: null,
      subject: "Application",
      from: { name: "Emily Carter", email: "emily.carter@example.com" },
      to: [],
      cc: [],
      bodyPreview: "Hello Maja, I saw the advert for the sales role and would like to apply.",
    };
    const input = {
      processId: "p-solkraft",
      name: "Emily Carter",
      email: "emily.carter@example.com",
      phone: null,
      linkedInUrl: null,
    };
    const { sent, actions } = recordingStore([]);
    await actions().addCandidateFromItem(item, { ...input, language: "sv" });
    await actions().addCandidateFromItem(item, { ...input, language: null });
    expect(sent[0]).toMatchObject({ type: "AddCandidate", payload: { language: "sv" } });
    expect("language" in sent[1]!.payload).toBe(false);
  });

  it("goes out as a change only when the recruiter changed it in the details", () => {
    const started = { phone: null, linkedInUrl: null, emails: ["a@b.se"], language: "sv" as const };
    expect(changedDetails(started, { ...started })).toBeNull();
    expect(changedDetails(started, { ...started, language: "en" })).toEqual({ language: "en" });
    expect(
      changedDetails(
        { phone: null, linkedInUrl: null, emails: ["a@b.se"] },
        { ...started, language: undefined },
      ),
    ).toBeNull();
  });
});
