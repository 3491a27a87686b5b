import fc from "fast-check";
import {
  addCandidate,
  candidateLanguage,
  guessLanguage,
  languageScore,
  parseProcessDocument,
  processToJson,
  updateDetails,
} from "../../../src/domain";
import { candidate, process } from "./fixtures";

describe("the language a candidate writes in", () => {
  it.each([
    [
      "Ansökan: Backend-utvecklare\nHello! I am applying for the backend developer role (Kotlin, Postgres, Kafka).",
      "en",
    ],
    [
      "Application: Säljare – Solkraft AB\nHello Maja, I saw the advert for the sales role and would like to apply.",
      "en",
    ],
    ["Hola! I'm applying for the sales role; I speak Swedish and Spanish.", "en"],
    [
      "Ansökan: Säljare\nHej Maja! Jag såg annonsen för säljartjänsten och vill gärna söka. CV bifogat.",
      "sv",
    ],
    ["Hei! Jag söker säljartjänsten hos Solkraft.", "sv"],
  ])("is guessed from the mail: %s → %s", (text, language) => expect(guessLanguage(text)).toBe(language));

  it.each(["", "CV", "Ansökan", "Åsa Öberg", "Kotlin, Postgres, Kafka", "Hej! Thanks, tack and regards"])(
    "is not guessed when the mail does not say clearly: %j",
    (text) => expect(guessLanguage(text)).toBeNull(),
  );

  it("does not let a Swedish name or subject outvote an English mail", () => {
    expect(languageScore("Åsa Öberg Åström Ärlig Önskan").sv).toBe(2);
    expect(
      guessLanguage("Ansökan: Säljare – Åsa Öberg\nHi, please find my application attached. Best regards"),
    ).toBe("en");
  });

  it("falls back to the process's language when the candidate has none", () => {
    expect(candidateLanguage(candidate(), process({ language: "sv" }))).toBe("sv");
    expect(candidateLanguage(candidate({ language: "en" }), process({ language: "sv" }))).toBe("en");
  });

  it("never guesses from text that has no words of either language (property)", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9 ,.:!?-]*$/), (text) => expect(guessLanguage(text)).toBeNull()),
    );
  });
});

describe("a candidate's language in the process document", () => {
  const p = process({
    candidates: [candidate({ language: "en" }), candidate({ id: "c-2", emails: ["b@example.se"] })],
  });

  it("survives a round trip, and is absent (the process's) for candidates written before it", () => {
    const read = parseProcessDocument(JSON.parse(processToJson(p)));
    expect(read.ok && read.value.process.candidates.map((c) => c.language)).toEqual(["en", undefined]);
    expect(read.ok && read.value.warnings).toEqual([]);
  });

  it("drops a language it does not know, with a warning", () => {
    const doc = JSON.parse(processToJson(p));
    doc.candidates[0].language = "de";
    const read = parseProcessDocument(doc);
    expect(read.ok && read.value.process.candidates[0]!.language).toBeUndefined();
    expect(read.ok && read.value.warnings.map((w) => w.field)).toContain("candidates.0.language");
  });
});

describe("setting a candidate's language", () => {
  it("is kept when they are added with a guess, absent without one", () => {
    const input = {
      candidateId: "c-new",
      name: "Emily Carter",
      email: "emily@example.com",
      phone: null,
      linkedInUrl: null,
      stageId: null,
      sourceMail: null,
    };
    const now = "2026-11-03T09:00:00.000Z";
    const added = addCandidate(process(), { ...input, language: "en" }, now, now);
    expect(added.ok && added.value.candidates[0]!.language).toBe("en");
    const plain = addCandidate(process(), input, now, now);
    expect(plain.ok && "language" in plain.value.candidates[0]!).toBe(false);
  });

  it("is the recruiter's to change in the details, and to clear back to the process's", () => {
    const c = candidate();
    const en = updateDetails(c, { language: "en" });
    expect(en.ok && en.value.language).toBe("en");
    const cleared = en.ok ? updateDetails(en.value, { language: null }) : en;
    expect(cleared.ok && "language" in cleared.value).toBe(false);
    expect(updateDetails(c, { language: null })).toEqual({ ok: true, value: c });
    const bad = updateDetails(c, { language: "de" as "sv" });
    expect(!bad.ok && bad.error.code).toBe("invalid-language");
  });
});
