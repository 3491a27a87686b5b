import fc from "fast-check";
import { DEFAULT_SETTINGS } from "../../../src/domain";
import { candidate, process } from "../domain/fixtures";
import { applyCommand, type Processes } from "../../../src/sync/applyCommand";
import { callContact, type Command } from "../../../src/sync/commands";
import { commandArb } from "./fakes/commandArbitraries";
import { cmd } from "./fakes/commandsFor";

const NOW = "2026-11-25T10:00:00.000Z";
const ref = { processId: "p-nordbank-backend", candidateId: "c-asa-oberg" };
const start: Processes = [process({ candidates: [candidate()] })];
const asa = (ps: Processes) => ps[0]!.candidates.find((c) => c.id === "c-asa-oberg")!;

function value(r: ReturnType<typeof applyCommand>): Processes {
  if (!r.ok) throw new Error(r.error.code);
  return r.value;
}

describe("the dispatcher: each command goes to its domain transition", () => {
  const addErik = cmd(
    "AddCandidate",
    {
      processId: "p-nordbank-backend",
      candidateId: "c-erik-nilsson",
      name: "Erik Nilsson",
      email: "erik.nilsson@example.se",
      phone: null,
      linkedInUrl: null,
      stageId: null,
      sourceMail: null,
    },
    "2026-11-25T08:00:00.000Z",
  );

  it("adds a candidate, added when the recruiter added them, the process stamped now", () => {
    const [nordbank] = value(applyCommand(start, addErik, NOW));
    expect(nordbank!.updatedAt).toBe(NOW);
    expect(nordbank!.candidates[1]).toMatchObject({
      id: "c-erik-nilsson",
      createdAt: "2026-11-25T08:00:00.000Z",
    });
  });

  it("rejects with the reason, left when the recruiter decided, by the settings' retention", () => {
    const move = cmd(
      "MoveStage",
      { ...ref, stageId: "rejected", rejection: { reason: "applied-too-late", detail: "" } },
      "2026-11-25T09:30:00.000Z",
    );
    const moved = asa(value(applyCommand(start, move, NOW, { ...DEFAULT_SETTINGS, retentionMonths: 6 })));
    expect(moved).toMatchObject({
      stageId: "rejected",
      leftAt: "2026-11-25T09:30:00.000Z",
      retentionUntil: "2027-05-25",
      updatedAt: NOW,
    });
    const bare = applyCommand(start, cmd("MoveStage", { ...ref, stageId: "rejected", rejection: null }), NOW);
    expect(!bare.ok && bare.error.code).toBe("rejection-reason-missing");
  });

  it("updates details, logs a contact and keeps a note on the candidate", () => {
    const updated = applyCommand(
      start,
      cmd("UpdateCandidate", { ...ref, changes: { phone: "08-123 456 78" } }),
      NOW,
    );
    expect(asa(value(updated)).phone).toBe("+46812345678");
    const called = applyCommand(
      start,
      cmd("LogContact", { ...ref, contact: callContact("k-c", NOW, "reached", "") }),
      NOW,
    );
    expect(asa(value(called)).contacts.map((c) => c.id)).toContain("k-c");
    const noted = applyCommand(
      start,
      cmd("AddNote", { ...ref, noteId: "n-1", at: NOW, text: "Bra samtal" }),
      NOW,
    );
    expect(asa(value(noted)).contacts.find((c) => c.id === "n-1")?.summary).toBe("Bra samtal");
  });

  it("links and drafts without changing the document, as long as the candidate is there", () => {
    const link = cmd("LinkMail", { ...ref, messageId: "m-1" });
    expect(value(applyCommand(start, link, NOW))).toBe(start);
    const event = cmd("LinkEvent", { ...ref, eventId: "e-1" });
    expect(value(applyCommand(start, event, NOW))).toBe(start);
    expect(value(applyCommand(start, cmd("CreateDrafts", { drafts: [] }), NOW))).toBe(start);
    const gone = applyCommand([process()], link, NOW);
    expect(!gone.ok && gone.error.code).toBe("candidate-not-found");
  });

  it("records a ticked-off follow-up on the candidate once, so the planner plans it no more", () => {
    const tick = cmd("CompleteFollowUp", { ...ref, followUpId: "f-1" });
    const once = value(applyCommand(start, tick, NOW));
    expect(asa(once)).toMatchObject({ completedFollowUps: ["f-1"], updatedAt: NOW });
    expect(value(applyCommand(once, tick, "2026-11-26T10:00:00.000Z"))).toBe(once);
    // A tick stored by an older version still names the To Do task: it is recorded the same way.
    const old = cmd("CompleteFollowUp", { ...ref, followUpId: "f-2", target: "todo", remoteId: "t-2" });
    expect(asa(value(applyCommand(once, old, NOW))).completedFollowUps).toEqual(["f-1", "f-2"]);
    const gone = applyCommand([process()], tick, NOW);
    expect(!gone.ok && gone.error.code).toBe("candidate-not-found");
  });

  it("fails, and changes nothing, for a change of a kind this version does not know", () => {
    const future = {
      ...cmd("LinkMail", { ...ref, messageId: "m-1" }),
      type: "MergeCandidates",
    } as unknown as Command;
    const r = applyCommand(start, future, NOW);
    expect(!r.ok && r.error).toMatchObject({ code: "unknown-command", retryable: false });
  });

  it("logs a call that did not reach the candidate as an attempt, not as an answer", () => {
    expect(callContact("k", NOW, "no-answer", "").kind).toBe("note");
    expect(callContact("k", NOW, "reached", "Besked", true).kind).toBe("decision");
  });

  it("changes nothing — the very same array — when the command is already in", () => {
    const log = cmd("LogContact", { ...ref, contact: callContact("k-call", NOW, "reached", "") });
    const once = value(applyCommand(start, log, NOW));
    expect(value(applyCommand(once, log, "2026-11-26T10:00:00.000Z"))).toBe(once);
    const add = cmd("AddCandidate", {
      ...ref,
      name: "Åsa Öberg",
      email: "ny@example.se",
      phone: null,
      linkedInUrl: null,
      stageId: null,
      sourceMail: null,
    });
    expect(value(applyCommand(start, add, NOW))).toBe(start);
  });
});

