// The sweep compares thousands of follow-ups in parts, a turn for the browser between them: the
// parts together must say exactly what one reconcile says, in the same order.
import fc from "fast-check";
import { reconcile, reconcileInParts, type FollowUp, type FollowUpOperation } from "../../../src/domain";

/** reconcile as it was before it came in parts: the oracle. */
function oneReconcile(desired: readonly FollowUp[], existing: readonly FollowUp[]): FollowUpOperation[] {
  const first = (fs: readonly FollowUp[]) => {
    const byId = new Map<string, FollowUp>();
    for (const f of fs) if (!byId.has(f.id)) byId.set(f.id, f);
    return byId;
  };
  const have = first(existing);
  const want = first(desired);
  const ops: FollowUpOperation[] = [];
  for (const [id, f] of want) {
    const previous = have.get(id);
    if (!previous) ops.push({ type: "create", followUp: f });
    else if (JSON.stringify(previous) !== JSON.stringify(f))
      ops.push({ type: "update", followUp: f, previous });
  }
  for (const id of have.keys()) if (!want.has(id)) ops.push({ type: "complete", id });
  return ops;
}

const followUp: fc.Arbitrary<FollowUp> = fc
  .record({
    id: fc.constantFrom("f-1", "f-2", "f-3", "f-4", "f-5", "f-6", "f-7", "f-8"),
    dueAt: fc.constantFrom("2026-11-25T09:00:00.000Z", "2026-11-26T09:00:00.000Z"),
    overdue: fc.boolean(),
    title: fc.constantFrom("Svara Åsa", "Ring Erik"),
  })
  .map(({ id, dueAt, overdue, title }) => ({
    id,
    processId: "p-1",
    candidateId: "c-1",
    kind: "answer-due",
    channel: "email",
    target: "todo",
    dueAt,
    remindAt: dueAt,
    overdue,
    title: { sv: title, en: title },
    body: { sv: "", en: "" },
    template: null,
    call: null,
  }));

describe("the sweep's reconcile, a part at a time", () => {
  it("says in its parts, run in order, exactly what one reconcile says: the same creates, updates and completions in the same order", () => {
    fc.assert(
      fc.property(
        fc.array(followUp, { maxLength: 12 }),
        fc.array(followUp, { maxLength: 12 }),
        fc.integer({ min: 1, max: 5 }),
        (desired, existing, size) => {
          const expected = oneReconcile(desired, existing);
          expect(reconcile(desired, existing)).toEqual(expected);
          expect(reconcileInParts(desired, existing, size).flatMap((part) => part())).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("compares no more than a part's share of follow-ups in each part", () => {
    const desired = Array.from({ length: 7 }, (_, i) => ({ ...fc.sample(followUp, 1)[0]!, id: `f-${i}` }));
    const parts = reconcileInParts(desired, [], 3);
    // Three parts of creates (3 + 3 + 1), then the completions.
    expect(parts.map((part) => part().length)).toEqual([3, 3, 1, 0]);
  });
});
