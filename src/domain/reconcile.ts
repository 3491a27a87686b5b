// Reconcile: what must change in Microsoft 365 so that the follow-ups there are the planned ones.
// Applying the operations and reconciling again yields nothing — sync relies on that to be safe
// to run at any time, as often as it likes.

import type { FollowUp } from "./followUp";

export type FollowUpOperation =
  | { readonly type: "create"; readonly followUp: FollowUp }
  | { readonly type: "update"; readonly followUp: FollowUp; readonly previous: FollowUp }
  | { readonly type: "complete"; readonly id: string };

/** Deep equality of plain JSON-like values, a key holding `undefined` counting as absent (as it
 * does once written). Compared in place: the sweep compares thousands of follow-ups, and building
 * a canonical string of each was a third of a second at 5,000 candidates (issue 13). */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => sameValue(x, b[i]))
    );
  }
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = Object.keys(x).filter((k) => x[k] !== undefined);
  if (keys.length !== Object.keys(y).filter((k) => y[k] !== undefined).length) return false;
  return keys.every((k) => sameValue(x[k], y[k]));
}

export function sameFollowUp(a: FollowUp, b: FollowUp): boolean {
  return sameValue(a, b);
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
  return reconcileInParts(desired, existing, Number.POSITIVE_INFINITY).flatMap((part) => part());
}

/** One part of a reconcile: run when the caller is ready for it. */
export type ReconcilePart = () => readonly FollowUpOperation[];

/**
 * `reconcile` cut into parts that each compare at most `size` follow-ups, for a caller that gives
 * the browser a turn between them (the sweep compares thousands: one task of it ran past 150 ms,
 * issue 13). Run in order and concatenated, the parts are exactly reconcile's answer.
 */
export function reconcileInParts(
  desired: readonly FollowUp[],
  existing: readonly FollowUp[],
  size: number,
): readonly ReconcilePart[] {
  const have = firstById(existing);
  const want = firstById(desired);
  const wanted = [...want.values()];
  const parts: ReconcilePart[] = [];
  for (let i = 0; i < wanted.length; i += size) {
    const slice = wanted.slice(i, i + size);
    parts.push(() =>
      slice.flatMap((f): FollowUpOperation[] => {
        const previous = have.get(f.id);
        if (!previous) return [{ type: "create", followUp: f }];
        return sameFollowUp(previous, f) ? [] : [{ type: "update", followUp: f, previous }];
      }),
    );
  }
  parts.push(() =>
    [...have.keys()].flatMap((id): FollowUpOperation[] => (want.has(id) ? [] : [{ type: "complete", id }])),
  );
  return parts;
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
