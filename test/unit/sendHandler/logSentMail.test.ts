import { err, ok, type Process } from "../../../src/domain";
import {
  logSentMail,
  sentMailCommands,
  type LogSentMailDeps,
  type SentMail,
} from "../../../src/sendHandler/logSentMail";
import type { LogContact } from "../../../src/sync/commands";
import { candidate, process } from "../domain/fixtures";
import { offline } from "../sync/fakes/faults";

const SEND_ID = "5f0c2b1e-6a7d-4e8f-9a0b-1c2d3e4f5a6b";
const mail = (over: Partial<SentMail> = {}): SentMail => ({
  recipients: ["asa.oberg@example.se"],
  subject: "Besked om tjänsten",
  sendId: SEND_ID,
  at: "2026-11-25T10:00:00.000Z",
  ...over,
});
const nordbank = (): Process =>
  process({
    candidates: [
      candidate(),
      candidate({ id: "c-erik-nilsson", name: "Erik Nilsson", emails: ["erik.nilsson@example.se"] }),
    ],
  });

function deps(over: Partial<LogSentMailDeps> = {}) {
  const calls: string[] = [];
  const dispatched: LogContact[] = [];
  let clock = 0;
  const d: LogSentMailDeps = {
    processes: async () => (calls.push("processes"), ok([nordbank()])),
    stamp: async (id) => (calls.push(`stamp ${id}`), ok(undefined)),
    dispatch: async (c) => (calls.push(`dispatch ${c.id}`), dispatched.push(c), ok(undefined)),
    drain: async (ms) => void calls.push(`drain ${ms}`),
    now: () => (clock += 100),
    ...over,
  };
  return { d, calls, dispatched };
}

describe("logSentMail: the answer a sent mail is", () => {
  it("logs an outbound 'answer' with the subject as summary, under send ids", () => {
    const [command] = sentMailCommands(mail(), [nordbank()]);
    expect(command).toEqual({
      id: `send:${SEND_ID}>p-nordbank-backend/c-asa-oberg`,
      type: "LogContact",
      key: "p-nordbank-backend/c-asa-oberg",
      createdAt: "2026-11-25T10:00:00.000Z",
      payload: {
        processId: "p-nordbank-backend",
        candidateId: "c-asa-oberg",
        contact: {
          id: `send:${SEND_ID}`,
          at: "2026-11-25T10:00:00.000Z",
          direction: "out",
          channel: "email",
          kind: "answer",
          summary: "Besked om tjänsten",
          messageId: null,
          eventId: null,
        },
      },
    });
  });

  it("logs nothing for a candidate added after the mail, or one who already has it", () => {
    const later = process({ candidates: [candidate({ createdAt: "2026-11-26T08:00:00.000Z" })] });
    expect(sentMailCommands(mail(), [later])).toEqual([]);
    const [first] = sentMailCommands(mail(), [nordbank()]);
    const logged = process({ candidates: [candidate({ contacts: [first!.payload.contact] })] });
    expect(sentMailCommands(mail(), [logged])).toEqual([]);
  });

  it("finds the same candidate in two processes: one command for each", () => {
    const other = process({ id: "p-nordbank-frontend", candidates: [candidate()] });
    expect(sentMailCommands(mail(), [nordbank(), other]).map((c) => c.id)).toEqual([
      `send:${SEND_ID}>p-nordbank-backend/c-asa-oberg`,
      `send:${SEND_ID}>p-nordbank-frontend/c-asa-oberg`,
    ]);
  });

  it("stamps the mail before it logs, then sends for what is left of the budget", async () => {
    const { d, calls } = deps();
    const result = await logSentMail(
      mail({ recipients: ["asa.oberg@example.se", "erik.nilsson@example.se"] }),
      d,
      3000,
    );
    expect(result.ok && result.value.logged).toHaveLength(2);
    expect(calls).toEqual([
      "processes",
      `stamp ${SEND_ID}`,
      `dispatch send:${SEND_ID}>p-nordbank-backend/c-asa-oberg`,
      `dispatch send:${SEND_ID}>p-nordbank-backend/c-erik-nilsson`,
      "drain 2900",
    ]);
  });

  it("asks for no processes when the mail has no recipients, and stamps nothing for non-candidates", async () => {
    const none = deps();
    expect(await logSentMail(mail({ recipients: [] }), none.d, 3000)).toEqual(
      ok({ logged: [], notSaved: [] }),
    );
    expect(none.calls).toEqual([]);
    const colleagues = deps();
    await logSentMail(mail({ recipients: ["lena.berg@svara-demo.se"] }), colleagues.d, 3000);
    expect(colleagues.calls).toEqual(["processes"]);
  });

  it("logs nothing when the stamp fails, and says why", async () => {
    const { d, calls } = deps({ stamp: async () => err(offline()) });
    expect(await logSentMail(mail(), d, 3000)).toEqual(err(offline()));
    expect(calls).toEqual(["processes"]);
  });

  it("keeps going when one candidate's command cannot be saved, and reports it", async () => {
    const { d } = deps({
      dispatch: async (c) => (c.payload.candidateId === "c-erik-nilsson" ? err(offline()) : ok(undefined)),
    });
    const result = await logSentMail(
      mail({ recipients: ["asa.oberg@example.se", "erik.nilsson@example.se"] }),
      d,
      3000,
    );
    expect(result.ok && result.value.logged.map((c) => c.payload.candidateId)).toEqual(["c-asa-oberg"]);
    expect(result.ok && result.value.notSaved).toEqual([offline()]);
  });

  it("does not drain when the budget is already spent", async () => {
    const { d, calls } = deps({
      now: (() => {
        let t = 0;
        return () => (t += 5000);
      })(),
    });
    await logSentMail(mail(), d, 3000);
    expect(calls.some((c) => c.startsWith("drain"))).toBe(false);
  });
});
