// What a recruiter could feed the transitions, over a small world so that inputs collide: the same
// candidates, addresses, contact ids and notes, valid and invalid values.
import fc from "fast-check";
import type {
  CandidateChanges,
  ContactEvent,
  NewCandidate,
  NewNote,
  StageMove,
} from "../../../../src/domain";

const at = fc
  .integer({ min: 0, max: 10 })
  .map((d) => `2026-11-${String(10 + d).padStart(2, "0")}T09:00:00.000Z`);

export const newCandidateArb: fc.Arbitrary<NewCandidate> = fc.record({
  candidateId: fc.constantFrom("c-asa-oberg", "c-erik-nilsson", "c-li-wei", "c-nora-berg", "Not An Id"),
  name: fc.constantFrom("Erik", "Li Wei", " Nora Berg ", ""),
  email: fc.constantFrom("a@example.se", "B@Example.se", " b@example.se", "asa.oberg@example.se", "nope"),
  phone: fc.constantFrom(null, "", "070-111 22 33", "fel"),
  linkedInUrl: fc.constantFrom(null, " ", "https://www.linkedin.com/in/li", "https://example.se"),
  stageId: fc.constantFrom(null, "screening", "nope"),
  sourceMail: fc.option(
    fc.record({
      messageId: fc.constantFrom("AAMk-1", "AAMk-2"),
      internetMessageId: fc.constantFrom(undefined, null, "<a@example.se>"),
      at,
      subject: fc.constantFrom("Ansökan", "Hej"),
    }),
  ),
});

export const stageMoveArb: fc.Arbitrary<StageMove> = fc.record({
  stageId: fc.constantFrom("applied", "screening", "interview", "rejected", "withdrawn", "hired", "nope"),
  rejection: fc.oneof(
    fc.constant(null),
    fc.record({
      reason: fc.constantFrom("missing-requirement", "applied-too-late", "others-went-further", "other"),
      detail: fc.constantFrom("", "  ", "Java", " Kubernetes "),
    }),
  ),
});

export const changesArb: fc.Arbitrary<CandidateChanges> = fc.record(
  {
    name: fc.constantFrom("Åsa Öberg", " Åsa ", "", "  "),
    emails: fc.constantFrom([], ["x@example.se"], ["X@example.se", "x@example.se", "y@example.se"], ["fel"]),
    phone: fc.constantFrom(null, "", "070-111 22 33", "+46 70 123 45 67", "fel"),
    linkedInUrl: fc.constantFrom(null, "", "https://www.linkedin.com/in/asa", "https://example.se"),
  },
  { requiredKeys: [] },
);

export const contactArb: fc.Arbitrary<ContactEvent> = fc
  .record({
    id: fc.constantFrom("k-1", "k-2", "send:u-1", "mail:x@y"),
    at,
    out: fc.boolean(),
    channel: fc.constantFrom("email", "phone"),
    summary: fc.constantFrom("", "Besked"),
    messageId: fc.constantFrom(null, "AAMk-1"),
  })
  .map(({ out, channel, ...c }) => ({
    ...c,
    direction: out ? "out" : "in",
    channel,
    kind: out ? "answer" : "message",
    eventId: null,
  }));

export const noteArb: fc.Arbitrary<NewNote> = fc.record({
  noteId: fc.constantFrom("n-1", "n-2"),
  at,
  text: fc.string({ unit: "binary", maxLength: 400 }),
});
