import fc from "fast-check";
import {
  DEFAULT_TEMPLATES,
  answerClock,
  asksForNews,
  callScriptFor,
  contactLog,
  isDecisionMail,
  isMailTemplate,
  lastContactEntry,
  latestInboundText,
  mailTemplatesFor,
  nextStep,
  preselectedTemplate,
  rejectionTemplateKind,
  type Candidate,
  type ContactEvent,
  type Template,
} from "../../../src/domain";
import { applied, candidate, contact, interviewHeld, mailIn, mailOut, process, settings } from "./fixtures";

const p = process();
const NOW = "2026-11-08T09:00:00.000Z";
const stepFor = (c: Candidate, now = NOW, mail: string | null = null) =>
  nextStep(c, p, answerClock(c, p, settings, now), mail);
const templateOf = (c: Candidate, now = NOW, mail: string | null = null) =>
  preselectedTemplate(mailTemplatesFor(DEFAULT_TEMPLATES, c, p, p.language), stepFor(c, now, mail));

describe("the right next step for a candidate", () => {
  it("thanks a new applicant for the application", () => {
    const c = candidate({ stageId: "applied", contacts: [applied("2026-11-03T09:00:00.000Z")] });
    expect(stepFor(c)).toEqual({ kind: "mail", template: "application-received", reason: "new" });
    expect(templateOf(c)?.kind).toBe("application-received");
  });

  it("gives an overdue candidate who asks 'när kan jag räkna med besked?' the status update, not the receipt", () => {
    const c = candidate({
      stageId: "applied",
      contacts: [applied("2026-10-20T09:00:00.000Z"), mailIn("2026-10-25T09:00:00.000Z")],
    });
    expect(stepFor(c, NOW, "RE: Ansökan\nHej, när kan jag räkna med besked?")).toMatchObject({
      template: "status-update",
      reason: "asking",
    });
    expect(stepFor(c)).toMatchObject({ template: "status-update", reason: "overdue" });
    expect(templateOf(c)?.name).toBe("Statusuppdatering");
  });

  it("answers someone asking where things stand with a status update even before the clock runs late", () => {
    const c = candidate({
      stageId: "applied",
      contacts: [
        applied("2026-11-06T09:00:00.000Z"),
        contact({ at: "2026-11-07T09:00:00.000Z", summary: "Any news on my application?" }),
      ],
    });
    expect(stepFor(c)).toMatchObject({ template: "status-update", reason: "asking" });
  });

  it("keeps a waiting candidate informed with a status update once they have had their receipt", () => {
    const c = candidate({
      contacts: [applied("2026-11-03T09:00:00.000Z"), mailOut("2026-11-04T09:00:00.000Z")],
    });
    expect(stepFor(c)).toMatchObject({ template: "status-update", reason: "waiting" });
  });

  it("after a rejection before interview offers the rejection that says their reason", () => {
    const rejected = (reason: "missing-requirement" | "applied-too-late" | "others-went-further" | "other") =>
      candidate({ stageId: "rejected", rejection: { reason, detail: "minst tre års Kotlin" } });
    expect(templateOf(rejected("missing-requirement"))?.kind).toBe("rejection-missing-requirement");
    expect(templateOf(rejected("applied-too-late"))?.kind).toBe("rejection-applied-too-late");
    expect(templateOf(rejected("others-went-further"))?.kind).toBe("rejection-others-went-further");
    expect(templateOf(rejected("other"))?.kind).toBe("rejection-missing-requirement");
    expect(stepFor(candidate({ stageId: "rejected", rejection: null }))).toMatchObject({
      template: "rejection-missing-requirement",
    });
    expect(rejectionTemplateKind(null)).toBeNull();
  });

  it("after the interview steers to the call: no mail is the next step, and no decision mail is offered", () => {
    const c = candidate({ stageId: "interview", contacts: [applied("2026-11-01T09:00:00.000Z")] });
    expect(stepFor(c)).toEqual({ kind: "call", reason: "after-interview" });
    const offered = mailTemplatesFor(DEFAULT_TEMPLATES, c, p, "sv");
    expect(offered.some((t) => isDecisionMail(t.kind))).toBe(false);
    expect(templateOf(c)?.kind).toBe("status-update");
  });

  it("preselects nothing in particular for someone who has left", () => {
    const c = candidate({ stageId: "withdrawn" });
    expect(stepFor(c)).toEqual({ kind: "none", reason: "left" });
    expect(templateOf(c)?.kind).toBe("status-update");
    expect(preselectedTemplate([], stepFor(c))).toBeNull();
  });

  it("prefers the recruiter's own template of the right kind to the built-in one", () => {
    const own: Template = { ...DEFAULT_TEMPLATES[0]!, id: "own-1", builtIn: false, name: "Min kvittens" };
    const c = candidate({ stageId: "applied" });
    const offered = [...mailTemplatesFor(DEFAULT_TEMPLATES, c, p, "sv"), own];
    expect(preselectedTemplate(offered, stepFor(c))?.id).toBe("own-1");
  });
});

