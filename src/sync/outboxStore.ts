import { wrap, type IDBPDatabase } from "idb";
import { appError, err, ok, type AppError, type Result } from "../domain/result";
import {
  compareEnvelopes,
  groupByKey,
  isSendable,
  readyByKey,
  toStoredError,
  type NewCommand,
  type OutboxEnvelope,
  type OutboxStatus,
} from "./outboxEnvelope";
import {
  commandAlreadySending,
  commandNotFound,
  commandNotJson,
  outboxUnavailable,
  storageError,
} from "./outboxErrors";
import { deviceLeases } from "./deviceLeases";
import { sentReceipt } from "./sentReceipt";
import { sendingElsewhere, sweepElsewhere } from "./leaseErrors";
import { leaseFrom, leaseLive } from "./outboxLease";
import {
  LEASES,
  STORE,
  SWEEP_LEASE,
  upgradeOutbox,
  VERSION,
  type OutboxSchema,
  type Store,
} from "./outboxSchema";
import type { OutboxStore } from "./outboxPort";
import { requestPersistentStorage, type PersistableStorage } from "./persistentStorage";
import { refreshLiveness } from "./runtimeLiveness";

export type { OutboxStore } from "./outboxPort";

export interface OutboxStoreOptions {
  /** Defaults to the page's indexedDB; null means there is none (tests, locked-down browsers). */
  readonly indexedDB?: IDBFactory | null;
  readonly name?: string;
  /** Defaults to navigator.storage; null skips the persistence request. */
  readonly storage?: PersistableStorage | null;
}

export async function openOutboxStore(options: OutboxStoreOptions = {}): Promise<Result<OutboxStore>> {
  let factory: IDBFactory | null | undefined;
  try {
    factory = options.indexedDB === undefined ? globalThis.indexedDB : options.indexedDB;
  } catch (e) {
    return err(outboxUnavailable(e)); // sandboxed frames throw on merely reading indexedDB
  }
  if (!factory) return err(outboxUnavailable("indexedDB is not available"));

  let db: IDBPDatabase<OutboxSchema>;
  try {
    const request = factory.open(options.name ?? "svara-outbox", VERSION);
    request.onupgradeneeded = () => upgradeOutbox(request.result);
    const opened = await wrap(request);
    if (!opened) return err(outboxUnavailable("open returned no database"));
    db = opened as unknown as IDBPDatabase<OutboxSchema>;
  } catch (e) {
    return err(outboxUnavailable(e));
  }
  // Another tab with a newer Svara wants to upgrade the schema: step aside rather than block it.
  db.addEventListener("versionchange", () => db.close());
  if (options.storage !== null) void requestPersistentStorage(options.storage);
  return ok(outboxOver(db));
}

