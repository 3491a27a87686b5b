import { candidate, process } from "../domain/fixtures";
import { callContact } from "../../../src/sync/commands";
import { cmd } from "./fakes/commandsFor";
import { settle } from "./fakes/fakeClock";
import { throttled } from "./fakes/faults";
import { ASA, harness, PROCESS_ID } from "./fakes/harness";

const asa = { processId: PROCESS_ID, candidateId: ASA };
const logCall = (id: string, at: string) =>
  cmd("LogContact", { ...asa, contact: callContact(id, at, "reached", id) }, at, id);

describe("the order changes reach Microsoft 365 in", () => {
  it("writes one candidate's log in the order the recruiter made it, even when the first is held back", async () => {
    const h = await harness();
    h.m365.notes.faults.fail("append", throttled(5_000));
    await h.engine.dispatch(logCall("k-1", "2026-11-25T08:00:00.000Z"));
    await h.engine.dispatch(logCall("k-2", "2026-11-25T08:01:00.000Z"));
    await h.engine.dispatch(logCall("k-3", "2026-11-25T08:02:00.000Z"));
    await h.engine.idle();
    expect(h.m365.notes.entries()).toEqual([]); // k-2 and k-3 wait behind k-1
    await h.clock.advance(5_000);
    await h.engine.idle();
    expect(h.m365.notes.entries().map((e) => e.id)).toEqual(["k-1", "k-2", "k-3"]);
  });

  it("sends several candidates at once, but never two changes of one candidate, nor more than the bound", async () => {
    const h = await harness({ concurrency: 3 });
    const six = Array.from({ length: 6 }, (_, i) =>
      candidate({ id: `c-${i}`, name: `Kandidat ${i}`, emails: [`k${i}@example.se`] }),
    );
    h.m365.processes.seed(process({ id: "p-many", candidates: six }));
    await h.engine.refresh();
    let open!: () => void;
    h.m365.notes.gate = new Promise((r) => (open = r));
    for (const c of six) {
      for (const n of [1, 2]) {
        await h.engine.dispatch(
          cmd(
            "LogContact",
            {
              processId: "p-many",
              candidateId: c.id,
              contact: callContact(`${c.id}-${n}`, "2026-11-25T08:00:00.000Z", "reached", ""),
            },
            undefined,
            `${c.id}-${n}`,
          ),
        );
      }
    }
    await settle();
    await settle();
    expect(h.m365.notes.inFlight).toBe(3);
    const inFlight = h.m365.notes.calls.filter((c) => c.startsWith("append"));
    expect(new Set(inFlight.map((c) => c.slice(0, -2))).size).toBe(inFlight.length); // one per candidate
    open();
    h.m365.notes.gate = null;
    await h.engine.idle();
    expect(h.m365.notes.maxInFlight).toBe(3);
    expect(h.m365.notes.entries()).toHaveLength(12);
    for (const c of six) {
      const ids = h.m365.notes.pages.get(`page-p-many-${c.id}`)!.map((e) => e.id);
      expect(ids).toEqual([`${c.id}-1`, `${c.id}-2`]);
    }
  });

  it("writes four candidates of one process changed at once one after the other, without a single 412", async () => {
    const h = await harness({ concurrency: 4 });
    const four = Array.from({ length: 4 }, (_, i) =>
      candidate({ id: `c-${i}`, name: `Kandidat ${i}`, emails: [`k${i}@example.se`], phone: null }),
    );
    h.m365.processes.seed(process({ id: "p-four", candidates: four }));
    await h.engine.refresh();
    let open!: () => void;
    h.m365.processes.gate = new Promise((r) => (open = r)); // OneDrive takes its time
    for (const [i, c] of four.entries()) {
      await h.engine.dispatch(
        cmd("UpdateCandidate", {
          processId: "p-four",
          candidateId: c.id,
          changes: { phone: `070-000 00 0${i}` },
        }),
      );
    }
    await settle();
    await settle();
    h.m365.processes.gate = null;
    open();
    await h.engine.idle();

    expect(h.m365.processes.conflicts).toBe(0);
    expect(h.m365.processes.calls.filter((c) => c === "read p-four")).toEqual([]);
    expect(h.m365.processes.doc("p-four").candidates.map((c) => c.phone)).toEqual([
      "+46700000000",
      "+46700000001",
      "+46700000002",
      "+46700000003",
    ]);
  });

  it("adds Li Wei with the address Åsa just left only after Åsa's new address is in, not as a failure", async () => {
    const h = await harness();
    // Åsa's key is busy with a call first, so Li Wei's key would reach the document before her change.
    h.m365.notes.faults.fail("append", throttled(5_000));
    await h.engine.dispatch(logCall("k-asa", "2026-11-25T08:00:00.000Z"));
    await h.engine.dispatch(
      cmd(
        "UpdateCandidate",
        { ...asa, changes: { emails: ["asa.ny@example.se"] } },
        "2026-11-25T08:01:00.000Z",
      ),
    );
    const liWei = cmd(
      "AddCandidate",
      {
        processId: PROCESS_ID,
        candidateId: "c-li-wei",
        name: "Li Wei",
        email: "asa.oberg@example.se",
        phone: null,
        linkedInUrl: null,
        stageId: null,
        sourceMail: null,
      },
      "2026-11-25T08:02:00.000Z",
    );
    expect((await h.engine.dispatch(liWei)).ok).toBe(true);
    await h.engine.idle();
    expect(h.statuses.get(liWei.id)?.state).not.toBe("failed");
    for (let i = 0; i < 5; i += 1) {
      await h.clock.advance(60_000);
      await h.engine.idle();
    }
    const doc = h.m365.processes.doc(PROCESS_ID);
    expect(doc.candidates.find((c) => c.id === ASA)?.emails).toEqual(["asa.ny@example.se"]);
    expect(doc.candidates.find((c) => c.id === "c-li-wei")?.emails).toEqual(["asa.oberg@example.se"]);
    expect(h.statuses.get(liWei.id)?.state).toBe("sent");
  });
});
