import fc from "fast-check";
import { ok, withoutErasing, type Process } from "../../../src/domain";
import {
  candidatesByEmail,
  candidateById,
  candidatesOfProcess,
  clockOf,
  createProcessesStore,
} from "../../../src/state/processesStore";
import { candidate, mailIn, mailOut, process, settings } from "../domain/fixtures";

const nordbank = process({
  candidates: [
    candidate(),
    candidate({
      id: "c-li-wei",
      name: "Li Wei",
      emails: ["li.wei@example.se", "li@wei.cn"],
      contacts: [mailIn("2026-11-20T10:00:00.000Z"), mailOut("2026-11-21T10:00:00.000Z")],
    }),
  ],
});
const other = process({ id: "p-other", title: "Frontend", candidates: [candidate({ id: "c-asa-2" })] });

function storeWith() {
  const store = createProcessesStore({
    dispatch: async () => ok(undefined as never),
    refresh: async () => ok({ unreadable: [], offline: null }),
  });
  store.getState().showProcesses([nordbank, other]);
  return store;
}

describe("finding candidates for the card and the pipeline", () => {
  it("finds the candidate a mail is from, however the address is written", () => {
    const s = storeWith().getState();
    expect(candidatesByEmail(s, " LI@Wei.CN ")[0]?.candidate.id).toBe("c-li-wei");
    expect(candidatesByEmail(s, "okand@example.se")).toEqual([]);
  });

  it("finds the same candidates after a change as a fresh look through every process would, the unchanged processes not indexed again", () => {
    const emails = ["asa@example.se", "ASA@example.se ", "erik@example.se", "li@wei.cn"];
    const arbProcess = fc
      .record({
        id: fc.constantFrom("p-1", "p-2", "p-3"),
        candidates: fc.array(
          fc.record({ id: fc.constantFrom("c-1", "c-2", "c-3"), emails: fc.subarray(emails) }),
          { maxLength: 4 },
        ),
      })
      .map(({ id, candidates }) => process({ id, candidates: candidates.map((c) => candidate(c)) }));
    const lookFresh = (processes: readonly Process[], email: string) =>
      processes.flatMap((p) =>
        withoutErasing(p)
          .candidates.filter((c) => c.emails.some((e) => e.toLowerCase() === email.trim().toLowerCase()))
          .map((candidate) => ({ process: p, candidate })),
      );
    fc.assert(
      fc.property(
        fc.array(arbProcess, { maxLength: 4 }),
        fc.array(arbProcess, { maxLength: 2 }),
        fc.constantFrom(...emails, "okand@example.se"),
        (before, changed, email) => {
          // The recruiter's change: a new array, the processes it did not touch kept as they were.
          const after = [...before.slice(changed.length), ...changed];
          for (const processes of [before, after]) {
            const found = candidatesByEmail({ processes }, email);
            expect(found).toEqual(lookFresh(processes, email));
            expect(candidatesByEmail({ processes }, email)).toBe(found);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it("answers with the first process a candidate applied to when they are in two", () => {
    expect(candidatesByEmail(storeWith().getState(), "asa.oberg@example.se")[0]?.process.id).toBe(
      "p-nordbank-backend",
    );
  });

  it("lists a process's candidates, and the same empty list for an unknown process", () => {
    const s = storeWith().getState();
    expect(candidatesOfProcess(s, "p-nordbank-backend").map((c) => c.id)).toEqual([
      "c-asa-oberg",
      "c-li-wei",
    ]);
    expect(candidatesOfProcess(s, "p-none")).toBe(candidatesOfProcess(s, "p-gone"));
    expect(candidateById(s, "p-other", "c-asa-2")?.process.title).toBe("Frontend");
  });

  it("shows Åsa's clock red once her answer is overdue, and Li Wei's stopped after our reply", () => {
    const s = storeWith().getState();
    expect(clockOf(s, "p-nordbank-backend", "c-asa-oberg", settings, "2026-11-25T09:00:00.000Z")?.phase).toBe(
      "overdue",
    );
    expect(clockOf(s, "p-nordbank-backend", "c-asa-oberg", settings, "2026-11-05T09:00:00.000Z")?.phase).toBe(
      "running",
    );
    expect(clockOf(s, "p-nordbank-backend", "c-li-wei", settings, "2026-11-25T09:00:00.000Z")?.phase).toBe(
      "stopped",
    );
    expect(clockOf(s, "p-nordbank-backend", "c-nobody", settings, "2026-11-25T09:00:00.000Z")).toBeNull();
  });

  it("says when the processes could not be loaded", async () => {
    const boom = { code: "graph-offline" as const, message: { sv: "Offline", en: "Offline" } };
    const store = createProcessesStore({
      dispatch: async () => ok(undefined as never),
      refresh: async () => ({ ok: false, error: boom }),
    });
    await store.getState().load();
    expect(store.getState()).toMatchObject({ status: "error", error: boom });
  });
});
