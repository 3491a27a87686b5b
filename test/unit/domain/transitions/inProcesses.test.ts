import { changeCandidate, changeProcess, ok, requireCandidate, type Processes } from "../../../../src/domain";
import { candidate, process } from "../fixtures";

const NOW = "2026-11-25T10:00:00.000Z";
const ref = { processId: "p-nordbank-backend", candidateId: "c-asa-oberg" };
const other = process({ id: "p-other", title: "Frontend" });
const start: Processes = [other, process({ candidates: [candidate()] })];

describe("where a change lands among the recruiter's processes", () => {
  it("stamps the changed candidate and their process, and leaves the other processes as they were", () => {
    const r = changeCandidate(start, ref, NOW, (c) => ok({ ...c, name: "Åsa Ö" }));
    if (!r.ok) throw new Error(r.error.code);
    expect(r.value[0]).toBe(other);
    expect(r.value[1]).toMatchObject({ updatedAt: NOW, candidates: [{ name: "Åsa Ö", updatedAt: NOW }] });
    expect(start[1]!.candidates[0]!.name).toBe("Åsa Öberg");
  });

  it("hands back the very same list when nothing changed, so nothing is written", () => {
    expect(changeCandidate(start, ref, NOW, (c) => ok(c))).toEqual({ ok: true, value: start });
    const r = changeProcess(start, "p-other", NOW, (p) => ok(p));
    expect(r.ok && r.value).toBe(start);
  });

  it("passes on a transition's refusal untouched", () => {
    const refused = { ok: false as const, error: { code: "x" } as never };
    expect(changeCandidate(start, ref, NOW, () => refused)).toBe(refused);
    expect(changeProcess(start, "p-other", NOW, () => refused)).toBe(refused);
  });

  it("says the candidate is gone when they were removed elsewhere", () => {
    const r = changeCandidate([process()], ref, NOW, (c) => ok(c));
    expect(!r.ok && r.error.code).toBe("candidate-not-found");
    expect(requireCandidate([process()], ref)).toMatchObject({ error: { code: "candidate-not-found" } });
  });

  it("says the process is gone when it was deleted elsewhere", () => {
    expect(changeCandidate([other], ref, NOW, (c) => ok(c))).toMatchObject({
      error: { code: "process-not-found", retryable: false },
    });
    expect(requireCandidate([other], ref)).toMatchObject({ error: { code: "process-not-found" } });
  });

  it("lets a mail be linked to a candidate who is there, changing nothing", () => {
    expect(requireCandidate(start, ref)).toEqual({ ok: true, value: start });
    const r = requireCandidate(start, ref);
    expect(r.ok && r.value).toBe(start);
  });
});
