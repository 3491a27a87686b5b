// Twins: two copies of one follow-up (or draft) in Microsoft 365. To Do has no idempotency key, so
// two devices sweeping at once can both create the task; nothing can prevent that, so every device
// must pick the SAME copy to keep, from what never changes on a copy: when Graph made it, then its
// id. Status, titles and the order of a listing differ between devices and over time; these do not.

/** One copy as a listing shows it. */
export interface RemoteCopy {
  readonly remoteId: string;
  /** Graph's createdDateTime; null or unreadable sorts after every readable one. */
  readonly createdAt: string | null | undefined;
}

export interface Twins<C extends RemoteCopy> {
  readonly keeper: C;
  /** Every other copy, in the keeper order: what a sweep completes or deletes. */
  readonly twins: readonly C[];
}

const createdMs = (c: RemoteCopy): number => {
  const ms = c.createdAt ? Date.parse(c.createdAt) : NaN;
  return Number.isNaN(ms) ? Number.POSITIVE_INFINITY : ms;
};

/** Earliest made first, then the smaller id by code units: not localeCompare, whose order depends
 * on the device's language, and two devices in two languages must still agree. */
export function keeperOrder(a: RemoteCopy, b: RemoteCopy): number {
  const byTime = createdMs(a) - createdMs(b);
  if (byTime !== 0 && !Number.isNaN(byTime)) return byTime < 0 ? -1 : 1;
  return a.remoteId < b.remoteId ? -1 : a.remoteId > b.remoteId ? 1 : 0;
}

/** The copy every device keeps, and the twins beside it. Null for no copies. The same id listed
 * twice (a listing that moved while paged) is one copy. */
export function splitTwins<C extends RemoteCopy>(copies: readonly C[]): Twins<C> | null {
  const seen = new Set<string>();
  const unique = [...copies].sort(keeperOrder).filter((c) => !seen.has(c.remoteId) && seen.add(c.remoteId));
  const [keeper, ...twins] = unique;
  return keeper ? { keeper, twins } : null;
}

/** Copies grouped by what they are a copy of (a follow-up id, a draft id), each split. Nearly every
 * group is one copy, whose split needs no sort: at 5,000 To Do tasks the sorts and the copied
 * groups were a quarter of the listing's task (issue 13). */
export function twinsByKey<C extends RemoteCopy>(
  copies: readonly C[],
  keyOf: (c: C) => string,
): Map<string, Twins<C>> {
  const groups = new Map<string, C[]>();
  for (const c of copies) {
    const key = keyOf(c);
    const group = groups.get(key);
    if (group) group.push(c);
    else groups.set(key, [c]);
  }
  const out = new Map<string, Twins<C>>();
  for (const [key, group] of groups)
    out.set(key, group.length === 1 ? { keeper: group[0]!, twins: [] } : splitTwins(group)!);
  return out;
}
