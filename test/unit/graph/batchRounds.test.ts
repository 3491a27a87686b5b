// Graph refuses a $batch that is neither fully parallel nor fully sequential: "Batch should be
// either fully sequential or fully parallel" (400 BadRequest for the whole batch).
// Sources: https://learn.microsoft.com/graph/json-batching (sequencing with dependsOn) and
// microsoftgraph/microsoft-graph-docs-contrib issue #2339; requests of a sequential batch in order:
// microsoftgraph/msgraph-sdk-java-core issue #71.
import fc from "fast-check";
import { batchRequestBody, MAX_BATCH_SIZE, type BatchItem } from "../../../src/graph/batchPlan";
import { planRound } from "../../../src/graph/batchRounds";

const item = (id: string, dependsOn: string[] = []): BatchItem => ({
  id,
  method: "PATCH",
  url: `/me/todo/lists/L/tasks/${id}`,
  body: {},
  ...(dependsOn.length ? { dependsOn } : {}),
});

type Wire = { id: string; dependsOn?: string[] };

/** Graph's rule, as the docs and the issue state it. */
function graphAccepts(batch: readonly BatchItem[]): boolean {
  const requests = batchRequestBody(batch).requests as Wire[];
  if (requests.every((r) => !r.dependsOn)) return true;
  return requests.every((r, i) =>
    i === 0 ? !r.dependsOn : (r.dependsOn ?? []).some((d) => requests.slice(0, i).some((e) => e.id === d)),
  );
}

/** Send everything round by round as sendBatch does, with `fails` answering an error. */
function simulate(items: readonly BatchItem[], fails: ReadonlySet<string> = new Set()) {
  const sent: string[] = [];
  const failed = new Set<string>();
  /** Sent although a dependency had failed in an earlier batch. */
  const late: string[] = [];
  const batches: BatchItem[][] = [];
  let pending = items;
  let rounds = 0;
  while (pending.length > 0 && rounds++ < 100) {
    const plan = planRound(pending, failed);
    for (const b of plan.blocked) failed.add(b.item.id);
    for (const batch of plan.batches) {
      batches.push([...batch]);
      const before = new Set(failed);
      for (const i of batch) {
        if ((i.dependsOn ?? []).some((d) => before.has(d))) late.push(i.id);
        // A sequential batch's dependant gets 424 when what it depends on failed in it.
        if (fails.has(i.id) || (i.dependsOn ?? []).some((d) => failed.has(d))) failed.add(i.id);
        sent.push(i.id);
      }
    }
    const held = new Set(plan.held.map((i) => i.id));
    pending = items.filter((i) => held.has(i.id));
  }
  return { sent, failed, late, batches, rounds };
}

/** A To Do update: the task, its stored follow-up after it, and maybe the relink after that. */
const update = (n: number, relink = false): BatchItem[] => [
  item(`w${n}`),
  item(`w${n}-ext`, [`w${n}`]),
  ...(relink ? [item(`w${n}-link`, [`w${n}-ext`])] : []),
];

const dags = fc
  .array(fc.array(fc.nat(), { maxLength: 2 }), { minLength: 1, maxLength: 45 })
  .map((deps) => deps.map((ds, i) => item(`r${i}`, i === 0 ? [] : [...new Set(ds.map((d) => `r${d % i}`))])));

describe("batches Graph accepts: fully parallel or fully sequential", () => {
  it("never sends a mixed batch, sends everything once and never before what it depends on", () => {
    fc.assert(
      fc.property(dags, (items) => {
        const { sent, batches } = simulate(items);
        const at = new Map(sent.map((id, i) => [id, i]));
        return (
          batches.every((b) => b.length <= MAX_BATCH_SIZE && graphAccepts(b)) &&
          sent.length === items.length &&
          new Set(sent).size === items.length &&
          items.every((i) => (i.dependsOn ?? []).every((d) => at.get(d)! < at.get(i.id)!))
        );
      }),
    );
  });

  it("never sends a request whose dependency failed", () => {
    fc.assert(
      fc.property(dags, fc.array(fc.nat({ max: 44 })), (items, failing) => {
        const fails = new Set(failing.map((n) => `r${n}`));
        const { late, failed } = simulate(items, fails);
        const dependants = items.filter((i) => (i.dependsOn ?? []).some((d) => failed.has(d)));
        return late.length === 0 && dependants.every((i) => failed.has(i.id));
      }),
    );
  });

  it("sends a single follow-up's update, stored follow-up and relink as one sequential batch", () => {
    const { batches, rounds } = simulate(update(0, true));
    expect(batches.map((b) => b.map((i) => i.id))).toEqual([["w0", "w0-ext", "w0-link"]]);
    expect(rounds).toBe(1);
  });

  it("sends a sweep's five updates beside three creates level by level: 2 batches, none mixed", () => {
    const creates = [item("c0"), item("c1"), item("c2")];
    const items = [...creates, ...[0, 1, 2, 3, 4].flatMap((n) => update(n))];
    const { batches } = simulate(items);
    expect(batches.map((b) => b.length)).toEqual([8, 5]);
    expect(batches.every(graphAccepts)).toBe(true);
  });

  it("does not send what depends on a request that failed for good, and says which", () => {
    const plan = planRound(update(0, true).slice(1), new Set(["w0"]));
    expect(plan.batches).toEqual([]);
    expect(plan.blocked.map((b) => [b.item.id, b.dependency])).toEqual([
      ["w0-ext", "w0"],
      ["w0-link", "w0-ext"],
    ]);
  });

  it("holds a join of two roots for a later round rather than mixing it into a batch", () => {
    const items = [item("a"), item("b"), item("c", ["a", "b"])];
    const first = planRound(items, new Set());
    expect(first.batches.map((b) => b.map((i) => i.id))).toEqual([["a", "b"]]);
    expect(first.held.map((i) => i.id)).toEqual(["c"]);
  });
});
