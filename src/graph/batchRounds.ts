// Which requests go in one round of $batch requests, and how they are grouped. Graph runs a $batch
// either fully parallel (no request names dependsOn) or fully sequential (every request but the
// first depends on one before it) and refuses a mix whole with 400 BadRequest "Batch should be
// either fully sequential or fully parallel" (learn.microsoft.com/graph/json-batching;
// microsoft-graph-docs-contrib issue #2339). So independent requests are packed together, and a
// chain of dependent ones travels either alone as its own sequential batch or level by level (a
// dependant waits for a later round, once what it depends on succeeded): whichever costs fewer
// $batch requests. Pure: tested without a server.
import { MAX_BATCH_SIZE, packBatches, type BatchItem } from "./batchPlan";

export interface RoundPlan {
  /** Each fully parallel (no dependsOn inside) or fully sequential (one chain, in order). */
  readonly batches: readonly (readonly BatchItem[])[];
  /** Wait for a dependency sent this round. */
  readonly held: readonly BatchItem[];
  /** Not sent: `dependency` failed for good (or was itself blocked). */
  readonly blocked: readonly { readonly item: BatchItem; readonly dependency: string }[];
}

/** Plan one round. `pending`: what is left to send, in the caller's order; `failed`: ids that ended
 * in failure (a dependency neither pending nor failed succeeded, and is not named again). */
export function planRound(
  pending: readonly BatchItem[],
  failed: ReadonlySet<string>,
  max = MAX_BATCH_SIZE,
): RoundPlan {
  const blocked = blockedItems(pending, failed);
  const open = pending.filter((i) => !blocked.some((b) => b.item.id === i.id));
  const openIds = new Set(open.map((i) => i.id));
  const depsOf = (i: BatchItem): string[] => (i.dependsOn ?? []).filter((d) => openIds.has(d));
  const depth = depths(open, depsOf);
  const order = new Map(pending.map((i, n) => [i.id, n]));

  const chains: BatchItem[][] = [];
  const rest: BatchItem[] = [];
  for (const component of components(open, depsOf)) {
    const roots = component.filter((i) => depsOf(i).length === 0);
    if (component.length > 1 && roots.length === 1 && component.length <= max) {
      chains.push([...component].sort((a, b) => depth.get(a.id)! - depth.get(b.id)!));
    } else rest.push(...component);
  }

  const levelCost = (items: readonly BatchItem[]): number => {
    const perLevel = new Map<number, number>();
    for (const i of items) perLevel.set(depth.get(i.id)!, (perLevel.get(depth.get(i.id)!) ?? 0) + 1);
    return [...perLevel.values()].reduce((sum, n) => sum + Math.ceil(n / max), 0);
  };
  const chainsAlone = chains.length > 0 && chains.length + levelCost(rest) <= levelCost(open);

  const now = chainsAlone ? rest : open;
  const parallel = now.filter((i) => depsOf(i).length === 0);
  const sending = new Set([...parallel, ...(chainsAlone ? chains.flat() : [])].map((i) => i.id));
  const batches = [
    ...(chainsAlone ? chains : []),
    ...packBatches(
      parallel.sort((a, b) => order.get(a.id)! - order.get(b.id)!).map((i) => [i]),
      max,
    ),
  ].sort((a, b) => order.get(a[0]!.id)! - order.get(b[0]!.id)!);
  return { batches, held: open.filter((i) => !sending.has(i.id)), blocked };
}

/** Items whose dependency failed, and (transitively) what depends on those. */
function blockedItems(
  pending: readonly BatchItem[],
  failed: ReadonlySet<string>,
): { item: BatchItem; dependency: string }[] {
  const out = new Map<string, { item: BatchItem; dependency: string }>();
  let moved = true;
  while (moved) {
    moved = false;
    for (const item of pending) {
      if (out.has(item.id)) continue;
      const dependency = (item.dependsOn ?? []).find((d) => failed.has(d) || out.has(d));
      if (dependency === undefined) continue;
      out.set(item.id, { item, dependency });
      moved = true;
    }
  }
  return pending.filter((i) => out.has(i.id)).map((i) => out.get(i.id)!);
}

/** The longest path to an item from one without open dependencies (0). The caller's list has no
 * cycle (batchPlan.groupByDependency refuses them). */
function depths(items: readonly BatchItem[], depsOf: (i: BatchItem) => string[]): Map<string, number> {
  const byId = new Map(items.map((i) => [i.id, i]));
  const depth = new Map<string, number>();
  const of = (i: BatchItem): number => {
    const known = depth.get(i.id);
    if (known !== undefined) return known;
    const d = Math.max(-1, ...depsOf(i).map((id) => of(byId.get(id)!))) + 1;
    depth.set(i.id, d);
    return d;
  };
  for (const i of items) of(i);
  return depth;
}

/** Items linked by open dependencies (either direction), each component in the caller's order. */
function components(items: readonly BatchItem[], depsOf: (i: BatchItem) => string[]): BatchItem[][] {
  const parent = new Map(items.map((i) => [i.id, i.id]));
  const root = (id: string): string => {
    const p = parent.get(id)!;
    if (p === id) return id;
    const r = root(p);
    parent.set(id, r);
    return r;
  };
  for (const i of items) for (const d of depsOf(i)) parent.set(root(i.id), root(d));
  const groups = new Map<string, BatchItem[]>();
  for (const i of items) groups.set(root(i.id), [...(groups.get(root(i.id)) ?? []), i]);
  return [...groups.values()];
}