function outboxOver(db: IDBPDatabase<OutboxSchema>): OutboxStore {
  async function write<T>(work: (store: Store) => Promise<Result<T>>): Promise<Result<T>> {
    let tx: { abort(): void } | undefined;
    try {
      const open = db.transaction(STORE, "readwrite", { durability: "strict" });
      tx = open;
      // An abort rejects `done` even on paths that return early; mark it handled here.
      open.done.catch(() => undefined);
      const result = await work(open.store);
      if (!result.ok) {
        open.abort();
        return result;
      }
      await open.done; // committed, not just queued
      return result;
    } catch (e) {
      abortQuietly(tx);
      return err(storageError(e));
    }
  }

  async function read<T>(work: () => Promise<T>): Promise<Result<T>> {
    try {
      return ok(await work());
    } catch (e) {
      return err(storageError(e));
    }
  }

  const transition = (
    id: string,
    allowedFrom: readonly OutboxStatus[],
    change: (current: OutboxEnvelope) => OutboxEnvelope,
  ): Promise<Result<OutboxEnvelope>> =>
    write(async (store) => {
      const current = await store.get(id);
      if (!current) return err(commandNotFound(id));
      if (!allowedFrom.includes(current.status)) return err(invalidTransition(id, current.status));
      const next = change(current);
      await store.put(next);
      return ok(next);
    });

  const NOT_SENT: readonly OutboxStatus[] = ["pending", "sending", "failed", "paused"];
  /** A try's verdict, lease dropped; refused when another live runtime took the command over
   * meanwhile (its verdict is the one that counts). */
  const settle = (id: string, owner: string | undefined, change: (c: OutboxEnvelope) => OutboxEnvelope) =>
    write(async (store) => {
      const current = await store.get(id);
      if (!current) return err(commandNotFound(id));
      if (!NOT_SENT.includes(current.status)) return err(invalidTransition(id, current.status));
      const taker = current.status === "sending" ? current.lease?.owner : undefined;
      if (owner !== undefined && taker !== undefined && taker !== owner)
        return err(sendingElsewhere(id, taker));
      const next = change(withoutLease(current));
      await store.put(next);
      return ok(next);
    });
  const withoutError = ({ lastError: _dropped, ...rest }: OutboxEnvelope): OutboxEnvelope => rest;
  const byStatus = (status: OutboxStatus) =>
    read(async () => (await db.getAllFromIndex(STORE, "byStatus", status)).sort(compareEnvelopes));

  return {
    enqueue: <P>(command: NewCommand<P>) =>
      write<OutboxEnvelope<P>>(async (store) => {
        let payload: P;
        try {
          payload = JSON.parse(JSON.stringify(command.payload)) as P;
        } catch (e) {
          return err(commandNotJson(command.id, e));
        }
        const existing = await store.get(command.id);
        if (existing) return ok(existing as OutboxEnvelope<P>);
        const envelope: OutboxEnvelope<P> = { ...command, payload, attempts: 0, status: "pending" };
        await store.put(envelope);
        return ok(envelope);
      }),
    get: (id) => read(() => db.get(STORE, id)),
    listPending: () => byStatus("pending"),
    pendingByKey: async () => {
      const pending = await byStatus("pending");
      return pending.ok ? ok(groupByKey(pending.value)) : pending;
    },
    readyByKey: async (nowMs = Date.now()) => {
      const look = refreshLiveness(nowMs);
      if (look) await look;
      const all = await read(() => db.getAll(STORE));
      return all.ok ? ok(readyByKey(all.value, nowMs)) : all;
    },
    listByStatus: byStatus,
    markSending: async (id, nowMs = Date.now(), owner) => {
      let tx: { abort(): void } | undefined;
      const look = refreshLiveness(nowMs);
      if (look) await look;
      try {
        // One readwrite transaction over the command and the sweep lease: of two runtimes claiming
        // the command the second sees it taken, and a sweep starting elsewhere either sees this one
        // sending (and waits for it) or has already stopped it here.
        const open = db.transaction([STORE, LEASES], "readwrite", { durability: "strict" });
        tx = open;
        open.done.catch(() => undefined);
        const sweep = await open.objectStore(LEASES).get(SWEEP_LEASE);
        if (leaseLive(sweep, nowMs) && sweep.owner !== owner) {
          open.abort();
          return err(sweepElsewhere(sweep.owner));
        }
        const commands = open.objectStore(STORE);
        const current = await commands.get(id);
        if (!current) {
          open.abort();
          return err(commandNotFound(id));
        }
        if (!isSendable(current, nowMs)) {
          open.abort();
          return err(invalidTransition(id, current.status));
        }
        const next: OutboxEnvelope = {
          ...withoutLease(current),
          status: "sending",
          attempts: current.attempts + 1,
          sendingSince: new Date(nowMs).toISOString(),
          ...(owner !== undefined ? { lease: leaseFrom(owner, nowMs) } : {}),
        };
        await commands.put(next);
        await open.done;
        return ok(next);
      } catch (e) {
        abortQuietly(tx);
        return err(storageError(e));
      }
    },
    renewLeases: (owner, ids, nowMs = Date.now()) =>
      write(async (store) => {
        const kept: string[] = [];
        for (const id of ids) {
          const current = await store.get(id);
          if (current?.status !== "sending" || current.lease?.owner !== owner) continue;
          await store.put({ ...current, lease: leaseFrom(owner, nowMs) });
          kept.push(id);
        }
        return ok(kept);
      }),
    markSent: (id, sentResult) =>
      write(async (store) => {
        const current = await store.get(id);
        if (!current) return err(commandNotFound(id));
        if (current.status === "sent") return ok(current); // both runtimes finished it: one is enough
        const next: OutboxEnvelope = {
          ...withoutLease(withoutError(current)),
          payload: sentReceipt(current.payload),
          status: "sent",
          ...(sentResult !== undefined
            ? { sentResult: JSON.parse(JSON.stringify(sentResult)) as unknown }
            : {}),
        };
        await store.put(next);
        return ok(next);
      }),
    markRetryLater: (id, error, owner) =>
      settle(id, owner, (c) => ({ ...c, status: "pending", lastError: toStoredError(error) })),
    markFailed: (id, error, owner) =>
      settle(id, owner, (c) => ({ ...c, status: "failed", lastError: toStoredError(error) })),
    markPaused: (id, error, owner) =>
      settle(id, owner, (c) => ({
        ...c,
        status: "paused",
        ...(error ? { lastError: toStoredError(error) } : {}),
      })),
    retry: (id) => transition(id, ["failed", "paused"], (c) => ({ ...c, status: "pending" })),
    discard: (id) =>
      write(async (store) => {
        const current = await store.get(id);
        if (!current) return err(commandNotFound(id));
        if (current.status !== "failed") return err(invalidTransition(id, current.status));
        await store.delete(id);
        return ok(current);
      }),
    cancel: (id) =>
      write(async (store) => {
        // In the same transaction as markSending's claim: either the cancel or the send wins.
        const current = await store.get(id);
        if (!current) return err(commandNotFound(id));
        if (current.status === "sending") return err(commandAlreadySending(id));
        if (current.status === "sent") return err(invalidTransition(id, current.status));
        await store.delete(id);
        return ok(current);
      }),
    recoverInterrupted: async (nowMs = Date.now()) => {
      const look = refreshLiveness(nowMs);
      if (look) await look;
      return write(async (store) => {
        const left = (await store.index("byStatus").getAll("sending")).filter(
          (c) => !leaseLive(c.lease, nowMs),
        );
        for (const c of left) await store.put({ ...withoutLease(c), status: "pending" });
        return ok(left.length);
      });
    },
    removeSent: (createdBefore) =>
      write(async (store) => {
        const old = (await store.index("byStatus").getAll("sent")).filter((c) => c.createdAt < createdBefore);
        for (const c of old) await store.delete(c.id);
        return ok(old.length);
      }),
    ...deviceLeases(db),
    close: () => db.close(),
  };
}

const withoutLease = ({ lease: _dropped, ...rest }: OutboxEnvelope): OutboxEnvelope => rest;

function abortQuietly(tx: { abort(): void } | undefined): void {
  try {
    tx?.abort();
  } catch {
    // already finished or aborted: nothing left to undo
  }
}

function invalidTransition(id: string, from: OutboxStatus): AppError {
  return appError(
    "outbox-invalid-transition",
    from === "sent" ? "Ändringen är redan skickad." : "Ändringen är inte i rätt läge för det här steget.",
    from === "sent"
      ? "The change has already been sent."
      : "The change is not in the right state for this step.",
    { cause: { id, from }, retryable: false },
  );
}
