// What the engine tells the rest of the app (the stores in state/ subscribe): the processes as the
// recruiter should see them, each command's fate, and whether the queue waits for a sign-in.

import type { AppError, Template } from "../domain";
import type { Processes } from "./applyCommand";
import type { OutboxEnvelope, StoredError } from "./outboxEnvelope";

export type CommandState = "pending" | "sending" | "sent" | "failed";

export interface CommandStatus {
  readonly id: string;
  readonly type: string;
  readonly key: string;
  readonly createdAt: string;
  readonly state: CommandState;
  readonly attempts: number;
  /** Why the last try failed: for a failed command, the reason shown next to the retry button. */
  readonly error?: StoredError;
  /** When a command waiting after a retryable failure goes out again (epoch ms). */
  readonly retryAt?: number;
}

export type QueueState = { readonly paused: false } | { readonly paused: true; readonly reason: AppError };

export interface SyncListener {
  processes?(processes: Processes): void;
  command?(status: CommandStatus): void;
  queue?(state: QueueState): void;
  /** Her own templates as she should see them (the document with her unsent changes on top). */
  templates?(templates: readonly Template[]): void;
}

export function statusOf(envelope: OutboxEnvelope, retryAt?: number): CommandStatus {
  const state: CommandState =
    envelope.status === "paused" ? "pending" : envelope.status === "sending" ? "sending" : envelope.status;
  return {
    id: envelope.id,
    type: envelope.type,
    key: envelope.key,
    createdAt: envelope.createdAt,
    state,
    attempts: envelope.attempts,
    ...(envelope.lastError ? { error: envelope.lastError } : {}),
    ...(retryAt !== undefined ? { retryAt } : {}),
  };
}