describe("a question about where things stand", () => {
  it.each([
    "Hej, när kan jag räkna med besked?",
    "Finns det något nytt om processen?",
    "Hur går det med rekryteringen?",
    "Har ni hunnit titta på min ansökan?",
    "When can I expect to hear from you?",
    "Any update on my application?",
    "I haven't heard back yet.",
  ])("is recognised: %s", (text) => expect(asksForNews(text)).toBe(true));

  it.each([
    "Tack för intervjun, det var roligt att träffas.",
    "Three months, but negotiable.",
    "Bifogar mitt CV.",
  ])("is not read into a plain mail: %s", (text) => expect(asksForNews(text)).toBe(false));

  it("reads the latest mail they wrote from the log when none is open", () => {
    const c = candidate({
      contacts: [
        contact({ at: "2026-11-05T09:00:00.000Z", summary: "När får jag veta något?" }),
        contact({ at: "2026-11-04T09:00:00.000Z", summary: "Äldre" }),
        contact({ at: "2026-11-06T09:00:00.000Z", kind: "note", summary: "anteckning" }),
      ],
    });
    expect(latestInboundText(c)).toBe("När får jag veta något?");
    expect(latestInboundText(candidate({ contacts: [] }))).toBeNull();
  });
});

describe("call scripts are read aloud, not mailed", () => {
  it("never offers a call script as a mail, in any language or stage", () => {
    for (const stageId of ["applied", "screening", "interview", "rejected"]) {
      for (const language of ["sv", "en"] as const) {
        const offered = mailTemplatesFor(DEFAULT_TEMPLATES, candidate({ stageId }), p, language);
        expect(offered.every(isMailTemplate)).toBe(true);
        expect(offered.every((t) => t.language === language)).toBe(true);
      }
    }
  });

  it("finds the call script in the candidate's language", () => {
    expect(callScriptFor(DEFAULT_TEMPLATES, "en")?.language).toBe("en");
    expect(callScriptFor(DEFAULT_TEMPLATES, "sv")?.kind).toBe("call-script");
    expect(callScriptFor([], "sv")).toBeNull();
  });
});

