// Extended properties inside createReply's `message` are not documented
// (learn.microsoft.com/graph/api/message-createreply: the body documents `message` and `comment`;
// ../shared/reviews/graph-fidelity.md): if Graph drops them, the draft would be untagged, the
// drafts listing would miss it and a retry would make a twin. The follow-up PATCH tags it again.
import { fillReplyItem } from "../../../src/graph/adapters-support/draftMessages";
import { DRAFT_REQUEST_PROPERTY, ITEM_PROPERTY } from "../../../src/graph/adapters-support/svaraProperties";
import type { DraftRequest } from "../../../src/graph/ports";

const draft = {
  id: "dr-asa-1",
  to: [{ name: "Åsa Öberg", email: "asa.oberg@example.se" }],
  subject: "Re: Ansökan",
  html: "<p>Hej Åsa!</p>",
  replyToMessageId: "AAMk-asa",
} as unknown as DraftRequest;

describe("a reply draft's text", () => {
  it("tags the draft in full again with its text, whatever createReply kept of the tags", () => {
    const item = fillReplyItem("r1", draft, "AAMk-draft", {
      contentType: "html",
      content: "<html><body><hr>quoted</body></html>",
    });
    expect(item).toMatchObject({ method: "PATCH", url: "/me/messages/AAMk-draft", idempotent: true });
    expect((item.body as { singleValueExtendedProperties: unknown }).singleValueExtendedProperties).toEqual([
      { id: ITEM_PROPERTY, value: "draft" },
      { id: DRAFT_REQUEST_PROPERTY, value: "dr-asa-1" },
    ]);
    expect((item.body as { body: { content: string } }).body.content).toBe(
      "<html><body><p>Hej Åsa!</p><hr>quoted</body></html>",
    );
  });
});
