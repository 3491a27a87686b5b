// Who owns a command in flight (docs/decisions/0007). Several runtimes of Svara share one outbox on
// a device — the pane, a pop-out, the send handler, the dashboard — and a command `sending` belongs
// to the runtime that marked it, for as long as that runtime keeps renewing its lease. One send can
// legitimately take many minutes (0005's worst case), so no fixed age makes a command abandoned:
// only an owner that stopped renewing (closed, crashed, its runtime ended) gives it up.

import { knownGone, watchedHere } from "./runtimeLiveness";

/** How long a lease holds without renewal: three renewals may be missed (a busy main thread, a
 * timer throttled in a hidden page) before another runtime takes the command over. */
export const LEASE_MS = 45_000;

/** How often a runtime renews the leases of the commands it is sending. */
export const LEASE_RENEW_MS = 15_000;

export interface Lease {
  /** The runtime sending it (runtimeId.ts). */
  readonly owner: string;
  /** ISO 8601 UTC: the owner has renewed up to here. */
  readonly until: string;
  /** The owner holds its runtime lock (runtimeLiveness.ts): once the lock is gone, so is the lease. */
  readonly watched?: true;
}

/** What a lease is judged on: an outbox envelope's status and lease (outboxEnvelope.ts). */
interface Leased {
  readonly status: string;
  readonly lease?: Lease;
  /** Set by older versions, which marked a command `sending` without a lease. */
  readonly sendingSince?: string;
}

export const leaseFrom = (owner: string, nowMs: number): Lease => ({
  owner,
  until: new Date(nowMs + LEASE_MS).toISOString(),
  ...(watchedHere(owner) ? { watched: true as const } : {}),
});

/** Held: renewed within LEASE_MS, by an owner not known to be gone (a closed pane's lock is). */
export const leaseLive = (lease: Lease | undefined, nowMs: number): lease is Lease => {
  if (lease === undefined) return false;
  const until = Date.parse(lease.until);
  if (until <= nowMs) return false;
  return !(lease.watched && knownGone(lease.owner, until - LEASE_MS));
};

/** A command left `sending` by a runtime that is gone: its lease ran out. One marked by an older
 * version (a `sendingSince` but no lease) counts as leased for LEASE_MS from then. */
export function ownerGone(envelope: Leased, nowMs: number): boolean {
  if (envelope.status !== "sending") return false;
  if (envelope.lease) return !leaseLive(envelope.lease, nowMs);
  if (envelope.sendingSince === undefined) return false; // waits for replay(), as it always did
  return Date.parse(envelope.sendingSince) + LEASE_MS <= nowMs;
}

/** Another runtime is sending it right now: never send it beside them. */
export const sentByAnother = (envelope: Leased, owner: string, nowMs: number): boolean =>
  envelope.status === "sending" && leaseLive(envelope.lease, nowMs) && envelope.lease.owner !== owner;
