import { err, ok, appError, type Result } from "../../../src/domain";
import { pendingRemovalOf, UNDO_MS } from "../../../src/state/processActions";
import { processChoice } from "../../../src/state/processChoice";
import { createProcessesStore } from "../../../src/state/processesStore";
import type { Command } from "../../../src/sync/commands";
import { process } from "../domain/fixtures";

/** A store whose commands are recorded and whose undo timers the test runs by hand. */
function recording(fail = false) {
  const sent: Command[] = [];
  let n = 0;
  let clock = 1_000;
  const timers: { run: () => void; at: number; cleared: boolean }[] = [];
  const store = createProcessesStore(
    {
      dispatch: async (c): Promise<Result<never>> => {
        if (fail) return err(appError("outbox-unavailable" as never, "Inte sparad.", "Not saved."));
        sent.push(c);
        return ok(undefined as never);
      },
      refresh: async () => ok({ unreadable: [], offline: null }),
    },
    () => ({ id: `id-${(n += 1)}`, createdAt: "2026-11-25T09:00:00.000Z" }),
    {
      now: () => clock,
      setTimer: (run, ms) => {
        const t = { run, at: clock + ms, cleared: false };
        timers.push(t);
        return t;
      },
      clearTimer: (t) => void ((t as { cleared: boolean }).cleared = true),
    },
  );
  const advance = async (ms: number) => {
    clock += ms;
    for (const t of timers) {
      if (t.cleared || t.at > clock) continue;
      t.cleared = true;
      t.run();
    }
    await Promise.resolve();
    await Promise.resolve();
  };
  return { sent, store, advance };
}

const asa = { processId: "p-nordbank-backend", candidateId: "c-asa-oberg" };

describe("removing a candidate added by mistake, with undo", () => {
  it("queues nothing while the undo bar shows, then the removal once its seconds are up", async () => {
    const { sent, store, advance } = recording();
    store.getState().removeCandidate(asa, "Åsa Öberg");
    expect(pendingRemovalOf(store.getState(), asa)).toMatchObject({ name: "Åsa Öberg", at: 1_000 + UNDO_MS });
    await advance(UNDO_MS - 1);
    expect(sent).toEqual([]);
    await advance(1);
    expect(sent.map((c) => [c.type, c.payload])).toEqual([["RemoveCandidate", asa]]);
    expect(pendingRemovalOf(store.getState(), asa)).toBeNull();
  });

  it("keeps her when the recruiter clicks undo: no command at all, ever", async () => {
    const { sent, store, advance } = recording();
    store.getState().removeCandidate(asa, "Åsa Öberg");
    store.getState().undoRemoval(asa);
    await advance(UNDO_MS * 2);
    expect(sent).toEqual([]);
    expect(store.getState().pendingRemovals).toEqual([]);
  });

  it("removes at once on 'remove now', and only once", async () => {
    const { sent, store, advance } = recording();
    store.getState().removeCandidate(asa, "Åsa Öberg");
    store.getState().removeCandidate(asa, "Åsa Öberg"); // a double click is one removal
    expect((await store.getState().removeNow(asa)).ok).toBe(true);
    await advance(UNDO_MS);
    expect(sent.filter((c) => c.type === "RemoveCandidate")).toHaveLength(1);
  });

  it("says so when the removal could not be saved", async () => {
    const { store, advance } = recording(true);
    store.getState().removeCandidate(asa, "Åsa Öberg");
    await advance(UNDO_MS);
    expect(store.getState().removalError?.message.en).toBe("Not saved.");
  });
});

describe("the recruiter's process actions", () => {
  const fields = {
    title: "Säljare",
    organisation: "Solkraft AB",
    owner: { name: "Maja Lind", email: "maja.lind@svara-demo.se" },
    language: "sv" as const,
    answerWindowDays: 10,
    nextStep: "",
    milestones: [],
    surveyUrl: null,
  };

  it("creates a process under a fresh id made from its title, and edits one under its own", async () => {
    const { sent, store } = recording();
    const made = await store.getState().saveProcess(null, fields);
    expect(made).toEqual({ ok: true, value: "p-saljare-id1" });
    expect(sent[0]).toMatchObject({
      type: "SaveProcess",
      key: "process/p-saljare-id1",
      payload: { create: true },
    });
    await store.getState().saveProcess("p-saljare-id1", { ...fields, answerWindowDays: 14 });
    expect(sent[1]).toMatchObject({ payload: { processId: "p-saljare-id1", create: false } });
  });

  it("closes, reopens and moves with one command each, ordered with the candidate's own", async () => {
    const { sent, store } = recording();
    await store.getState().closeProcess("p-solkraft", true);
    await store.getState().moveCandidate(asa, "p-solkraft");
    expect(sent.map((c) => [c.type, c.key])).toEqual([
      ["CloseProcess", "process/p-solkraft"],
      ["MoveCandidate", "p-nordbank-backend/c-asa-oberg"],
    ]);
  });
});

describe("a candidate moved from their card", () => {
  it("tells where they went once the move is saved, so the card can follow them", async () => {
    const { store } = recording();
    expect(store.getState().moved).toBeNull();
    await store.getState().moveCandidate(asa, "p-solkraft");
    expect(store.getState().moved).toEqual({
      from: asa,
      to: { processId: "p-solkraft", candidateId: "c-asa-oberg" },
    });
  });

  it("tells nothing when the move was not saved: the card stays where she is", async () => {
    const { store } = recording(true);
    await store.getState().moveCandidate(asa, "p-solkraft");
    expect(store.getState().moved).toBeNull();
  });
});

describe("which process the add-candidate form preselects", () => {
  const nordbank = process();
  const solkraft = process({ id: "p-solkraft-saljare", title: "Säljare", organisation: "Solkraft AB" });

  it("preselects the process the subject names, with the guess to show as a hint", () => {
    const choice = processChoice([nordbank, solkraft], "Ansökan: Säljare – Solkraft AB");
    expect(choice.preselected).toBe("p-solkraft-saljare");
    expect(choice.guess?.from).toBe("subject");
  });

  it("preselects nothing — not the first process — when the subject names none", () => {
    expect(processChoice([nordbank, solkraft], "Hej!").preselected).toBeNull();
    expect(processChoice([nordbank], "Hej!").preselected).toBeNull();
  });

  it("offers only open processes", () => {
    const closed = { ...solkraft, closedAt: "2026-11-20T00:00:00.000Z" };
    expect(processChoice([nordbank, closed], "Säljare").options.map((p) => p.id)).toEqual([nordbank.id]);
  });
});
