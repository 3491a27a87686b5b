// The recruiter exports what Svara holds about a candidate: every part read, laid out, saved to
// OneDrive — and when a part cannot be read, she is told which, and gets no incomplete file.
import { plan } from "../../../src/domain";
import { err, ok, type AppError } from "../../../src/domain/result";
import type { MailSummary } from "../../../src/graph/ports";
import { exportCandidate, type CandidateExportPorts } from "../../../src/sync/candidateExport";
import { applied, candidate, process, settings } from "../domain/fixtures";

const NOW = "2026-11-29T12:00:00.000Z";
const asa = candidate({
  id: "c-asa",
  name: "Åsa Öberg-Ñúñez",
  contacts: [applied("2026-11-20T09:00:00.000Z")],
});
const erik = candidate({
  id: "c-erik",
  name: "Erik Svensson",
  contacts: [applied("2026-11-21T09:00:00.000Z")],
});
const nordbank = process({ candidates: [asa, erik] });
const ref = { processId: nordbank.id, candidateId: asa.id };
const [asaTask] = plan(asa, nordbank, settings, NOW);
const [erikTask] = plan(erik, nordbank, settings, NOW);

const mail = (over: Partial<MailSummary>): MailSummary => ({
  id: "m",
  subject: "Ansökan",
  from: null,
  to: [],
  cc: [],
  at: "2026-11-20T09:00:00.000Z",
  folder: "inbox",
  conversationId: null,
  webLink: null,
  link: ref,
  categories: [],
  ...over,
});

const unavailable: AppError & { requestId: string } = {
  code: "graph-server-error",
  message: { sv: "Microsoft 365 svarade med ett fel.", en: "Microsoft 365 answered with an error." },
  retryable: true,
  requestId: "req-42",
};

function ports(over: Partial<Record<"page" | "save", boolean>> = {}) {
  const saved: string[] = [];
  const p: CandidateExportPorts = {
    notes: {
      readCandidatePage: async () =>
        over.page === false ? err(unavailable) : ok(["Åsa Öberg-Ñúñez", "Stark i SQL"]),
    },
    todo: {
      listFollowUps: async () =>
        ok([asaTask!, erikTask!].map((followUp) => ({ followUp, remoteId: followUp.id }))),
    },
    calendar: { listFollowUps: async () => ok([]) },
    mailLinks: {
      messagesOfCandidate: async () =>
        ok([
          mail({ subject: "Re: Ansökan", at: "2026-11-21T10:00:00.000Z", folder: "sentitems" }),
          mail({ subject: "Ansökan", at: "2026-11-20T09:00:00.000Z" }),
        ]),
    },
    exportFiles: {
      save: async (name) => {
        if (over.save === false) return err(unavailable);
        saved.push(name);
        return ok({ path: `exports/${name}`, webUrl: null });
      },
      deleteExportsOf: async () => ok(0),
    },
  };
  return { p, saved };
}

describe("exporting one candidate's data", () => {
  it("lays out her note, her reminders only and her mails, and saves both files to OneDrive", async () => {
    const { p, saved } = ports();
    const done = await exportCandidate(p, [nordbank], ref, "sv", NOW);
    if (!done.ok) throw new Error(done.error.code);
    const [html, json] = done.value.files;
    const x = JSON.parse(json!.content);
    expect(x.notes).toEqual({ kind: "page", text: "Åsa Öberg-Ñúñez\nStark i SQL" });
    expect(x.reminders.map((r: { title: string }) => r.title)).toEqual([asaTask!.title.sv]);
    expect(x.mails).toEqual([
      { subject: "Ansökan", at: "2026-11-20T09:00:00.000Z", direction: "in" },
      { subject: "Re: Ansökan", at: "2026-11-21T10:00:00.000Z", direction: "out" },
    ]);
    expect(html!.content).toContain("Stark i SQL");
    expect(html!.content).not.toContain("Erik");
    expect(saved).toEqual([
      "svara-export-asa-oberg-nunez-2026-11-29.html",
      "svara-export-asa-oberg-nunez-2026-11-29.json",
    ]);
    expect(done.value.saved).toEqual({
      ok: true,
      value: saved.map((name) => ({ path: `exports/${name}`, webUrl: null })),
    });
  });

  it("makes no file when OneNote cannot be read, and says so in both languages with the support id", async () => {
    const { p, saved } = ports({ page: false });
    const done = await exportCandidate(p, [nordbank], ref, "sv", NOW);
    expect(done.ok).toBe(false);
    if (done.ok) return;
    expect(done.error.code).toBe("export-read-failed");
    expect(done.error.message.sv).toMatch(/OneNote.*Ingen fil skapades\. Försök igen/);
    expect(done.error.message.en).toMatch(/OneNote.*No file was created\. Try again/);
    expect(done.error).toMatchObject({ requestId: "req-42", retryable: true });
    expect(saved).toEqual([]);
  });

  it("still hands her the files when OneDrive will not keep them, and says they were not saved", async () => {
    const { p } = ports({ save: false });
    const done = await exportCandidate(p, [nordbank], ref, "en", NOW);
    if (!done.ok) throw new Error(done.error.code);
    expect(done.value.files).toHaveLength(2);
    expect(done.value.saved.ok).toBe(false);
    if (!done.value.saved.ok) expect(done.value.saved.error.code).toBe("export-save-failed");
  });

  it("exports nothing for a candidate no longer in the process", async () => {
    const { p } = ports();
    const done = await exportCandidate(p, [nordbank], { ...ref, candidateId: "c-gone" }, "sv", NOW);
    expect(done.ok ? "ok" : done.error.code).toBe("export-candidate-missing");
  });
});