describe("a note is not contact", () => {
  const log = (contacts: ContactEvent[]) => contactLog(candidate({ contacts }), p);

  it("is labelled a note without a direction, and never becomes the last contact", () => {
    const entries = log([
      mailIn("2026-11-03T09:00:00.000Z"),
      contact({
        at: "2026-11-05T09:00:00.000Z",
        direction: "out",
        channel: "other",
        kind: "note",
        summary: "Ringa på fredag",
      }),
    ]);
    expect(entries[0]).toMatchObject({ contact: false, what: { sv: "Anteckning", en: "Note" } });
    expect(lastContactEntry(entries)?.at).toBe("2026-11-03T09:00:00.000Z");
    expect(lastContactEntry(log([]))).toBeNull();
  });

  it("labels a call that did not reach the candidate as a call attempt", () => {
    const [entry] = log([
      contact({
        at: "2026-11-05T09:00:00.000Z",
        direction: "out",
        channel: "phone",
        kind: "note",
        summary: "Inget svar",
      }),
    ]);
    expect(entry).toMatchObject({ contact: false, what: { sv: "Samtalsförsök", en: "Call attempt" } });
  });

  it("never changes the answer clock, whatever the history and wherever the note falls (property)", () => {
    const base = Date.parse("2026-10-01T00:00:00Z");
    const instant = fc
      .integer({ min: 0, max: 60 * 86_400_000 })
      .map((ms) => new Date(base + ms).toISOString());
    const event = fc
      .record({
        at: instant,
        direction: fc.constantFrom<"in" | "out">("in", "out"),
        kind: fc.constantFrom<ContactEvent["kind"]>(
          "application",
          "message",
          "interview",
          "answer",
          "decision",
        ),
      })
      .map((e) => contact(e));
    const note = fc
      .record({
        at: instant,
        direction: fc.constantFrom<"in" | "out">("in", "out"),
        channel: fc.constantFrom<ContactEvent["channel"]>("other", "phone", "teams"),
      })
      .map((e) => contact({ ...e, kind: "note", summary: "anteckning" }));
    fc.assert(
      fc.property(
        fc.array(event, { maxLength: 6 }),
        fc.array(note, { minLength: 1, maxLength: 3 }),
        instant,
        (events, notes, now) => {
          const without = candidate({ contacts: events });
          const withNotes = candidate({ contacts: [...events, ...notes] });
          expect(answerClock(withNotes, p, settings, now)).toEqual(answerClock(without, p, settings, now));
          const last = lastContactEntry(contactLog(withNotes, p));
          expect(last === null || last.contact).toBe(true);
        },
      ),
    );
  });
});

describe("the preselected template, for any candidate (property)", () => {
  it("is never a decision mail for a candidate who reached interview, nor ever a call script", () => {
    const base = Date.parse("2026-10-01T00:00:00Z");
    const instant = fc
      .integer({ min: 0, max: 60 * 86_400_000 })
      .map((ms) => new Date(base + ms).toISOString());
    const event = fc
      .record({
        at: instant,
        direction: fc.constantFrom<"in" | "out">("in", "out"),
        kind: fc.constantFrom<ContactEvent["kind"]>("application", "message", "interview", "answer", "note"),
        summary: fc.constantFrom("", "När kan jag räkna med besked?", "Tack!"),
      })
      .map((e) => contact(e));
    const stageId = fc.constantFrom(...p.stages.map((s) => s.id));
    const reason = fc.constantFrom(
      "missing-requirement",
      "applied-too-late",
      "others-went-further",
      "other" as const,
    );
    const language = fc.constantFrom<"sv" | "en">("sv", "en");
    fc.assert(
      fc.property(
        fc.array(event, { maxLength: 6 }),
        stageId,
        reason,
        instant,
        language,
        (events, stage, why, now, lang) => {
          const c = candidate({
            stageId: stage,
            contacts: [interviewHeld("2026-09-30T09:00:00.000Z"), ...events],
            rejection: { reason: why, detail: "x" },
          });
          const chosen = preselectedTemplate(
            mailTemplatesFor(DEFAULT_TEMPLATES, c, p, lang),
            nextStep(c, p, answerClock(c, p, settings, now)),
          );
          expect(chosen).not.toBeNull();
          expect(isDecisionMail(chosen!.kind)).toBe(false);
          expect(chosen!.kind).not.toBe("call-script");
          expect(chosen!.language).toBe(lang);
        },
      ),
    );
  });
});
