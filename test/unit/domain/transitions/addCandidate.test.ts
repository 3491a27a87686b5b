import fc from "fast-check";
import { addCandidate, type NewCandidate, type Process, type Result } from "../../../../src/domain";
import { candidate, process } from "../fixtures";
import { newCandidateArb } from "./arbitraries";

const NOW = "2026-11-25T10:00:00.000Z";
const ADDED = "2026-11-25T09:00:00.000Z";
const start = process({ candidates: [candidate()] });

const erik: NewCandidate = {
  candidateId: "c-erik-nilsson",
  name: " Erik Nilsson ",
  email: "Erik.Nilsson@Example.se",
  phone: "070-765 43 21",
  linkedInUrl: null,
  stageId: null,
  sourceMail: {
    messageId: "AAMk-1",
    internetMessageId: "<abc@example.se>",
    at: "2026-11-24T08:00:00.000Z",
    subject: "Ansökan",
  },
};

function value(r: Result<Process>): Process {
  if (!r.ok) throw new Error(r.error.code);
  return r.value;
}

describe("adding a candidate to a process", () => {
  it("adds a candidate from their application mail, the mail as their first contact", () => {
    const added = value(addCandidate(start, erik, ADDED, NOW)).candidates[1]!;
    expect(added).toMatchObject({
      name: "Erik Nilsson",
      emails: ["erik.nilsson@example.se"],
      phone: "+46707654321",
      stageId: "applied",
      createdAt: ADDED,
      updatedAt: NOW,
    });
    expect(added.contacts).toEqual([
      expect.objectContaining({
        id: "mail:abc@example.se",
        kind: "application",
        direction: "in",
        messageId: "AAMk-1",
      }),
    ]);
  });

  it("adds someone the recruiter met elsewhere with no mail, no phone and no LinkedIn", () => {
    const nora = value(
      addCandidate(
        start,
        {
          ...erik,
          candidateId: "c-nora",
          email: "nora@example.se",
          phone: " ",
          linkedInUrl: " ",
          sourceMail: null,
        },
        ADDED,
        NOW,
      ),
    ).candidates[1]!;
    expect(nora).toMatchObject({ phone: null, linkedInUrl: null, contacts: [] });
  });

  it("refuses a second candidate with an address already in the process", () => {
    const r = addCandidate(
      start,
      { ...erik, candidateId: "c-twin", email: "Asa.Oberg@example.se " },
      ADDED,
      NOW,
    );
    expect(!r.ok && r.error).toMatchObject({ code: "duplicate-candidate", field: "email" });
  });

  it("changes nothing — the very same process — when the candidate is already in", () => {
    expect(
      addCandidate(start, { ...erik, candidateId: "c-asa-oberg", email: "ny@example.se" }, ADDED, NOW),
    ).toEqual({ ok: true, value: start });
    expect(value(addCandidate(start, { ...erik, candidateId: "c-asa-oberg" }, ADDED, NOW))).toBe(start);
  });

  it("says what is wrong with an address, a number or the candidate itself", () => {
    expect(addCandidate(start, { ...erik, email: "erik" }, ADDED, NOW)).toMatchObject({
      error: { code: "invalid-email" },
    });
    expect(addCandidate(start, { ...erik, phone: "ring mig" }, ADDED, NOW)).toMatchObject({
      error: { code: "invalid-phone" },
    });
    expect(
      addCandidate(start, { ...erik, linkedInUrl: "https://example.se/erik" }, ADDED, NOW),
    ).toMatchObject({
      error: { code: "invalid-linkedin-url" },
    });
    // Several problems: the first one is the error, all of them its cause, for a form to show.
    const r = addCandidate(start, { ...erik, candidateId: "Erik!", name: " ", stageId: "nope" }, ADDED, NOW);
    expect(!r.ok && r.error.code).toBe("invalid-id");
    expect(!r.ok && (r.error.cause as { code: string }[]).map((e) => e.code)).toEqual([
      "invalid-id",
      "required",
      "unknown-stage",
    ]);
  });

  it("adding the same candidate twice gives what adding them once gave", () => {
    fc.assert(
      fc.property(newCandidateArb, (input) => {
        const once = addCandidate(start, input, ADDED, NOW);
        if (!once.ok) return;
        expect(addCandidate(once.value, input, ADDED, "2026-11-26T10:00:00.000Z")).toEqual({
          ok: true,
          value: once.value,
        });
        expect(value(addCandidate(once.value, input, ADDED, NOW))).toBe(once.value);
      }),
    );
  });

  it("never lets two candidates of one process share an address, whatever the recruiter adds", () => {
    fc.assert(
      fc.property(fc.array(newCandidateArb, { maxLength: 12 }), (inputs) => {
        let p = start;
        for (const input of inputs) {
          const r = addCandidate(p, input, ADDED, NOW);
          if (r.ok) p = r.value;
        }
        const emails = p.candidates.flatMap((c) => c.emails);
        expect(new Set(emails).size).toBe(emails.length);
        expect(new Set(p.candidates.map((c) => c.id)).size).toBe(p.candidates.length);
      }),
    );
  });
});
