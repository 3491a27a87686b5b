import { ok, type Result } from "../../../src/domain";
import { createProcessesStore } from "../../../src/state/processesStore";
import type { HostItem } from "../../../src/host/host";
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

  it("ticks a follow-up off once, however often the recruiter clicks it", async () => {
    const { sent, actions } = recording();
    const followUpId = "p-nordbank-backend:c-asa-oberg:answer-due:20261120T100000Z";
    await actions.completeFollowUp(asa, followUpId);
    await actions.completeFollowUp(asa, followUpId);
    expect(sent[0]).toMatchObject({
      type: "CompleteFollowUp",
      key: "p-nordbank-backend/c-asa-oberg",
      payload: { ...asa, followUpId },
    });
    expect(sent[0]!.payload).not.toHaveProperty("remoteId");
    expect(sent[1]!.id).toBe(sent[0]!.id); // the outbox keeps a second one with the same id once
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

describe("what the pane's forms become", () => {
  const mail: HostItem = {
    kind: "message-read",
    restId: "AAMk-7",
    receivedAt: "2026-11-24T08:00:00.000Z",
    conversationId: "conv-7",
    subject: "Ansökan backend",
    from: { name: "Öberg, Åsa", email: "asa.oberg@example.se" },
    to: [],
    cc: [],
  };
  const input = {
    processId: "p-nordbank-backend",
    name: "Åsa Öberg",
    email: "asa@oberg.se",
    phone: "+46701234567",
    linkedInUrl: null,
  };

  it("adds the sender as the recruiter corrected them, under a fresh id, with the open mail linked", async () => {
    const { sent, actions } = recording();
    await actions.addCandidateFromItem(mail, input);
    expect(sent[0]).toMatchObject({
      type: "AddCandidate",
      payload: {
        processId: "p-nordbank-backend",
        name: "Åsa Öberg",
        email: "asa@oberg.se",
        phone: "+46701234567",
        sourceMail: { messageId: "AAMk-7", at: "2026-11-24T08:00:00.000Z", subject: "Ansökan backend" },
      },
    });
    expect(sent[0]!.type === "AddCandidate" && sent[0]!.payload.candidateId).toMatch(
      /^c-asa-oberg-[a-z0-9]{6}$/,
    );
    await actions.addCandidateFromItem(mail, input);
    expect(sent[1]!.key).not.toBe(sent[0]!.key); // the same person added twice is two candidates, not one overwritten
  });

  it("dates a mail the host gives no time for at the click", async () => {
    const { sent, actions } = recording();
    await actions.addCandidateFromItem({ ...mail, receivedAt: undefined }, input);
    expect(sent[0]).toMatchObject({ payload: { sourceMail: { at: "2026-11-25T09:00:00.000Z" } } });
  });

  it("sends only the details the recruiter changed since the form opened, and nothing when none did", async () => {
    const { sent, actions } = recording();
    const started = { phone: null, linkedInUrl: null, emails: ["asa.oberg@example.se"] };
    expect(actions.updateDetails(asa, started, started)).toBeNull();
    await actions.updateDetails(asa, started, { ...started, phone: "+46701234567" });
    expect(sent.map((c) => c.payload)).toEqual([{ ...asa, changes: { phone: "+46701234567" } }]);
  });

  it("logs an interview with no end time as held at the click", async () => {
    const { sent, actions } = recording();
    await actions.logMeetingHeld(asa, null, "Intervju", "evt-1");
    await actions.logMeetingHeld(asa, null, "Intervju", null);
    expect(sent.map((c) => c.type === "LogContact" && c.payload.contact.at)).toEqual([
      "2026-11-25T09:00:00.000Z",
      "2026-11-25T09:00:00.000Z",
    ]);
  });
});
