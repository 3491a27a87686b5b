// The outbox's IndexedDB layout: the commands, and since version 2 the device-wide leases.

import type { DBSchema, IDBPObjectStore } from "idb";
import type { OutboxEnvelope, OutboxStatus } from "./outboxEnvelope";
import type { Lease } from "./outboxLease";

export const STORE = "commands";
/** Device-wide leases by name (today only SWEEP_LEASE). */
export const LEASES = "leases";
/** 2: the leases store (issue 12). */
export const VERSION = 2;
/** Held by the runtime bringing every follow-up in line (engine.sweepFollowUps). */
export const SWEEP_LEASE = "sweep";

interface NamedLease extends Lease {
  readonly name: string;
}

export interface OutboxSchema extends DBSchema {
  commands: { key: string; value: OutboxEnvelope; indexes: { byStatus: OutboxStatus } };
  leases: { key: string; value: NamedLease };
}

export type Store = IDBPObjectStore<OutboxSchema, ["commands"], "commands", "readwrite">;

export type LeaseStore = IDBPObjectStore<OutboxSchema, ["leases"], "leases", "readwrite">;

/** Creates what an older version's database lacks; runs inside IndexedDB's upgrade transaction. */
export function upgradeOutbox(raw: IDBDatabase): void {
  if (!raw.objectStoreNames.contains(STORE)) {
    raw.createObjectStore(STORE, { keyPath: "id" }).createIndex("byStatus", "status");
  }
  if (!raw.objectStoreNames.contains(LEASES)) raw.createObjectStore(LEASES, { keyPath: "name" });
}
