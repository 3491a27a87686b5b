// Leases a runtime holds for the whole device, in the outbox's database: today the sweep's, so
// that of the pane, a pop-out, the dashboard and the send handler only one brings the follow-ups in
// line at a time, and no command starts elsewhere while it does (docs/decisions/0007).

import type { IDBPDatabase } from "idb";
import { err, ok, type Result } from "../domain/result";
import { storageError } from "./outboxErrors";
import { leaseFrom, leaseLive, sentByAnother } from "./outboxLease";
import { refreshLiveness } from "./runtimeLiveness";
import { LEASES, STORE, type LeaseStore, type OutboxSchema } from "./outboxSchema";
import type { OutboxStore } from "./outboxPort";

/** The device-wide leases (one sweep at a time across the runtimes of a device). */
export function deviceLeases(
  db: IDBPDatabase<OutboxSchema>,
): Pick<OutboxStore, "acquireLease" | "releaseLease" | "sendingElsewhere"> {
  async function inLeases<T>(work: (store: LeaseStore) => Promise<T>): Promise<Result<T>> {
    try {
      const tx = db.transaction(LEASES, "readwrite", { durability: "strict" });
      const value = await work(tx.store);
      await tx.done;
      return ok(value);
    } catch (e) {
      return err(storageError(e));
    }
  }
  return {
    acquireLease: async (name, owner, nowMs = Date.now()) => {
      const look = refreshLiveness(nowMs);
      if (look) await look;
      return inLeases(async (store) => {
        const held = await store.get(name);
        if (leaseLive(held, nowMs) && held.owner !== owner) return false;
        await store.put({ name, ...leaseFrom(owner, nowMs) });
        return true;
      });
    },
    releaseLease: (name, owner) =>
      inLeases(async (store) => {
        const held = await store.get(name);
        if (held?.owner === owner) await store.delete(name);
      }),
    sendingElsewhere: async (owner, nowMs = Date.now()) => {
      const look = refreshLiveness(nowMs);
      if (look) await look;
      try {
        const sending = await db.getAllFromIndex(STORE, "byStatus", "sending");
        return ok(sending.filter((c) => sentByAnother(c, owner, nowMs)).length);
      } catch (e) {
        return err(storageError(e));
      }
    },
  };
}
