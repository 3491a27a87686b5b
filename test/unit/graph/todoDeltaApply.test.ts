// What a round of To Do's task delta does to the index held on the device (decision 0012).
import type { HeldTodoTask } from "../../../src/graph/ports";
import { applyDelta, toReread, type DeltaEntry } from "../../../src/graph/adapters-support/todoDeltaApply";

const held = (remoteId: string, externalId = `fu-${remoteId}`): HeldTodoTask => ({
  remoteId,
  createdAt: "2026-11-20T08:00:00Z",
  externalId,
  linked: { id: `l-${remoteId}`, webUrl: null },
  followUp: null,
  extension: true,
});
const entry = (id: string, over: Partial<DeltaEntry> = {}): DeltaEntry => ({
  id,
  removed: false,
  completed: false,
  createdAt: "2026-11-20T08:00:00Z",
  ...over,
});
const index = (...tasks: HeldTodoTask[]) => new Map(tasks.map((t) => [t.remoteId, t]));

describe("applying a delta round to the held To Do index", () => {
  it("drops a task she completed or deleted in To Do without reading it again", () => {
    const before = index(held("a"), held("b"), held("c"));
    const entries = [entry("a", { completed: true }), entry("b", { removed: true })];
    expect(toReread(before, entries, new Set())).toEqual([]);
    expect([...applyDelta(before, entries, new Map()).keys()]).toEqual(["c"]);
  });

  it("reads again a task changed elsewhere, and takes it as it is now", () => {
    const before = index(held("a"));
    const entries = [entry("a"), entry("n")];
    expect(toReread(before, entries, new Set())).toEqual(["a", "n"]);
    const now = { ...held("a"), linked: { id: "l-a", webUrl: "https://new" } };
    const after = applyDelta(
      before,
      entries,
      new Map([
        ["a", now],
        ["n", held("n", "fu-a")],
      ]),
    );
    expect(after.get("a")!.linked.webUrl).toBe("https://new");
    expect(after.get("n")!.externalId).toBe("fu-a"); // another device's twin, kept in view
  });

  it("keeps its own write as written, dated as Graph dated it, without reading it again", () => {
    const mine = { ...held("m"), createdAt: null };
    const entries = [entry("m", { createdAt: "2026-11-24T15:00:00Z" })];
    expect(toReread(index(mine), entries, new Set(["m"]))).toEqual([]);
    expect(applyDelta(index(mine), entries, new Map()).get("m")).toEqual({
      ...mine,
      createdAt: "2026-11-24T15:00:00Z",
    });
  });

  it("still sees that its own task was completed or deleted meanwhile", () => {
    const entries = [entry("m", { completed: true }), entry("k", { removed: true })];
    expect(applyDelta(index(held("m"), held("k")), entries, new Map()).size).toBe(0);
  });

  it("drops a task that is gone, or not Svara's, when read again; takes a task's last entry in the round", () => {
    const before = index(held("a"));
    const entries = [entry("a", { completed: true }), entry("a"), entry("x")];
    expect(toReread(before, entries, new Set())).toEqual(["a", "x"]);
    const after = applyDelta(
      before,
      entries,
      new Map([
        ["a", null],
        ["x", null],
      ]),
    );
    expect(after.size).toBe(0);
  });

  it("leaves the index it was given untouched", () => {
    const before = index(held("a"));
    applyDelta(before, [entry("a", { removed: true })], new Map());
    expect(before.has("a")).toBe(true);
  });
});
