// Reconcile: what must change in Microsoft 365 so that the follow-ups there are the planned ones.
// Applying the operations and reconciling again yields nothing — sync relies on that to be safe
// to run at any time, as often as it likes.

import type { FollowUp } from "./followUp";

export type FollowUpOperation =
  | { readonly type: "create"; readonly followUp: FollowUp }
  | { readonly type: "update"; readonly followUp: FollowUp; readonly previous: FollowUp }
  | { readonly type: "complete"; readonly id: string };

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

export function sameFollowUp(a: FollowUp, b: FollowUp): boolean {
  return canonical(a) === canonical(b);
}

/** Each id once; a doubled id keeps its first copy. */
function firstById(followUps: readonly FollowUp[]): Map<string, FollowUp> {
  const byId = new Map<string, FollowUp>();
  for (const f of followUps) if (!byId.has(f.id)) byId.set(f.id, f);
  return byId;
}

/**
 * Create what is missing, update what moved, complete what is no longer wanted. Ids are unique
 * per follow-up; should `existing` hold the same id twice, the first copy is the one compared.
 */
export function reconcile(
  desired: readonly FollowUp[],
  existing: readonly FollowUp[],
): readonly FollowUpOperation[] {
  const have = firstById(existing);
  const want = firstById(desired);

  const ops: FollowUpOperation[] = [];
  for (const [id, f] of want) {
    const previous = have.get(id);
    if (!previous) ops.push({ type: "create", followUp: f });
    else if (!sameFollowUp(previous, f)) ops.push({ type: "update", followUp: f, previous });
  }
  for (const id of have.keys()) if (!want.has(id)) ops.push({ type: "complete", id });
  return ops;
}

/** What the other side holds after the operations: the model sync tests and the property use. */
export function applyOperations(
  existing: readonly FollowUp[],
  ops: readonly FollowUpOperation[],
): readonly FollowUp[] {
  const byId = firstById(existing);
  for (const op of ops) {
    if (op.type === "complete") byId.delete(op.id);
    else byId.set(op.followUp.id, op.followUp);
  }
  return [...byId.values()];
}
