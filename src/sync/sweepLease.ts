// One follow-up sweep at a time on a device, across its runtimes (docs/decisions/0007). To Do has
// no idempotency key: a sweep beside another runtime's sweep, or beside a command's own reconcile
// in another runtime, would list To Do, see no task and create one each. So the sweep takes the
// device's sweep lease (no command starts elsewhere while it is held: outboxStore.markSending),
// waits for what other runtimes already have in flight, and keeps the lease renewed while it works.

import { ok, type Result } from "../domain/result";
import type { FollowUpChanges } from "./executors/followUpSync";
import { LEASE_RENEW_MS } from "./outboxLease";
import type { OutboxStore } from "./outboxPort";
import { SWEEP_LEASE } from "./outboxSchema";

/** A sweep's changes; `elsewhere` when another runtime on this device was sweeping (none made here). */
export type SweepOutcome = FollowUpChanges & { readonly elsewhere?: true };

export const SWEPT_ELSEWHERE: SweepOutcome = { created: 0, updated: 0, completed: 0, elsewhere: true };

export interface SweepLeaseDeps {
  readonly outbox: OutboxStore;
  readonly owner: string;
  readonly now: () => number;
  readonly sleep: (ms: number) => Promise<void>;
}

/** Runs `work` holding the device's sweep lease; `null` when another runtime is sweeping now (its
 * sweep covers the same follow-ups, so this one is not needed). `work` learns whether the sweep
 * waited for other runtimes' commands: they changed documents this runtime may hold older copies of. */
export async function underSweepLease<T>(
  deps: SweepLeaseDeps,
  work: (waitedForOthers: boolean) => Promise<Result<T>>,
): Promise<Result<T | null>> {
  const { outbox, owner, now, sleep } = deps;
  const taken = await outbox.acquireLease(SWEEP_LEASE, owner, now());
  if (!taken.ok) return taken;
  if (!taken.value) return ok(null);
  let holding = true;
  const renew = async () => {
    while (holding) {
      await sleep(LEASE_RENEW_MS);
      if (holding) await outbox.acquireLease(SWEEP_LEASE, owner, now());
    }
  };
  void renew();
  try {
    // Commands other runtimes started before the lease was ours finish first; no new one starts.
    let waited = false;
    for (;;) {
      const busy = await outbox.sendingElsewhere(owner, now());
      if (!busy.ok) return busy;
      if (busy.value === 0) break;
      waited = true;
      await sleep(LEASE_RENEW_MS);
    }
    return await work(waited);
  } finally {
    holding = false;
    await outbox.releaseLease(SWEEP_LEASE, owner);
  }
}
