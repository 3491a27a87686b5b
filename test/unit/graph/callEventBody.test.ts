// The booked call's event: the recruiter reads each talking point once, in the call section.
import { plan, type FollowUp } from "../../../src/domain";
import { callEventHtml } from "../../../src/graph/adapters-support/callEventBody";
import { formatPhone } from "../../../src/i18n/phone";
import { applied, candidate, interviewHeld, mailOut, process, settings } from "../domain/fixtures";

const callAfterInterview = (): FollowUp => {
  const after = candidate({
    stageId: "interview",
    contacts: [
      applied("2026-11-03T09:12:00.000Z"),
      mailOut("2026-11-04T09:00:00.000Z"),
      interviewHeld("2026-11-12T13:00:00.000Z"),
    ],
  });
  const call = plan(after, process(), settings, "2026-11-12T15:00:00.000Z").find((f) => f.kind === "call");
  if (!call) throw new Error("no call planned");
  return call;
};

const count = (text: string, part: string): number => text.split(part).length - 1;

describe("the call event's body", () => {
  it.each(["sv", "en"] as const)("lists the phone number and each talking point once (%s)", (language) => {
    const f = callAfterInterview();
    const html = callEventHtml(f, language);
    for (const point of f.call!.talkingPoints[language]) expect(count(html, point)).toBe(1);
    expect(count(html, f.call!.phone)).toBe(2); // the link's text and its tel: target, once each
    expect(html).toContain(`<a href="tel:${f.call!.phone}">`);
  });

  it("keeps the body's own lines that are not part of the call section", () => {
    const f = callAfterInterview();
    const html = callEventHtml(
      { ...f, body: { ...f.body, sv: `Boka gärna om vid behov.\n${f.body.sv}` } },
      "sv",
    );
    expect(html).toContain("Boka gärna om vid behov.");
  });

  it.each([
    ["sv", "070-123 45 67"],
    ["en", "+46 70 123 45 67"],
  ] as const)(
    "shows the number as the recruiter writes it and dials the stored one (%s)",
    (language, shown) => {
      const f = callAfterInterview();
      const html = callEventHtml(f, language, (stored, lang) => formatPhone(stored, lang).text);
      expect(f.call!.phone).toBe("+46701234567");
      expect(html).toContain(`<a href="tel:+46701234567">${shown}</a>`);
      // Still once: the planner's own "Telefon: +46701234567" line is not repeated above the call section.
      expect(count(html, "+46701234567")).toBe(1);
      expect(count(html, shown)).toBe(1);
    },
  );
});
