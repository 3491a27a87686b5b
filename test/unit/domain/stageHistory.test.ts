import fc from "fast-check";
import {
  addCandidate,
  moveStage,
  parseProcessDocument,
  serialiseProcess,
  type Candidate,
  type Result,
} from "../../../src/domain";
import { candidate, process, settings } from "./fixtures";
import { stageMoveArb } from "./transitions/arbitraries";

const nordbank = process();
const asa = candidate();

function value<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(r.error.code);
  return r.value;
}
const move = (c: Candidate, stageId: string, at: string): Candidate =>
  value(moveStage(c, nordbank, { stageId, rejection: null }, at, settings));

describe("the stage history: when each candidate entered each stage", () => {
  it("records the stage a new candidate starts in, at the time she was added", () => {
    const added = value(
      addCandidate(
        nordbank,
        {
          candidateId: "c-li-wei",
          name: "Li Wei",
          email: "li.wei@example.se",
          phone: null,
          linkedInUrl: null,
          stageId: null,
          sourceMail: null,
        },
        "2026-11-20T08:00:00.000Z",
        "2026-11-20T08:00:01.000Z",
      ),
    );
    const li = added.candidates.find((c) => c.id === "c-li-wei");
    expect(li?.stageHistory).toEqual([{ stageId: "applied", at: "2026-11-20T08:00:00.000Z" }]);
  });

  it("appends each move at the moment the recruiter decided it, a move back included", () => {
    const screened = move(asa, "interview", "2026-11-21T09:00:00.000Z");
    const back = move(screened, "screening", "2026-11-22T09:00:00.000Z");
    expect(back.stageHistory).toEqual([
      { stageId: "interview", at: "2026-11-21T09:00:00.000Z" },
      { stageId: "screening", at: "2026-11-22T09:00:00.000Z" },
    ]);
  });

  it("appends nothing when a move is sent again, and lets an older move arriving late not undo a later one", () => {
    const interview = move(asa, "interview", "2026-11-21T09:00:00.000Z");
    const offer = move(interview, "offer", "2026-11-23T09:00:00.000Z");
    expect(move(offer, "offer", "2026-11-23T09:00:00.000Z")).toBe(offer);
    expect(move(offer, "interview", "2026-11-21T09:00:00.000Z")).toBe(offer);
    expect(move(offer, "screening", "2026-11-22T09:00:00.000Z")).toBe(offer);
  });

  it("never rewrites an entry: any sequence of moves only ever adds to the history", () => {
    fc.assert(
      fc.property(fc.array(stageMoveArb, { maxLength: 12 }), (moves) => {
        let c = asa;
        moves.forEach((m, i) => {
          const at = new Date(Date.parse("2026-11-21T09:00:00.000Z") + i * 60_000).toISOString();
          const before = c.stageHistory ?? [];
          const next = moveStage(c, nordbank, m, at, settings);
          if (!next.ok) return;
          c = next.value;
          expect((c.stageHistory ?? []).slice(0, before.length)).toEqual(before);
          expect(c.stageHistory?.at(-1)?.stageId ?? asa.stageId).toBe(c.stageId);
        });
      }),
    );
  });

  it("is kept in the process document in its order, and a broken entry is dropped with a warning", () => {
    const history = [
      { stageId: "interview", at: "2026-11-21T09:00:00.000Z" },
      { stageId: "screening", at: "2026-11-20T09:00:00.000Z" },
    ];
    const doc = serialiseProcess({ ...nordbank, candidates: [{ ...asa, stageHistory: history }] });
    const read = value(parseProcessDocument(doc));
    expect(read.process.candidates[0]?.stageHistory).toEqual(history);
    expect(read.warnings).toEqual([]);
    const broken = JSON.parse(JSON.stringify(doc)) as { candidates: { stageHistory: unknown[] }[] };
    broken.candidates[0]!.stageHistory.push({ stageId: "", at: "igår" });
    const repaired = value(parseProcessDocument(broken));
    expect(repaired.process.candidates[0]?.stageHistory).toEqual(history);
    expect(repaired.warnings.map((w) => w.field)).toEqual(["candidates.0.stageHistory.2"]);
  });
});
