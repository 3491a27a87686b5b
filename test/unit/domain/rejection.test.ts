import fc from "fast-check";
import {
  REJECTION_REASONS,
  parseProcessDocument,
  rejectionNeedsDetail,
  sameRejection,
  serialiseProcess,
  validateRejection,
} from "../../../src/domain";
import { candidate, process } from "./fixtures";

const anyRejection = fc.record(
  {
    reason: fc.oneof(fc.constantFrom(...REJECTION_REASONS), fc.string(), fc.constant(null)),
    detail: fc.oneof(fc.string(), fc.constantFrom("", "  ", " Kotlin "), fc.constant(42)),
  },
  { requiredKeys: [] },
);

describe("the rejection rule the form, the command and the document share", () => {
  it("asks the recruiter for words only when the reason does not explain itself", () => {
    expect(REJECTION_REASONS.filter(rejectionNeedsDetail)).toEqual(["missing-requirement", "other"]);
  });

  it("tells the same rejection from a changed one by reason and words", () => {
    const kotlin = { reason: "missing-requirement", detail: "Kotlin" } as const;
    expect(sameRejection(kotlin, { ...kotlin })).toBe(true);
    expect(sameRejection(null, null)).toBe(true);
    expect(sameRejection(kotlin, null)).toBe(false);
    expect(sameRejection(kotlin, { ...kotlin, detail: "Java" })).toBe(false);
    expect(sameRejection(kotlin, { reason: "other", detail: "Kotlin" })).toBe(false);
  });

  it("a rejection it accepts always says why: a known reason, and trimmed words where they are needed", () => {
    fc.assert(
      fc.property(anyRejection, (raw) => {
        const r = validateRejection(raw);
        if (!r.ok) return;
        expect(REJECTION_REASONS).toContain(r.value.reason);
        expect(r.value.detail).toBe(r.value.detail.trim());
        if (rejectionNeedsDetail(r.value.reason)) expect(r.value.detail).not.toBe("");
      }),
    );
  });

  it("the process document refuses exactly the rejections the form would refuse", () => {
    fc.assert(
      fc.property(anyRejection, (raw) => {
        const doc = serialiseProcess(process({ candidates: [candidate()] }));
        const candidates = doc.candidates as Record<string, unknown>[];
        const json = { ...doc, candidates: [{ ...candidates[0], rejection: raw }] };
        expect(parseProcessDocument(json).ok).toBe(validateRejection(raw).ok);
      }),
    );
  });
});
