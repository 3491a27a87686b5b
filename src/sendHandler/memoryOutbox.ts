// An outbox that lives only as long as the send handler: for classic Outlook on Windows, whose
// JavaScript-only runtime has no IndexedDB. The engine drives it exactly as it drives the real one,
// so the mail is logged by the same code; what the budget does not get to is lost here — and found
// again by the delta of Sent Items under the same ids (sendId.ts). Not durable, by design.

import { err, ok, type AppError, type Result } from "../domain/result";
import {
  compareEnvelopes,
  groupByKey,
  readyByKey,
  toStoredError,
  type OutboxEnvelope,
  type OutboxStatus,
} from "../sync/outboxEnvelope";
import { commandAlreadySending, commandNotFound } from "../sync/outboxErrors";
import type { OutboxStore } from "../sync/outboxStore";

export function memoryOutbox(): OutboxStore {
  const all = new Map<string, OutboxEnvelope>();
  const list = (status: OutboxStatus) =>
    [...all.values()].filter((e) => e.status === status).sort(compareEnvelopes);
  const move = (
    id: string,
    from: readonly OutboxStatus[],
    change: (e: OutboxEnvelope) => OutboxEnvelope,
  ): Result<OutboxEnvelope> => {
    const current = all.get(id);
    if (!current) return err(commandNotFound(id));
    if (!from.includes(current.status)) return err(notInState(id, current.status));
    const next = change(current);
    all.set(id, next);
    return ok(next);
  };
  const NOT_SENT: readonly OutboxStatus[] = ["pending", "sending", "failed", "paused"];
  const withError = (e: OutboxEnvelope, status: OutboxStatus, error?: AppError): OutboxEnvelope => ({
    ...e,
    status,
    ...(error ? { lastError: toStoredError(error) } : {}),
  });

  return {
    enqueue: async (command) => {
      const existing = all.get(command.id);
      if (existing) return ok(existing as never);
      const envelope = { ...command, attempts: 0, status: "pending" as const };
      all.set(command.id, envelope);
      return ok(envelope);
    },
    get: async (id) => ok(all.get(id)),
    listPending: async () => ok(list("pending")),
    pendingByKey: async () => ok(groupByKey(list("pending"))),
    readyByKey: async () => ok(readyByKey([...all.values()])),
    listByStatus: async (status) => ok(list(status)),
    markSending: async (id) =>
      move(id, ["pending"], (e) => ({ ...e, status: "sending", attempts: e.attempts + 1 })),
    markSent: async (id, sentResult) =>
      move(id, NOT_SENT, ({ lastError: _gone, ...e }) => ({
        ...e,
        status: "sent",
        ...(sentResult !== undefined ? { sentResult } : {}),
      })),
    markRetryLater: async (id, error) => move(id, NOT_SENT, (e) => withError(e, "pending", error)),
    markFailed: async (id, error) => move(id, NOT_SENT, (e) => withError(e, "failed", error)),
    markPaused: async (id, error) => move(id, NOT_SENT, (e) => withError(e, "paused", error)),
    retry: async (id) => move(id, ["failed", "paused"], (e) => ({ ...e, status: "pending" })),
    discard: async (id) => {
      const gone = await move(id, ["failed"], (e) => e);
      if (gone.ok) all.delete(id);
      return gone;
    },
    cancel: async (id) => {
      const gone = move(id, ["pending", "paused", "failed"], (e) => e);
      if (gone.ok) all.delete(id);
      else if (all.get(id)?.status === "sending") return err(commandAlreadySending(id));
      return gone;
    },
    recoverInterrupted: async () => ok(0),
    // Nobody else sees this outbox: every lease is the handler's own.
    renewLeases: async (_owner, ids) => ok([...ids]),
    acquireLease: async () => ok(true),
    releaseLease: async () => ok(undefined),
    sendingElsewhere: async () => ok(0),
    removeSent: async () => ok(0),
    close: () => all.clear(),
  };
}

function notInState(id: string, status: OutboxStatus): AppError {
  return {
    code: "outbox-invalid-transition",
    message: {
      sv: "Ändringen är inte i rätt läge för det här steget.",
      en: "The change is not in the right state for this step.",
    },
    cause: { id, from: status },
    retryable: false,
  };
}
