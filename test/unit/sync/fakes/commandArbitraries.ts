// Commands a recruiter could make, over a small world so that they collide: the same candidates,
// contact ids and notes, valid and invalid values.
import fc from "fast-check";
import { makeCommand, type Command } from "../../../../src/sync/commands";

const NOW = "2026-11-25T10:00:00.000Z";
const ref = { processId: "p-nordbank-backend" };

const candidateIds = fc.constantFrom("c-asa-oberg", "c-erik-nilsson", "c-li-wei");
const stamp = fc.record({
  n: fc.nat(),
  at: fc.integer({ min: 0, max: 10 }).map((d) => `2026-11-${String(10 + d).padStart(2, "0")}T09:00:00.000Z`),
});
export const commandArb: fc.Arbitrary<Omit<Command, "id">> = fc.oneof(
  fc
    .record({
      c: candidateIds,
      email: fc.constantFrom("a@example.se", "b@example.se", "asa.oberg@example.se"),
      name: fc.constantFrom("Erik", "Li Wei", ""),
    })
    .map(({ c, email, name }) =>
      makeCommand(
        "AddCandidate",
        {
          processId: ref.processId,
          candidateId: c,
          name,
          email,
          phone: null,
          linkedInUrl: null,
          stageId: null,
          sourceMail: null,
        },
        { id: "", createdAt: NOW },
      ),
    ),
  fc
    .record({
      c: candidateIds,
      stage: fc.constantFrom("screening", "interview", "rejected", "withdrawn", "hired", "nope"),
      reason: fc.constantFrom(null, "applied-too-late", "missing-requirement"),
      s: stamp,
    })
    .map(({ c, stage, reason, s }) =>
      makeCommand(
        "MoveStage",
        {
          processId: ref.processId,
          candidateId: c,
          stageId: stage,
          rejection: reason ? { reason, detail: "Java" } : null,
        } as never,
        { id: "", createdAt: s.at },
      ),
    ),
  fc
    .record({
      c: candidateIds,
      name: fc.option(fc.string()),
      phone: fc.option(fc.constantFrom("070-111 22 33", "fel", ""), { nil: undefined }),
      emails: fc.option(fc.constantFrom(["x@example.se"], ["X@example.se", "y@example.se"], []), {
        nil: undefined,
      }),
    })
    .map(({ c, name, phone, emails }) =>
      makeCommand(
        "UpdateCandidate",
        {
          processId: ref.processId,
          candidateId: c,
          changes: {
            ...(name !== null ? { name } : {}),
            ...(phone !== undefined ? { phone } : {}),
            ...(emails !== undefined ? { emails } : {}),
          },
        },
        { id: "", createdAt: NOW },
      ),
    ),
  fc
    .record({ c: candidateIds, k: fc.constantFrom("k-1", "k-2", "mail:x@y"), out: fc.boolean(), s: stamp })
    .map(({ c, k, out, s }) =>
      makeCommand(
        "LogContact",
        {
          processId: ref.processId,
          candidateId: c,
          contact: {
            id: k,
            at: s.at,
            direction: out ? "out" : "in",
            channel: "email",
            kind: out ? "answer" : "message",
            summary: "",
            messageId: null,
            eventId: null,
          },
        },
        { id: "", createdAt: s.at },
      ),
    ),
  fc
    .record({
      c: candidateIds,
      k: fc.constantFrom("n-1", "n-2"),
      text: fc.string({ unit: "binary", maxLength: 400 }),
    })
    .map(({ c, k, text }) =>
      makeCommand(
        "AddNote",
        { processId: ref.processId, candidateId: c, noteId: k, at: NOW, text },
        { id: "", createdAt: NOW },
      ),
    ),
  candidateIds.map((c) =>
    makeCommand(
      "LinkMail",
      { processId: ref.processId, candidateId: c, messageId: "m-1" },
      { id: "", createdAt: NOW },
    ),
  ),
  fc
    .record({ c: candidateIds, f: fc.constantFrom("f-1", "f-2") })
    .map(({ c, f }) =>
      makeCommand(
        "CompleteFollowUp",
        { processId: ref.processId, candidateId: c, followUpId: f },
        { id: "", createdAt: NOW },
      ),
    ),
);
