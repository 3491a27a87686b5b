// Names and text at the edge: whatever a recruiter types or a mail brings, what Svara stores and
// sends is text XML can carry, and a name is never longer than the places it goes can hold.
import fc from "fast-check";
import {
  addCandidate,
  candidateNameFromMail,
  charCount,
  cleanName,
  cleanText,
  fitLength,
  plan,
  TEXT_LIMITS,
  updateDetails,
  validateName,
  validateProcessFields,
  processFieldsOf,
} from "../../../src/domain";
import { applied, candidate, interviewHeld, process, settings } from "./fixtures";

// eslint-disable-next-line no-control-regex -- looking for control characters is the point
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/;
const LONE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const HOSTILE = "Åsa\u0000 Öberg-\u0007Ñúñez \uD800<script>&\u001b[31m\r\n";
const anyText = fc.string({ unit: "binary", maxLength: 80 });

describe("text a recruiter or a mail gives us", () => {
  it("keeps what was typed, minus what XML cannot carry, whatever was typed", () => {
    fc.assert(
      fc.property(anyText, (raw) => {
        const text = cleanText(raw);
        expect(NOT_XML.test(text)).toBe(false);
        expect(LONE.test(text)).toBe(false);
        expect(text).toBe(text.normalize("NFC"));
        expect(cleanText(text)).toBe(text); // cleaning twice = once
      }),
    );
  });

  it("keeps line breaks and tabs in a note, as one kind of line break", () => {
    expect(cleanText("rad 1\r\nrad 2\rrad 3\n\tslut")).toBe("rad 1\nrad 2\nrad 3\n\tslut");
  });

  it("writes a name on one line, composed (NFC), with single spaces", () => {
    fc.assert(
      fc.property(anyText, (raw) => {
        const name = cleanName(raw);
        expect(/[\n\t\r]| {2}/.test(name)).toBe(false);
        expect(name).toBe(name.trim());
        expect(cleanName(name)).toBe(name);
      }),
    );
    expect(cleanName(HOSTILE)).toBe("Åsa Öberg-Ñúñez \uFFFD<script>&[31m");
    expect(cleanName("A\u030Asa")).toBe("Åsa"); // decomposed Å, as a Mac may send it
  });

  it("cuts a text to whole characters, never half an emoji", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "grapheme", maxLength: 300 }),
        fc.integer({ min: 2, max: 300 }),
        (s, max) => {
          const cut = fitLength(s, max);
          expect(LONE.test(cut)).toBe(false);
          if (charCount(s) <= max) expect(cut).toBe(s);
          else expect(charCount(cut) === max && cut.endsWith("…")).toBe(true);
        },
      ),
    );
  });
});

describe("a name longer than Outlook, To Do and OneNote can hold", () => {
  it("takes a name of 100 characters and refuses 101, saying so in Swedish and English", () => {
    expect(validateName("Å".repeat(TEXT_LIMITS.name), "name")).toEqual({ ok: true, value: "Å".repeat(100) });
    const r = validateName("Å".repeat(101), "name");
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toMatchObject({ code: "text-too-long", field: "name", retryable: false });
    expect(r.error.message.sv).toContain("Högst 100 tecken");
    expect(r.error.message.en).toContain("At most 100 characters");
  });

  it("refuses a 60 KB name when a candidate is added or renamed, and cleans a hostile one", () => {
    const huge = "x".repeat(60 * 1024);
    const input = {
      candidateId: "c-ny",
      name: huge,
      email: "ny@example.se",
      phone: null,
      linkedInUrl: null,
      stageId: null,
      sourceMail: null,
    };
    const at = "2026-11-24T15:00:00.000Z";
    const added = addCandidate(process(), input, at, at);
    expect(!added.ok && added.error.code).toBe("text-too-long");
    const renamed = updateDetails(candidate(), { name: huge });
    expect(!renamed.ok && renamed.error.code).toBe("text-too-long");
    const hostile = addCandidate(process(), { ...input, name: HOSTILE }, at, at);
    expect(hostile.ok && hostile.value.candidates.at(-1)!.name).toBe("Åsa Öberg-Ñúñez \uFFFD<script>&[31m");
    expect(updateDetails(candidate(), { name: "\u0000 \u0007" })).toMatchObject({ ok: false });
  });

  it("offers a mail's absurd display name cut to what fits, rather than an add that fails", () => {
    const name = candidateNameFromMail({ name: "Å".repeat(5000) + "\u0000", email: "a@b.se" });
    expect(charCount(name)).toBe(TEXT_LIMITS.name);
    expect(validateName(name, "name").ok).toBe(true);
  });

  it("refuses a process title or organisation too long for its Outlook category", () => {
    const fields = processFieldsOf(process());
    expect(validateProcessFields({ ...fields, title: "T".repeat(101) }).map((e) => e.field)).toEqual([
      "title",
    ]);
    expect(validateProcessFields({ ...fields, organisation: "O".repeat(101) }).map((e) => e.field)).toEqual([
      "organisation",
    ]);
    // "Svara: {title} – {organisation}" must fit Outlook's 255 characters.
    expect(7 + TEXT_LIMITS.processTitle + 3 + TEXT_LIMITS.processTitle).toBeLessThanOrEqual(
      TEXT_LIMITS.subject,
    );
  });

  it("plans follow-up titles that fit a subject, even for a name stored before names were checked", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 400 }), (name) => {
        const who = candidate({ name, contacts: [applied("2026-11-03T09:12:00.000Z")] });
        const after = candidate({ name, contacts: [interviewHeld("2026-11-10T09:00:00.000Z")] });
        for (const c of [who, after]) {
          for (const f of plan(c, process(), settings, "2026-11-12T08:00:00.000Z")) {
            for (const title of [f.title.sv, f.title.en]) {
              expect(charCount(title)).toBeLessThanOrEqual(TEXT_LIMITS.subject);
              expect(NOT_XML.test(title) || LONE.test(title)).toBe(false);
            }
          }
        }
      }),
      { numRuns: 60 },
    );
  });
});
