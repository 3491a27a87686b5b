// Two drafts for one draft request (a second runtime sent the same status update while the first
// was): the next look keeps one — the finished one, then the first made — and deletes the other.
import type { RunningEmulator } from "../../graph-emulator";
import type { DraftRequest } from "../../../src/graph/ports";
import { createDrafts } from "../../../src/graph/drafts";
import { keptDraft } from "../../../src/graph/adapters-support/draftTwins";
import { DRAFT_REQUEST_PROPERTY, ITEM_PROPERTY } from "../../../src/graph/adapters-support/svaraProperties";
import { emulator, graphFor, unwrap } from "./helpers";

let emu: RunningEmulator;
beforeEach(async () => {
  emu = await emulator("demo");
});
afterEach(() => emu.close());

const request: DraftRequest = {
  id: "draft-status-twin",
  to: [{ name: "Kandidat", email: "kandidat@example.se" }],
  subject: "Läget i rekryteringen",
  html: "<p>Hej, vi återkommer vecka 49.</p>",
  replyToMessageId: null,
};

const draftsFor = (e: RunningEmulator, requestId: string) =>
  [...e.state.messages.values()].filter((m) =>
    ((m["singleValueExtendedProperties"] ?? []) as { id: string; value: string }[]).some(
      (p) => p.id === DRAFT_REQUEST_PROPERTY && p.value.replace(/^pending:/, "") === requestId,
    ),
  );

describe("twin drafts", () => {
  it("keeps one draft per request and deletes the twin a second runtime made", async () => {
    const first = unwrap(await createDrafts(graphFor(emu)).createDrafts([request]));
    const twin = await graphFor(emu).post<{ id: string }>("/me/messages", {
      subject: request.subject,
      singleValueExtendedProperties: [
        { id: ITEM_PROPERTY, value: "draft" },
        { id: DRAFT_REQUEST_PROPERTY, value: request.id },
      ],
    });
    expect(twin.ok).toBe(true);
    expect(draftsFor(emu, request.id)).toHaveLength(2);
    const kept = keptDraft(
      draftsFor(emu, request.id).map((m) => ({
        remoteId: String(m["id"]),
        createdAt: m["createdDateTime"] as string,
        pending: false,
      })),
    )!.keeper.remoteId;

    const again = unwrap(await createDrafts(graphFor(emu)).createDrafts([request]));
    expect(again.created).toEqual([{ id: request.id, messageId: kept }]);
    expect(draftsFor(emu, request.id).map((m) => m["id"])).toEqual([kept]);
    expect([first.created[0]!.messageId, twin.ok && twin.value.body?.id]).toContain(kept);
  });

  it("keeps the finished draft over a reply that was cut before its text arrived", () => {
    const kept = keptDraft([
      { remoteId: "a-half-made", createdAt: "2026-11-24T15:00:00Z", pending: true },
      { remoteId: "b-finished", createdAt: "2026-11-24T15:00:01Z", pending: false },
    ])!;
    expect(kept.keeper.remoteId).toBe("b-finished");
    expect(kept.twins.map((t) => t.remoteId)).toEqual(["a-half-made"]);
    expect(keptDraft([])).toBeNull();
  });
});
