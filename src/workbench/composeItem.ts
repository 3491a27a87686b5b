import type { HostItem } from "../host/host";
import type { ComposeDraft } from "./ComposeView";

/** What Outlook hands the pane while a mail is being written: recipients, no id until saved. */
export const composeItem = (draft: ComposeDraft): HostItem => ({
  kind: "message-compose",
  restId: null,
  conversationId: null,
  subject: draft.subject,
  from: null,
  to: draft.to,
  cc: [],
});