/** Applies what applies; returns the result and the commands dispatch would have accepted. */
function fold(
  processes: Processes,
  commands: readonly Command[],
): { processes: Processes; accepted: Command[] } {
  const accepted: Command[] = [];
  let ps = processes;
  for (const c of commands) {
    const r = applyCommand(ps, c, NOW);
    if (r.ok) {
      ps = r.value;
      accepted.push(c);
    }
  }
  return { processes: ps, accepted };
}

describe("applying commands again (a replay, a re-send after a conflict)", () => {
  // Only what dispatch accepted reaches the outbox (an update of a candidate not yet added is
  // refused on the spot), so that is the sequence a replay applies again.
  it("applying any accepted command sequence twice gives what applying it once gave", () => {
    fc.assert(
      fc.property(fc.array(commandArb, { maxLength: 25 }), (raw) => {
        // Each at its own second, as a recruiter's commands are stamped (stampNow): the stage
        // history orders moves by when they were decided.
        const commands = raw.map(
          (c, i) =>
            ({
              ...c,
              id: `cmd-${i}`,
              createdAt: new Date(Date.parse("2026-11-25T08:00:00.000Z") + i * 1000).toISOString(),
            }) as Command,
        );
        const once = fold(start, commands);
        const twice = fold(once.processes, once.accepted);
        expect(twice.processes).toEqual(once.processes);
        expect(twice.accepted).toEqual(once.accepted);
      }),
      { numRuns: 300 },
    );
  });
});
