// The parser's promises, over any scores and any way of writing them: what it reads is what she
// wrote, the quoted original changes nothing, and no reply is ever turned into nothing.
import fc from "fast-check";
import { parseSurveyReply, SURVEY_QUESTIONS, type ParsedReply } from "../../../../src/domain";

const score = fc.integer({ min: 1, max: 5 });
const scores = fc.tuple(score, score, score);
const SV = ["", "ett", "två", "tre", "fyra", "fem"];
const EN = ["", "one", "two", "three", "four", "five"];

type Shape = (s: readonly number[]) => string;
const SHAPES: Record<string, Shape> = {
  spaces: (s) => s.join(" "),
  commas: (s) => s.join(", "),
  lines: (s) => s.join("\n"),
  swedishWords: (s) => s.map((n) => SV[n]).join("\n"),
  englishWords: (s) => s.map((n) => EN[n]).join("\n"),
  slashFive: (s) => s.map((n) => `${n}/5`).join(" "),
  avFem: (s) => s.map((n) => `${n} av 5`).join(", "),
  parenLabels: (s) => s.map((n, i) => `${i + 1}) ${n}`).join(" "),
  dotLabels: (s) => s.map((n, i) => `${i + 1}. ${n}`).join("\n"),
  quotedQuestions: (s) => s.map((n, i) => `${SURVEY_QUESTIONS[i]!.sv} ${n}`).join("\n"),
  inline: (s) => s.map((n, i) => `> ${i + 1}. ${SURVEY_QUESTIONS[i]!.en} (1–5)\n${n}`).join("\n"),
  prose: (s) => `Tydligt, ${s[0]}. Svaret kom: ${s[1]}. Bemötandet ${s[2]}!`,
};
const shape = fc.constantFrom(...Object.keys(SHAPES));

const expected = (s: readonly number[]) => ({
  kind: "parsed",
  scores: { clarity: s[0], speed: s[1], treatment: s[2] },
});

// Quoted originals full of digits that must not count.
const QUOTES = [
  "\n\n________________\nFrån: Maja Lind\nSkickat: den 7 november 2026 10:00\n1. Hur tydlig … (1–5) 2 3 4",
  "\n\n-----Original Message-----\nFrom: Maja Lind\nSent: 7 Nov 2026 10:00\n1 2 3 4 5",
  "\n\nOn Sat, 7 Nov 2026 at 10:00, Maja Lind <maja@nordbank.se> wrote:\n> 5 5 5",
  "\n> 1. Hur tydlig var informationen om processen? 1\n> 2 3 4",
  "\n\nMvh\nÅsa, 070-765 12 34",
];

describe("the survey reply parser", () => {
  it("reads back every score she wrote, in any of the shapes candidates use", () => {
    fc.assert(
      fc.property(scores, shape, (s, name) => {
        expect(parseSurveyReply({ contentType: "text", content: SHAPES[name]!(s) })).toMatchObject(
          expected(s),
        );
      }),
    );
  });

  it("reads the same whatever original is quoted below, and the same from the HTML of it", () => {
    fc.assert(
      fc.property(scores, shape, fc.constantFrom(...QUOTES), (s, name, quote) => {
        const reply = SHAPES[name]!(s) + quote;
        expect(parseSurveyReply({ contentType: "text", content: reply })).toMatchObject(expected(s));
        const asHtml = `<div>${reply
          .replace(/&/g, "&amp;")
          .replace(/</g, "&lt;")
          .replace(/>/g, "&gt;")
          .split("\n")
          .join("<br>")}</div>`;
        expect(parseSurveyReply({ contentType: "html", content: asHtml })).toMatchObject(expected(s));
      }),
    );
  });

  it("never loses a reply: anything is parsed with every score 1–5, or handed over with text", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.boolean(), (content, isHtml) => {
        const r: ParsedReply = parseSurveyReply({ contentType: isHtml ? "html" : "text", content });
        if (r.kind === "parsed") {
          expect(Object.keys(r.scores).sort()).toEqual(["clarity", "speed", "treatment"]);
          for (const v of Object.values(r.scores)) expect([1, 2, 3, 4, 5]).toContain(v);
        } else {
          expect(r.kind).toBe("needs-scoring");
          if (content.trim() !== "" && !isHtml) expect(r.text.length).toBeGreaterThan(0);
        }
      }),
    );
  });

  it("never reads a reply with more numbers than questions as scores", () => {
    fc.assert(
      fc.property(fc.array(score, { minLength: 4, maxLength: 8 }), (s) => {
        expect(parseSurveyReply({ contentType: "text", content: s.join(" ") }).kind).toBe("needs-scoring");
      }),
    );
  });
});
