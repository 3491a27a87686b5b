// Ten ways candidates answer a survey mail, as a recruiter sees them in her inbox. Each is either
// read into scores or handed to her to score by hand — never lost.
import { parseSurveyReply, type ParsedReply } from "../../../../src/domain";

const text = (content: string): ParsedReply => parseSurveyReply({ contentType: "text", content });
const html = (content: string): ParsedReply => parseSurveyReply({ contentType: "html", content });

const OUTLOOK_QUOTE = `
________________________________
Från: Maja Lind <maja.lind@nordbank.se>
Skickat: den 7 november 2026 10:00
Till: Åsa Öberg <asa.oberg@example.se>
Ämne: Tre snabba frågor om rekryteringen [Enkät]

1. Hur tydlig var informationen om processen? (1–5)
2. Hur snabbt fick du besked? (1–5)
3. Hur väl bemött kände du dig? (1–5)
4. Vad kunde vi ha gjort bättre? En mening räcker.`;

describe("ten survey replies a recruiter gets", () => {
  it("1. three bare numbers on one line, the original below Outlook's line", () => {
    expect(text(`4 5 3${OUTLOOK_QUOTE}`)).toEqual({
      kind: "parsed",
      scores: { clarity: 4, speed: 5, treatment: 3 },
      comment: "",
    });
  });

  it("2. numbers written as Swedish words, one per line, signed off", () => {
    expect(text("fyra\nfem\ntre\n\nMvh\nÅsa Öberg")).toMatchObject({
      kind: "parsed",
      scores: { clarity: 4, speed: 5, treatment: 3 },
    });
  });

  it("3. English words and scores out of five", () => {
    expect(text("four/5, five out of 5, 3 of 5\n\nSent from my iPhone")).toMatchObject({
      kind: "parsed",
      scores: { clarity: 4, speed: 5, treatment: 3 },
    });
  });

  it("4. '4 av 5' with her sentences between the numbers, the sentence kept as the comment", () => {
    const r = text(
      "Informationen var tydlig, 4 av 5. Beskedet dröjde lite: 3. Jag blev väldigt väl bemött, 5.",
    );
    expect(r).toMatchObject({ kind: "parsed", scores: { clarity: 4, speed: 3, treatment: 5 } });
    expect(r.comment).toContain("Beskedet dröjde lite");
    expect(r.comment).not.toMatch(/\d/);
  });

  it("5. a numbered list on one line, '1) 4 2) 5 3) 3', and the free sentence after '4)'", () => {
    const r = text("1) 4 2) 5 3) 3 4) Snabbare återkoppling efter intervjun.");
    expect(r).toEqual({
      kind: "parsed",
      scores: { clarity: 4, speed: 5, treatment: 3 },
      comment: "Snabbare återkoppling efter intervjun.",
    });
  });

  it("6. the questions quoted back, inline, with her score under each '> ' line", () => {
    const r = text(
      [
        "> 1. Hur tydlig var informationen om processen? (1–5)",
        "4",
        "> 2. Hur snabbt fick du besked? (1–5)",
        "2",
        "> 3. Hur väl bemött kände du dig? (1–5)",
        "5",
        "> 4. Vad kunde vi ha gjort bättre? En mening räcker.",
        "Ring hellre än mejla.",
      ].join("\n"),
    );
    expect(r).toEqual({
      kind: "parsed",
      scores: { clarity: 4, speed: 2, treatment: 5 },
      comment: "Ring hellre än mejla.",
    });
  });

  it("7. the questions copied into her reply with the score after each, in English", () => {
    const r = text(
      [
        "How clear was the information about the process? 5",
        "How quickly did you hear back from us? 4",
        "How well were you treated? 5",
        "Nothing, it was great.",
      ].join("\n"),
    );
    expect(r).toMatchObject({ kind: "parsed", scores: { clarity: 5, speed: 4, treatment: 5 } });
    expect(r.comment).toBe("Nothing, it was great.");
  });

  it("8. an HTML reply from Outlook on the web, her answer in a <div>, the quote in divRplyFwdMsg", () => {
    const r = html(
      `<html><head><style>p{margin:0}</style></head><body><div>1. 3<br>2. 4<br>3. 5</div>` +
        `<div>Tack f&ouml;r en &quot;schysst&quot; process!</div><hr>` +
        `<div id="divRplyFwdMsg"><b>Från:</b> Maja Lind<br>1. Hur tydlig … (1–5)</div></body></html>`,
    );
    expect(r).toEqual({
      kind: "parsed",
      scores: { clarity: 3, speed: 4, treatment: 5 },
      comment: 'Tack för en "schysst" process!',
    });
  });

  it("9. a single number for three questions goes to the recruiter, with what she wrote", () => {
    const r = text(
      "4\n\nDen 7 nov. 2026 kl. 10:00 skrev Maja Lind <maja.lind@nordbank.se>:\n> 1. Hur tydlig …",
    );
    expect(r).toMatchObject({ kind: "needs-scoring", reason: "missing", text: "4" });
  });

  it("10. prose with a number that is not a score ('tre veckor', '10 dagar') goes to the recruiter", () => {
    const r = text("Det tog tre veckor innan jag hörde något, och sedan 10 dagar till. Annars bra.");
    expect(r.kind).toBe("needs-scoring");
    if (r.kind === "needs-scoring") expect(r.text).toContain("tre veckor");
  });
});

describe("what is never lost", () => {
  it("hands over an empty reply with the whole body, so the recruiter sees what came", () => {
    const r = text("> 1. Hur tydlig var informationen om processen?");
    expect(r).toMatchObject({ kind: "needs-scoring", reason: "no-scores" });
    if (r.kind === "needs-scoring") expect(r.text).toContain("Hur tydlig");
  });

  it("hands over a six as out of range, keeping the scores it could place", () => {
    const r = text("1) 4 2) 6 3) 5");
    expect(r).toMatchObject({
      kind: "needs-scoring",
      reason: "out-of-range",
      suggested: { clarity: 4, treatment: 5 },
    });
  });

  it("hands over a reply with a score before any numbered question", () => {
    expect(text("5\n1) 4 2) 4 3) 4")).toMatchObject({ kind: "needs-scoring", reason: "ambiguous" });
  });

  it("reads 'fråga 2: fem' style labels and ignores the '1–5' scale quoted back", () => {
    expect(text("Fråga 1: 2 (1–5)\nFråga 2: fem\nFråga 3: fyra")).toMatchObject({
      kind: "parsed",
      scores: { clarity: 2, speed: 5, treatment: 4 },
    });
  });
});
