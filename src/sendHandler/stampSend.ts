// Marks the mail being sent with its send id, in both places it must be found again: the custom
// property first (the sender's copy in Sent Items keeps it, so the delta of Sent Items logs the
// mail once), then the internet header (the recipients' copies carry it; Sent Items does not:
// microsoft-graph-docs issue #2716). Either failing fails the stamp, and then the handler logs
// nothing and leaves the mail to Sent Items detection — never a mail logged twice.
import type { Result } from "../domain";
import type { SendEvent } from "../host/sendEvent";
import { SEND_HEADER, SEND_PROPERTY } from "./sendId";

export async function stampSend(event: SendEvent, sendId: string): Promise<Result<void>> {
  const property = await event.setCustomProperty(SEND_PROPERTY, sendId);
  if (!property.ok) return property;
  return event.setHeader(SEND_HEADER, sendId);
}
