// The OnMessageSend handler's half of contact detection. It runs in its own short-lived runtime
// with no engine: it matches the recipients against this device's copy of the processes and puts
// the LogContact commands straight into the outbox, under the same ids the delta of Sent Items
// will derive later (contactIds.ts) — so the mail is logged once, whichever sees it first. The
// pane's engine sends them on its next pass.

import { ok, type IsoInstant, type Result } from "../domain";
import type { Processes } from "./applyCommand";
import { mailContactCommands, type DetectedMail } from "./contactDetection";
import type { OutboxStore } from "./outboxStore";
import { announceOutboxChange } from "./outboxSignal";

export interface SentMailDeps {
  readonly outbox: Pick<OutboxStore, "enqueue">;
  readonly processes: () => Promise<Result<Processes>>;
  readonly now: () => IsoInstant;
}

/** How many candidates the mail was logged for. An error means not saved: let the send go on,
 * the delta of Sent Items will find the mail later. */
export async function logSentMail(mail: DetectedMail, deps: SentMailDeps): Promise<Result<number>> {
  const processes = await deps.processes();
  if (!processes.ok) return processes;
  const commands = mailContactCommands(mail, "out", processes.value, deps.now());
  for (const { id, type, key, payload, createdAt } of commands) {
    const saved = await deps.outbox.enqueue({ id, type, key, payload, createdAt });
    if (!saved.ok) return saved;
  }
  if (commands.length > 0) announceOutboxChange(); // an open pane sends them now
  return ok(commands.length);
}
