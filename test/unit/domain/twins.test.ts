import fc from "fast-check";
import { keeperOrder, splitTwins, twinsByKey, type RemoteCopy } from "../../../src/domain";

const copyArb: fc.Arbitrary<RemoteCopy> = fc.record({
  remoteId: fc.constantFrom("AAMkA", "AAMkB", "aamkA", "Ö-1", "b", "B", "AAMkA=="),
  createdAt: fc.constantFrom(
    null,
    undefined,
    "",
    "not a date",
    "2026-11-24T15:00:00Z",
    "2026-11-24T15:00:00.0000000Z",
    "2026-11-24T15:00:00.5000000Z",
    "2026-11-24T14:59:59.9990000Z",
  ),
});
const copiesArb = fc.array(copyArb, { minLength: 1, maxLength: 8 });

describe("which copy of a twinned follow-up every device keeps", () => {
  it("keeps the task To Do made first, whichever device lists it", () => {
    const split = splitTwins([
      { remoteId: "task-from-phone", createdAt: "2026-11-24T15:00:00.5000000Z" },
      { remoteId: "task-from-laptop", createdAt: "2026-11-24T15:00:00.1000000Z" },
    ]);
    expect(split?.keeper.remoteId).toBe("task-from-laptop");
    expect(split?.twins.map((t) => t.remoteId)).toEqual(["task-from-phone"]);
  });

  it("breaks a tie in time by the smaller id, compared by code units so a Swedish and an English device agree", () => {
    const at = "2026-11-24T15:00:00Z";
    const split = splitTwins([
      { remoteId: "b", createdAt: at },
      { remoteId: "Ö", createdAt: at },
      { remoteId: "B", createdAt: at },
    ]);
    expect(split?.keeper.remoteId).toBe("B");
    expect(split?.twins.map((t) => t.remoteId)).toEqual(["b", "Ö"]);
  });

  it("puts a copy without a readable creation time after every dated one", () => {
    const split = splitTwins([
      { remoteId: "a", createdAt: null },
      { remoteId: "z", createdAt: "2026-11-24T15:00:00Z" },
    ]);
    expect(split?.keeper.remoteId).toBe("z");
  });

  it("has nothing to keep when there is no copy", () => {
    expect(splitTwins([])).toBeNull();
  });

  it("picks the same keeper from any order a listing comes in (property)", () => {
    fc.assert(
      fc.property(copiesArb, fc.func(fc.integer()), (copies, shuffleKey) => {
        const shuffled = [...copies].sort((a, b) => shuffleKey(a) - shuffleKey(b));
        const one = splitTwins(copies)!;
        const other = splitTwins(shuffled)!;
        expect(other.keeper.remoteId).toBe(one.keeper.remoteId);
        expect(other.twins.map((t) => t.remoteId)).toEqual(one.twins.map((t) => t.remoteId));
      }),
    );
  });

  it("keeps exactly one copy of each id and loses none (property)", () => {
    fc.assert(
      fc.property(copiesArb, (copies) => {
        const split = splitTwins(copies)!;
        const kept = [split.keeper, ...split.twins].map((c) => c.remoteId);
        expect(new Set(kept).size).toBe(kept.length);
        expect(new Set(kept)).toEqual(new Set(copies.map((c) => c.remoteId)));
      }),
    );
  });

  it("keeps the same copy once the twins are gone, so a second sweep changes nothing (property)", () => {
    fc.assert(
      fc.property(copiesArb, copyArb, (copies, late) => {
        const split = splitTwins(copies)!;
        expect(splitTwins([split.keeper])!.twins).toEqual([]);
        // A copy made later than the keeper (another device's create) never displaces it.
        const later = { remoteId: `${late.remoteId}-late`, createdAt: null };
        if (split.keeper.createdAt && !Number.isNaN(Date.parse(split.keeper.createdAt)))
          expect(splitTwins([...copies, later])!.keeper.remoteId).toBe(split.keeper.remoteId);
      }),
    );
  });

  it("orders copies as a total order: antisymmetric and transitive (property)", () => {
    fc.assert(
      fc.property(copyArb, copyArb, copyArb, (a, b, c) => {
        expect(Math.sign(keeperOrder(a, b))).toBe(-Math.sign(keeperOrder(b, a)) || 0);
        if (keeperOrder(a, b) <= 0 && keeperOrder(b, c) <= 0)
          expect(keeperOrder(a, c)).toBeLessThanOrEqual(0);
      }),
    );
  });

  it("groups a listing by follow-up and splits each group on its own", () => {
    const groups = twinsByKey(
      [
        { remoteId: "t2", createdAt: "2026-11-24T15:00:01Z", followUp: "f1" },
        { remoteId: "t1", createdAt: "2026-11-24T15:00:00Z", followUp: "f1" },
        { remoteId: "t3", createdAt: "2026-11-24T15:00:00Z", followUp: "f2" },
      ],
      (c) => c.followUp,
    );
    expect(groups.get("f1")?.keeper.remoteId).toBe("t1");
    expect(groups.get("f1")?.twins.map((t) => t.remoteId)).toEqual(["t2"]);
    expect(groups.get("f2")?.twins).toEqual([]);
  });
});

describe("grouping a listing's copies by follow-up (properties)", () => {
  it("keeps the same copy and the same twins as splitting each group, a group of one included", () => {
    const keyed = fc
      .record({ copy: copyArb, key: fc.constantFrom("f-1", "f-2", "f-3", "f-4") })
      .map(({ copy, key }) => ({ ...copy, key }));
    fc.assert(
      fc.property(fc.array(keyed, { maxLength: 12 }), (copies) => {
        const grouped = twinsByKey(copies, (c) => c.key);
        const keys = [...new Set(copies.map((c) => c.key))];
        expect([...grouped.keys()]).toEqual(keys);
        for (const key of keys) {
          const split = splitTwins(copies.filter((c) => c.key === key))!;
          expect(grouped.get(key)!.keeper).toBe(split.keeper);
          expect(grouped.get(key)!.twins).toEqual(split.twins);
        }
      }),
      { numRuns: 300 },
    );
  });
});
