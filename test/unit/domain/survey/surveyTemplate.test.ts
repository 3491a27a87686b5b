// The survey mail a candidate gets after the decision: it reads as a recruiter's, renders for every
// candidate, carries the tag that makes the reply recognisable, and the candidate's reply with the
// numbers it asks for is read back.
import {
  carriesSurveyMarker,
  defaultTemplate,
  parseSurveyReply,
  renderForCandidate,
} from "../../../../src/domain";
import { candidate, process } from "../fixtures";

describe("Svara's survey mail", () => {
  it.each(["sv", "en"] as const)(
    "renders in %s for a candidate who has left, with no form link",
    (language) => {
      const left = candidate({ stageId: "rejected", leftAt: "2026-11-06T10:00:00.000Z" });
      const r = renderForCandidate(
        defaultTemplate("survey-reply", language),
        left,
        process({ surveyUrl: null }),
      );
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      expect(carriesSurveyMarker(r.value.subject)).toBe(true);
      expect(r.value.text).toMatch(/1\. .*\n2\. .*\n3\. .*\n4\. /);
      expect(r.value.text).not.toContain("https://");
    },
  );

  it("recognises the tag behind Outlook's 'SV:' and 'Re:', and nothing in an ordinary subject", () => {
    expect(carriesSurveyMarker("SV: [Enkät] Tre snabba frågor om rekryteringen – Backendutvecklare")).toBe(
      true,
    );
    expect(carriesSurveyMarker("RE: [survey] Three quick questions")).toBe(true);
    expect(carriesSurveyMarker("SV: Tack för din ansökan – Backendutvecklare")).toBe(false);
    expect(carriesSurveyMarker(null)).toBe(false);
  });

  it("reads a reply written as the mail asks, with the mail quoted below", () => {
    const sent = defaultTemplate("survey-reply", "sv");
    const reply = `5, 4, 5\nTydligt från början.\n\n________________\nFrån: Maja\n\n${sent.body}`;
    expect(parseSurveyReply({ contentType: "text", content: reply })).toEqual({
      kind: "parsed",
      scores: { clarity: 5, speed: 4, treatment: 5 },
      comment: "Tydligt från början.",
    });
  });
});
