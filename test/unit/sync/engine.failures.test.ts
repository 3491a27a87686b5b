import { callContact } from "../../../src/sync/commands";
import { cmd } from "./fakes/commandsFor";
import { forbidden, offline, signInNeeded, throttled, unavailable } from "./fakes/faults";
import { ASA, ERIK, harness, PROCESS_ID } from "./fakes/harness";

const asa = { processId: PROCESS_ID, candidateId: ASA };
const note = (text: string, id?: string) =>
  cmd(
    "AddNote",
    { ...asa, noteId: id ?? `n-${text.length}-${text.slice(0, 8)}`, at: "2026-11-25T08:00:00.000Z", text },
    undefined,
    id,
  );

describe("when Microsoft 365 cannot take a change right now", () => {
  it("keeps the note on this device while OneNote is busy, and sends it again not before Retry-After", async () => {
    const h = await harness();
    h.m365.notes.faults.fail("append", throttled(30_000));
    const saved = await h.engine.dispatch(note("Ringde, hon återkommer", "n-1"));
    expect(saved.ok).toBe(true);
    await h.engine.idle();
    expect(h.statuses.get("n-1")).toMatchObject({ state: "pending", retryAt: h.clock.now() + 30_000 });
    await h.clock.advance(29_999);
    await h.engine.idle();
    expect(h.m365.notes.calls.filter((c) => c === "append n-1")).toHaveLength(1);
    await h.clock.advance(1);
    await h.engine.idle();
    expect(h.m365.notes.calls.filter((c) => c === "append n-1")).toHaveLength(2);
    expect(h.m365.notes.entries().map((e) => e.id)).toEqual(["n-1"]);
    expect(h.m365.processes.writes()).toBe(1); // the document had the note already: not written twice
    expect(h.statuses.get("n-1")?.state).toBe("sent");
  });

  it("backs off further each time the service stays unavailable (503 without Retry-After)", async () => {
    const h = await harness();
    h.m365.processes.faults.fail("write", unavailable(), 2);
    await h.engine.dispatch(
      cmd("UpdateCandidate", { ...asa, changes: { name: "Åsa Öberg-Lind" } }, undefined, "u-1"),
    );
    await h.engine.idle();
    const first = h.statuses.get("u-1")!.retryAt! - h.clock.now();
    await h.clock.advance(first);
    await h.engine.idle();
    const second = h.statuses.get("u-1")!.retryAt! - h.clock.now();
    expect(second).toBeGreaterThan(first);
    await h.clock.advance(second);
    await h.engine.idle();
    expect(h.statuses.get("u-1")?.state).toBe("sent");
    expect(h.m365.processes.doc(PROCESS_ID).candidates[0]!.name).toBe("Åsa Öberg-Lind");
  });

  it("keeps the change on this device while the network is gone, and writes it once it is back", async () => {
    const h = await harness();
    h.m365.processes.faults.fail("write", offline());
    await h.engine.dispatch(
      cmd("MoveStage", { ...asa, stageId: "interview", rejection: null }, undefined, "m-1"),
    );
    await h.engine.idle();
    expect(h.engine.processes()[0]!.candidates[0]!.stageId).toBe("interview"); // still shown as done
    expect((await h.outbox.get("m-1")).ok && h.statuses.get("m-1")?.state).toBe("pending");
    await h.clock.advance(60_000);
    await h.engine.idle();
    expect(h.m365.processes.doc(PROCESS_ID).candidates[0]!.stageId).toBe("interview");
  });

  it("sends as soon as the browser says the network is back, without waiting out the backoff", async () => {
    const h = await harness();
    h.m365.processes.faults.fail("write", offline());
    await h.engine.dispatch(
      cmd("MoveStage", { ...asa, stageId: "interview", rejection: null }, undefined, "m-2"),
    );
    await h.engine.idle();
    expect(h.statuses.get("m-2")?.state).toBe("pending");
    h.engine.kick();
    await h.engine.idle();
    expect(h.statuses.get("m-2")?.state).toBe("sent");
  });

  it("pauses everything when the recruiter must sign in again, loses nothing, and goes on after sign-in", async () => {
    const h = await harness();
    h.m365.processes.faults.fail("write", signInNeeded());
    await h.engine.dispatch(
      cmd("MoveStage", { ...asa, stageId: "interview", rejection: null }, undefined, "m-asa"),
    );
    await h.engine.idle();
    expect(h.engine.queueState()).toMatchObject({ paused: true, reason: { code: "graph-auth-needed" } });
    await h.engine.dispatch(
      cmd(
        "MoveStage",
        { processId: PROCESS_ID, candidateId: ERIK, stageId: "screening", rejection: null },
        undefined,
        "m-erik",
      ),
    );
    await h.engine.idle();
    await h.clock.advance(10 * 60_000);
    await h.engine.idle();
    expect(h.m365.processes.writes()).toBe(1); // nothing sent while paused, not even after a while
    const pending = await h.outbox.listPending();
    expect(pending.ok && pending.value.map((e) => e.id)).toEqual(["m-asa", "m-erik"]);

    h.engine.resume();
    await h.engine.idle();
    const doc = h.m365.processes.doc(PROCESS_ID);
    expect(doc.candidates.map((c) => c.stageId)).toEqual(["interview", "screening"]);
    expect(h.queue.at(-1)).toEqual({ paused: false });
  });

  it("shows a change OneNote refused as failed, naming the missing permission, and sends it on retry", async () => {
    const h = await harness();
    h.m365.notes.faults.fail("append", forbidden("Notes.ReadWrite"));
    await h.engine.dispatch(note("Referenser ok", "n-403"));
    await h.engine.dispatch(note("Nästa steg bokat", "n-after"));
    await h.engine.idle();
    const failed = h.statuses.get("n-403")!;
    expect(failed.state).toBe("failed");
    expect(failed.error?.message.en).toContain("Notes.ReadWrite");
    expect(h.statuses.get("n-after")?.state).toBe("pending"); // waits: no overtaking a failed change

    const retried = await h.engine.retry("n-403");
    expect(retried.ok).toBe(true);
    await h.engine.idle();
    expect(h.m365.notes.entries().map((e) => e.id)).toEqual(["n-403", "n-after"]);
    expect(h.statuses.get("n-403")?.state).toBe("sent");
  });

  it("lets the recruiter discard a change that can never go, and sends the candidate's next one", async () => {
    const h = await harness();
    h.m365.notes.faults.fail("append", forbidden("Notes.ReadWrite"));
    await h.engine.dispatch(note("Referenser ok", "n-403"));
    await h.engine.dispatch(note("Nästa steg bokat", "n-after"));
    await h.engine.idle();
    expect(h.statuses.get("n-after")?.state).toBe("pending");
    expect((await h.engine.discard("n-after")).ok).toBe(false); // only a failed change can be discarded

    expect((await h.engine.discard("n-403")).ok).toBe(true);
    await h.engine.idle();
    expect(h.m365.notes.entries().map((e) => e.id)).toEqual(["n-after"]);
    expect(h.statuses.get("n-after")?.state).toBe("sent");
  });

  it("merges with a change made on another device: re-reads the document and applies the command again", async () => {
    const h = await harness();
    h.m365.processes.editRemotely(PROCESS_ID, (p) => ({
      ...p,
      candidates: p.candidates.map((c) =>
        c.id === ASA ? { ...c, linkedInUrl: "https://www.linkedin.com/in/asa" } : c,
      ),
    }));
    await h.engine.dispatch(
      cmd("UpdateCandidate", { ...asa, changes: { phone: "070-999 88 77" } }, undefined, "u-merge"),
    );
    await h.engine.idle();
    const saved = h.m365.processes.doc(PROCESS_ID).candidates[0]!;
    expect(saved).toMatchObject({ phone: "+46709998877", linkedInUrl: "https://www.linkedin.com/in/asa" });
    expect(h.m365.processes.calls).toContain(`read ${PROCESS_ID}`);
    expect(h.engine.processes()[0]!.candidates[0]!.linkedInUrl).toBe("https://www.linkedin.com/in/asa");
  });

  it("fails a change to a candidate removed on another device, keeping both versions to show", async () => {
    const h = await harness();
    h.m365.processes.editRemotely(PROCESS_ID, (p) => ({
      ...p,
      candidates: p.candidates.filter((c) => c.id !== ASA),
    }));
    await h.engine.dispatch(
      cmd(
        "LogContact",
        { ...asa, contact: callContact("k-late", "2026-11-25T08:00:00.000Z", "reached", "") },
        undefined,
        "k-late",
      ),
    );
    await h.engine.idle();
    const failed = h.statuses.get("k-late")!;
    expect(failed).toMatchObject({ state: "failed", error: { code: "sync-conflict" } });
    const both = failed.error!.cause as {
      local: { candidate: { id: string } };
      remote: { candidate: unknown };
    };
    expect(both.local.candidate.id).toBe(ASA);
    expect(both.remote.candidate).toBeNull();
    const stored = await h.outbox.get("k-late");
    expect(stored.ok && stored.value?.status).toBe("failed"); // kept, with a retry
  });

  it("says 'not saved' and takes the change back off the screen when the browser cannot store it", async () => {
    const shown: number[] = [];
    const h = await harness({
      listener: { processes: (ps) => void shown.push(ps[0]!.candidates[0]!.contacts.length) },
    });
    const before = h.engine.processes();
    h.outbox.close(); // IndexedDB gone under our feet (private mode, storage cleared)
    const result = await h.engine.dispatch(note("Viktigt", "n-lost"));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toMatch(/^outbox-/);
      expect(result.error.message.en).toMatch(/^Not saved/);
    }
    expect(shown.at(-2)).toBe(before[0]!.candidates[0]!.contacts.length + 1); // shown at once…
    expect(h.engine.processes()).toEqual(before); // …and taken back
    expect(h.m365.processes.writes()).toBe(0);
  });

  it("refuses an invalid change on the spot: nothing saved, nothing shown", async () => {
    const h = await harness();
    const result = await h.engine.dispatch(
      cmd("MoveStage", { ...asa, stageId: "rejected", rejection: null }),
    );
    expect(!result.ok && result.error.code).toBe("rejection-reason-missing");
    const pending = await h.outbox.listPending();
    expect(pending.ok && pending.value).toEqual([]);
  });

  it("keeps a command whose adapter threw, tries it a few times, then shows it as failed", async () => {
    const h = await harness();
    h.m365.mailLinks.link = () => Promise.reject(new Error("boom"));
    await h.engine.dispatch(cmd("LinkMail", { ...asa, messageId: "AAMk-9" }, undefined, "l-1"));
    await h.engine.idle();
    expect(h.statuses.get("l-1")).toMatchObject({ state: "pending", error: { code: "sync-unexpected" } });
    for (let i = 0; i < 3; i += 1) {
      await h.clock.advance(5 * 60_000);
      await h.engine.idle();
    }
    expect(h.statuses.get("l-1")).toMatchObject({
      state: "failed",
      attempts: 3,
      error: { code: "sync-unexpected" },
    });
    const kept = await h.outbox.get("l-1");
    expect(kept.ok && kept.value?.status).toBe("failed");
  });
});
