// Stands in for the OnMessageSend handler (src/sendHandler/), which runs in its own runtime: it puts
// the LogContact commands for a sent mail straight into the shared outbox and tells open panes.

import type { Processes } from "../../../../src/sync/applyCommand";
import { mailContactCommands, type DetectedMail } from "../../../../src/sync/contactDetection";
import { announceOutboxChange } from "../../../../src/sync/outboxSignal";
import type { OutboxStore } from "../../../../src/sync/outboxStore";

export async function handlerLogsSentMail(
  outbox: Pick<OutboxStore, "enqueue">,
  mail: DetectedMail,
  processes: Processes,
  now: string,
): Promise<number> {
  const commands = mailContactCommands(mail, "out", processes, now);
  for (const { id, type, key, payload, createdAt } of commands) {
    const saved = await outbox.enqueue({ id, type, key, payload, createdAt });
    if (!saved.ok) throw new Error(saved.error.code);
  }
  announceOutboxChange();
  return commands.length;
}
