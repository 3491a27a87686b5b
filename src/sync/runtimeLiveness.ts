// Which of this device's runtimes are still alive, from the Web Locks API (docs/decisions/0007, "A
// closed pane"). Every runtime holds a lock named after its id for its whole life, and the browser
// lets go of it the moment the page is gone. A lease left by a closed pane is then taken over at
// once instead of after LEASE_MS: a recruiter who closes the pane during a sweep and opens it again
// would otherwise wait up to 45 s before her next note is sent. A runtime without the API
// (Outlook's JavaScript-only runtime for the send handler, an older WebView) marks no lease as
// watched, and its leases lapse by time as before.

type LockManagerLike = Pick<LockManager, "request" | "query">;

const PREFIX = "svara.runtime.";

const platformLocks = (): LockManagerLike | null =>
  (globalThis as { navigator?: { locks?: LockManagerLike } }).navigator?.locks ?? null;

let locks: LockManagerLike | null = platformLocks();
/** The runtimes of this JavaScript context whose lock is granted: only their leases are watched. */
const heldHere = new Set<string>();
/** The last look at the device's locks, and when it was asked for (ms, the leases' clock). */
let snapshot: { readonly at: number; readonly live: ReadonlySet<string> } | null = null;

/** Holds `owner`'s lock until this page or worker ends. Its leases are watched from the grant on. */
export function holdRuntimeLock(owner: string): void {
  if (!locks || heldHere.has(owner)) return;
  void locks
    .request(PREFIX + owner, () => {
      heldHere.add(owner);
      return new Promise<never>(() => undefined);
    })
    .catch(() => undefined);
}

/** Whether a lease `owner` takes now can be judged by its lock (leaseFrom marks it so). */
export const watchedHere = (owner: string): boolean => heldHere.has(owner);

/** Looks at the device's locks; called before a transaction that judges other runtimes' leases.
 * Null without the API, so a caller awaits nothing (no extra turn before its transaction):
 * `const look = refreshLiveness(now); if (look) await look;`. */
export function refreshLiveness(nowMs: number): Promise<void> | null {
  if (!locks) return null;
  return locks.query().then(
    (state) => {
      const live = new Set<string>();
      for (const lock of state.held ?? [])
        if (lock.name?.startsWith(PREFIX)) live.add(lock.name.slice(PREFIX.length));
      snapshot = { at: nowMs, live };
    },
    () => {
      snapshot = null;
    },
  );
}

/**
 * True when a watched lease's owner is known to be gone: its lock was not held when the locks were
 * last looked at, and the lease was last renewed before that look. A lease renewed after it may
 * belong to a runtime that started since (its lock precedes its first watched lease), so it is
 * never judged from an older look.
 */
export function knownGone(owner: string, renewedAtMs: number): boolean {
  return snapshot !== null && renewedAtMs < snapshot.at && !snapshot.live.has(owner);
}

/** Tests: another lock manager (or none), and nothing held or seen yet. */
export function useLocksForTests(manager: LockManagerLike | null): void {
  locks = manager;
  heldHere.clear();
  snapshot = null;
}
