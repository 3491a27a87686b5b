import { wrap, type DBSchema, type IDBPDatabase, type IDBPObjectStore } from "idb";
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
import { requestPersistentStorage, type PersistableStorage } from "./persistentStorage";

const STORE = "commands";
const VERSION = 1;

interface OutboxSchema extends DBSchema {
  commands: { key: string; value: OutboxEnvelope; indexes: { byStatus: OutboxStatus } };
}

type Store = IDBPObjectStore<OutboxSchema, ["commands"], "commands", "readwrite">;

export interface OutboxStoreOptions {
  /** Defaults to the page's indexedDB; null means there is none (tests, locked-down browsers). */
  readonly indexedDB?: IDBFactory | null;
  readonly name?: string;
  /** Defaults to navigator.storage; null skips the persistence request. */
  readonly storage?: PersistableStorage | null;
}

export interface OutboxStore {
  /** Resolves only after the write is committed to disk: "saved" means saved. Enqueueing an id
   * that is already there returns the stored command unchanged (a double-clicked save). */
  enqueue<P>(command: NewCommand<P>): Promise<Result<OutboxEnvelope<P>>>;
  get(id: string): Promise<Result<OutboxEnvelope | undefined>>;
  /** Pending commands, oldest first (createdAt, then id). */
  listPending(): Promise<Result<OutboxEnvelope[]>>;
  /** Pending commands per ordering key, each in order. */
  pendingByKey(): Promise<Result<Map<string, OutboxEnvelope[]>>>;
  /** Per key, the pending commands that can be sent now without overtaking an earlier command
   * that is still sending, failed or paused; a command left `sending` longer than
   * SENDING_STALE_MS before `nowMs` (epoch ms, default the wall clock) counts as pending. */
  readyByKey(nowMs?: number): Promise<Result<Map<string, OutboxEnvelope[]>>>;
  listByStatus(status: OutboxStatus): Promise<Result<OutboxEnvelope[]>>;
  /** pending (or a stale sending, see readyByKey) → sending at `nowMs` (epoch ms, default the wall
   * clock), counting the attempt. Of two runtimes claiming one command, one gets it. */
  markSending(id: string, nowMs?: number): Promise<Result<OutboxEnvelope>>;
  /** → sent, with what Graph answered. Final: a sent command never goes out again. */
  markSent(id: string, sentResult?: unknown): Promise<Result<OutboxEnvelope>>;
  /** → pending, keeping why the last try failed (throttled, offline). */
  markRetryLater(id: string, error: AppError): Promise<Result<OutboxEnvelope>>;
  /** → failed: shown to the recruiter with the reason and a retry button. */
  markFailed(id: string, error: AppError): Promise<Result<OutboxEnvelope>>;
  /** → paused: waits for something outside (sign-in, a conflict to resolve). */
  markPaused(id: string, error?: AppError): Promise<Result<OutboxEnvelope>>;
  /** failed/paused → pending: the retry button. */
  retry(id: string): Promise<Result<OutboxEnvelope>>;
  /** The recruiter gives up on a failed change: only a failed one can go, and only by their hand. */
  discard(id: string): Promise<Result<OutboxEnvelope>>;
  /** The recruiter stops what has not gone yet (a bulk update cancelled): a pending, paused or
   * failed command leaves the outbox. One already sending is not stopped — it may be in Microsoft
   * 365 already — and the error says so. */
  cancel(id: string): Promise<Result<OutboxEnvelope>>;
  /** After a reload, commands caught mid-send go back to pending; their ids keep the re-send
   * from creating twins. Returns how many. */
  recoverInterrupted(): Promise<Result<number>>;
  /** Forget sent commands made before `createdBefore` (ISO); later commands may still need their
   * sentResult. Returns how many. */
  removeSent(createdBefore: string): Promise<Result<number>>;
  close(): void;
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
    request.onupgradeneeded = () => {
      const raw = request.result;
      if (!raw.objectStoreNames.contains(STORE)) {
        raw.createObjectStore(STORE, { keyPath: "id" }).createIndex("byStatus", "status");
      }
    };
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
      const all = await read(() => db.getAll(STORE));
      return all.ok ? ok(readyByKey(all.value, nowMs)) : all;
    },
    listByStatus: byStatus,
    markSending: (id, nowMs = Date.now()) =>
      write(async (store) => {
        // One readwrite transaction: of two panes claiming the command, the second sees it taken.
        const current = await store.get(id);
        if (!current) return err(commandNotFound(id));
        if (!isSendable(current, nowMs)) return err(invalidTransition(id, current.status));
        const next: OutboxEnvelope = {
          ...current,
          status: "sending",
          attempts: current.attempts + 1,
          sendingSince: new Date(nowMs).toISOString(),
        };
        await store.put(next);
        return ok(next);
      }),
    markSent: (id, sentResult) =>
      transition(id, NOT_SENT, (c) => ({
        ...withoutError(c),
        status: "sent",
        ...(sentResult !== undefined
          ? { sentResult: JSON.parse(JSON.stringify(sentResult)) as unknown }
          : {}),
      })),
    markRetryLater: (id, error) =>
      transition(id, NOT_SENT, (c) => ({ ...c, status: "pending", lastError: toStoredError(error) })),
    markFailed: (id, error) =>
      transition(id, NOT_SENT, (c) => ({ ...c, status: "failed", lastError: toStoredError(error) })),
    markPaused: (id, error) =>
      transition(id, NOT_SENT, (c) => ({
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
    recoverInterrupted: () =>
      write(async (store) => {
        const stuck = await store.index("byStatus").getAll("sending");
        for (const c of stuck) await store.put({ ...c, status: "pending" });
        return ok(stuck.length);
      }),
    removeSent: (createdBefore) =>
      write(async (store) => {
        const old = (await store.index("byStatus").getAll("sent")).filter((c) => c.createdAt < createdBefore);
        for (const c of old) await store.delete(c.id);
        return ok(old.length);
      }),
    close: () => db.close(),
  };
}

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
