import fc from "fast-check";
import { candidate, process } from "../domain/fixtures";
import { applyCommand, NOTE_SUMMARY_CHARS, type Processes } from "../../../src/sync/applyCommand";
import { callContact, mailContact, MAX_NOTE_BYTES, type Command } from "../../../src/sync/commands";
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

describe("what a command does to the recruiter's processes", () => {
  it("adds a candidate from their application mail, the mail as their first contact", () => {
    const add = cmd("AddCandidate", {
      processId: "p-nordbank-backend",
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
    });
    const erik = value(applyCommand(start, add, NOW))[0]!.candidates[1]!;
    expect(erik).toMatchObject({
      name: "Erik Nilsson",
      emails: ["erik.nilsson@example.se"],
      phone: "+46707654321",
      stageId: "applied",
    });
    expect(erik.contacts).toEqual([
      expect.objectContaining({
        id: "mail:abc@example.se",
        kind: "application",
        direction: "in",
        messageId: "AAMk-1",
      }),
    ]);
  });

  it("refuses a second candidate with an address already in the process", () => {
    const twin = cmd("AddCandidate", {
      ...ref,
      candidateId: "c-twin",
      name: "Åsa",
      email: "asa.oberg@example.se",
      phone: null,
      linkedInUrl: null,
      stageId: null,
      sourceMail: null,
    });
    const r = applyCommand(start, twin, NOW);
    expect(!r.ok && r.error.code).toBe("duplicate-candidate");
  });

  it("will not reject a candidate without saying why", () => {
    const r = applyCommand(start, cmd("MoveStage", { ...ref, stageId: "rejected", rejection: null }), NOW);
    expect(!r.ok && r.error.code).toBe("rejection-reason-missing");
  });

  it("rejects with a reason, notes when they left and when their data is due for erasure", () => {
    const move = cmd(
      "MoveStage",
      { ...ref, stageId: "rejected", rejection: { reason: "missing-requirement", detail: "Kubernetes" } },
      "2026-11-25T09:30:00.000Z",
    );
    const moved = asa(value(applyCommand(start, move, NOW)));
    expect(moved).toMatchObject({
      stageId: "rejected",
      leftAt: "2026-11-25T09:30:00.000Z",
      retentionUntil: "2028-11-25",
    });
    expect(moved.rejection).toEqual({ reason: "missing-requirement", detail: "Kubernetes" });
  });

  it("brings a candidate back: no longer left, no rejection, no erasure date", () => {
    const rejected = value(
      applyCommand(
        start,
        cmd("MoveStage", {
          ...ref,
          stageId: "rejected",
          rejection: { reason: "applied-too-late", detail: "" },
        }),
        NOW,
      ),
    );
    const back = asa(
      value(applyCommand(rejected, cmd("MoveStage", { ...ref, stageId: "interview", rejection: null }), NOW)),
    );
    expect(back).toMatchObject({ stageId: "interview", leftAt: null, rejection: null, retentionUntil: null });
  });

  it("checks a new phone number and stores it dialable", () => {
    const bad = applyCommand(start, cmd("UpdateCandidate", { ...ref, changes: { phone: "ring mig" } }), NOW);
    expect(!bad.ok && bad.error.field).toBe("phone");
    const good = asa(
      value(
        applyCommand(
          start,
          cmd("UpdateCandidate", {
            ...ref,
            changes: { phone: "08-123 456 78", linkedInUrl: "https://www.linkedin.com/in/asa" },
          }),
          NOW,
        ),
      ),
    );
    expect(good.phone).toBe("+46812345678");
    expect(good.linkedInUrl).toBe("https://www.linkedin.com/in/asa");
  });

  it("keeps a note of any characters, up to 50 KB, and a short summary in the document", () => {
    const text = 'Åsa 🌸 <b>&amp;</b> \u0000 "citat" '.repeat(200);
    const noted = asa(
      value(applyCommand(start, cmd("AddNote", { ...ref, noteId: "n-1", at: NOW, text }), NOW)),
    );
    const note = noted.contacts.find((c) => c.id === "n-1")!;
    expect(note.kind).toBe("note");
    expect(Array.from(note.summary).length).toBe(NOTE_SUMMARY_CHARS + 1);
    const tooLong = applyCommand(
      start,
      cmd("AddNote", { ...ref, noteId: "n-2", at: NOW, text: "x".repeat(MAX_NOTE_BYTES + 1) }),
      NOW,
    );
    expect(!tooLong.ok && tooLong.error.code).toBe("note-too-long");
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

  it("keeps one contact for a sent mail logged by the send handler and again from Sent Items without its header", () => {
    // The handler logged send:{uuid} at 09:59:30 without a Graph id; Exchange's Sent Items copy had
    // no X-Svara-Send header, so the delta derived mail:{Message-ID} two seconds later.
    const handler = cmd("LogContact", {
      ...ref,
      contact: mailContact("send:u-1", "2026-11-25T09:59:30.000Z", "out", "Besked", null),
    });
    const sentItems = cmd("LogContact", {
      ...ref,
      contact: mailContact(
        "mail:b-7@svara-demo.se",
        "2026-11-25T09:59:32.000Z",
        "out",
        "Besked",
        "AAMk-sent",
      ),
    });
    const once = value(applyCommand(start, handler, NOW));
    const both = value(applyCommand(once, sentItems, NOW));
    const besked = asa(both).contacts.filter((c) => c.summary === "Besked");
    expect(besked).toEqual([expect.objectContaining({ id: "send:u-1", messageId: "AAMk-sent" })]);
    expect(value(applyCommand(both, sentItems, NOW))).toBe(both);
    // A different mail with the same subject, or an answer to it a day later, is a contact of its own.
    const later = cmd("LogContact", {
      ...ref,
      contact: mailContact("mail:b-8@svara-demo.se", "2026-11-26T09:59:32.000Z", "out", "Besked", "AAMk-2"),
    });
    expect(
      asa(value(applyCommand(both, later, NOW))).contacts.filter((c) => c.summary === "Besked"),
    ).toHaveLength(2);
  });

  it("says the candidate is gone when they were removed elsewhere", () => {
    const r = applyCommand(
      [process()],
      cmd("MoveStage", { ...ref, stageId: "interview", rejection: null }),
      NOW,
    );
    expect(!r.ok && r.error.code).toBe("candidate-not-found");
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
        const commands = raw.map((c, i) => ({ ...c, id: `cmd-${i}` }) as Command);
        const once = fold(start, commands);
        const twice = fold(once.processes, once.accepted);
        expect(twice.processes).toEqual(once.processes);
        expect(twice.accepted).toEqual(once.accepted);
      }),
      { numRuns: 300 },
    );
  });
});
