// Follow-ups as the planner makes them, for the To Do and calendar adapters' tests, and one of them
// written or completed through the adapters' one write path.
import { err, followUpId, ok, type FollowUp, type Result } from "../../../src/domain";
import type { BulkFollowUpWriter, MailLink } from "../../../src/graph/ports";

export function callFollowUp(overrides: Partial<FollowUp> = {}): FollowUp {
  const dueAt = overrides.dueAt ?? "2026-11-26T09:00:00.000Z";
  return {
    id: followUpId("p-nordbank-backend", "c-asa-oberg", "call", "20261120T091200Z"),
    processId: "p-nordbank-backend",
    candidateId: "c-asa-oberg",
    kind: "call",
    channel: "phone",
    target: "calendar",
    dueAt,
    remindAt: "2026-11-26T08:45:00.000Z",
    overdue: false,
    title: { sv: "Ring Åsa Öberg om intervjun", en: "Call Åsa Öberg about the interview" },
    body: { sv: "Besked efter intervjun.\n\nVar tydlig.", en: "Decision after the interview.\n\nBe clear." },
    template: null,
    call: {
      phone: "+46 70 123 45 67",
      talkingPoints: { sv: ["Tacka för intervjun", "Nästa steg"], en: ["Thank them", "Next step"] },
    },
    ...overrides,
  };
}

export function answerFollowUp(overrides: Partial<FollowUp> = {}): FollowUp {
  return {
    id: followUpId("p-nordbank-backend", "c-erik-lund", "answer-due", "20261114T101500Z"),
    processId: "p-nordbank-backend",
    candidateId: "c-erik-lund",
    kind: "answer-due",
    channel: "email",
    target: "todo",
    dueAt: "2026-11-24T10:15:00.000Z",
    remindAt: "2026-11-21T08:00:00.000Z",
    overdue: false,
    title: { sv: "Svara Erik Lund senast 24 nov", en: "Answer Erik Lund by 24 Nov" },
    body: { sv: "Erik väntar på besked.", en: "Erik is waiting for an answer." },
    template: "status-update",
    call: null,
    ...overrides,
  };
}

/** One follow-up through the bulk write, as sync writes a single candidate's: its remote id. */
export async function upsertOne(
  port: Pick<BulkFollowUpWriter, "upsertFollowUps">,
  followUp: FollowUp,
  existingId: string | null,
  mailLink?: MailLink,
): Promise<Result<string>> {
  const written = await port.upsertFollowUps(
    [{ followUp, existingId, ...(mailLink ? { mailLink } : {}) }],
    "sv",
  );
  if (!written.ok) return written;
  const failed = written.value.failed[0];
  return failed ? err(failed.error) : ok(written.value.saved[0]!.remoteId);
}

/** One follow-up completed through the bulk completion, as the recruiter's tick does. */
export async function completeOne(
  port: Pick<BulkFollowUpWriter, "completeFollowUps">,
  remoteId: string,
): Promise<Result<void>> {
  const done = await port.completeFollowUps([remoteId]);
  if (!done.ok) return done;
  const failed = done.value.failed[0];
  return failed ? err(failed.error) : ok(undefined);
}
