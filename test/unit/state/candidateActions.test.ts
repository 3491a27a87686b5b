import { ok, type Result } from "../../../src/domain";
import { createProcessesStore } from "../../../src/state/processesStore";
import type { Command } from "../../../src/sync/commands";

function recording() {
  const sent: Command[] = [];
  let n = 0;
  const store = createProcessesStore(
    {
      dispatch: async (c): Promise<Result<never>> => (sent.push(c), ok(undefined as never)),
      refresh: async () => ok({ unreadable: [], offline: null }),
    },
    () => ({ id: `id-${(n += 1)}`, createdAt: "2026-11-25T09:00:00.000Z" }),
  );
  return { sent, actions: store.getState() };
}

const asa = { processId: "p-nordbank-backend", candidateId: "c-asa-oberg" };

describe("what the recruiter's clicks become", () => {
  it("adds the sender of the open mail as a candidate, named from the mail and linked to it", async () => {
    const { sent, actions } = recording();
    await actions.addCandidateFromMail("p-nordbank-backend", "c-asa-oberg", {
      messageId: "AAMk-1",
      internetMessageId: "<a@b.se>",
      at: "2026-11-24T08:00:00.000Z",
      subject: "Ansökan backend",
      from: { name: "Öberg, Åsa", email: "asa.oberg@example.se" },
    });
    expect(sent[0]).toMatchObject({
      id: "id-1",
      type: "AddCandidate",
      key: "p-nordbank-backend/c-asa-oberg",
      payload: { name: "Åsa Öberg", email: "asa.oberg@example.se", sourceMail: { messageId: "AAMk-1" } },
    });
  });

  it("logs a call under the id of the click, so OneNote's entry carries the same id", async () => {
    const { sent, actions } = recording();
    await actions.logCall(asa, "reached", "Gav besked", true);
    expect(sent[0]).toMatchObject({
      id: "id-1",
      payload: { contact: { id: "id-1", kind: "decision", channel: "phone" } },
    });
  });

  it("keeps a note's id, time and text together", async () => {
    const { sent, actions } = recording();
    await actions.addNote(asa, "Vill ha besked före jul 🎄");
    expect(sent[0]).toMatchObject({
      type: "AddNote",
      payload: { noteId: "id-1", text: "Vill ha besked före jul 🎄" },
    });
  });

  it("moves a candidate, with the rejection reason when there is one", async () => {
    const { sent, actions } = recording();
    await actions.moveStage(asa, "rejected", { reason: "missing-requirement", detail: "Kotlin" });
    await actions.moveStage(asa, "interview");
    expect(sent.map((c) => c.payload)).toEqual([
      { ...asa, stageId: "rejected", rejection: { reason: "missing-requirement", detail: "Kotlin" } },
      { ...asa, stageId: "interview", rejection: null },
    ]);
  });
});
