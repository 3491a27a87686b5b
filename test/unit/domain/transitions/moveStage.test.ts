import fc from "fast-check";
import {
  REJECTION_REASONS,
  moveStage,
  rejectionNeedsDetail,
  type Candidate,
  type Result,
} from "../../../../src/domain";
import { candidate, process, settings } from "../fixtures";
import { stageMoveArb } from "./arbitraries";

const DECIDED = "2026-11-25T09:30:00.000Z";
const nordbank = process();
const asa = candidate();

function value(r: Result<Candidate>): Candidate {
  if (!r.ok) throw new Error(r.error.code);
  return r.value;
}

describe("moving a candidate along the process", () => {
  it("will not reject a candidate without saying why", () => {
    const r = moveStage(asa, nordbank, { stageId: "rejected", rejection: null }, DECIDED, settings);
    expect(!r.ok && r.error.code).toBe("rejection-reason-missing");
  });

  it("rejects with a reason, notes when they left and when their data is due for erasure", () => {
    const moved = value(
      moveStage(
        asa,
        nordbank,
        { stageId: "rejected", rejection: { reason: "missing-requirement", detail: "Kubernetes" } },
        DECIDED,
        settings,
      ),
    );
    expect(moved).toMatchObject({ stageId: "rejected", leftAt: DECIDED, retentionUntil: "2028-11-25" });
    expect(moved.rejection).toEqual({ reason: "missing-requirement", detail: "Kubernetes" });
  });

  it("brings a candidate back: no longer left, no rejection, no erasure date", () => {
    const rejected = value(
      moveStage(
        asa,
        nordbank,
        { stageId: "rejected", rejection: { reason: "applied-too-late", detail: "" } },
        DECIDED,
        settings,
      ),
    );
    const back = value(
      moveStage(rejected, nordbank, { stageId: "interview", rejection: null }, DECIDED, settings),
    );
    expect(back).toMatchObject({ stageId: "interview", leftAt: null, rejection: null, retentionUntil: null });
  });

  it("keeps the day they first left when a hired candidate later withdraws", () => {
    const hired = value(moveStage(asa, nordbank, { stageId: "hired", rejection: null }, DECIDED, settings));
    expect(hired).toMatchObject({ leftAt: DECIDED, retentionUntil: null });
    const withdrawn = value(
      moveStage(
        hired,
        nordbank,
        { stageId: "withdrawn", rejection: null },
        "2026-12-01T09:00:00.000Z",
        settings,
      ),
    );
    expect(withdrawn).toMatchObject({ leftAt: DECIDED, retentionUntil: "2028-11-25" });
  });

  it("forgets a rejection's reason when the candidate moves on, and drops one given for another stage", () => {
    const r = moveStage(
      asa,
      nordbank,
      { stageId: "interview", rejection: { reason: "other", detail: "Fel stad" } },
      DECIDED,
      settings,
    );
    expect(value(r).rejection).toBeNull();
  });

  it("refuses a stage the process does not have", () => {
    const r = moveStage(asa, nordbank, { stageId: "lunch", rejection: null }, DECIDED, settings);
    expect(!r.ok && r.error).toMatchObject({ code: "unknown-stage", field: "stageId", retryable: false });
  });

  it("changes nothing — the very same candidate — when they are in that stage already", () => {
    expect(
      value(moveStage(asa, nordbank, { stageId: "screening", rejection: null }, DECIDED, settings)),
    ).toBe(asa);
  });

  it("moving a candidate twice the same way gives what moving them once gave", () => {
    fc.assert(
      fc.property(stageMoveArb, (move) => {
        const once = moveStage(asa, nordbank, move, DECIDED, settings);
        if (!once.ok) return;
        expect(value(moveStage(once.value, nordbank, move, "2026-11-30T09:00:00.000Z", settings))).toBe(
          once.value,
        );
      }),
    );
  });

  it("a rejected candidate always carries a reason they can be told, whatever the recruiter did before", () => {
    fc.assert(
      fc.property(fc.array(stageMoveArb, { maxLength: 10 }), (moves) => {
        let c = asa;
        for (const move of moves) {
          const r = moveStage(c, nordbank, move, DECIDED, settings);
          if (r.ok) c = r.value;
        }
        const kind = nordbank.stages.find((s) => s.id === c.stageId)?.kind;
        if (kind !== "rejected") {
          expect(c.rejection).toBeNull();
          return;
        }
        expect(c.rejection).not.toBeNull();
        expect(REJECTION_REASONS).toContain(c.rejection!.reason);
        if (rejectionNeedsDetail(c.rejection!.reason)) expect(c.rejection!.detail.trim()).not.toBe("");
        expect(c.leftAt).not.toBeNull();
      }),
    );
  });
});
