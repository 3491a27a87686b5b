import {
  DEFAULT_TEMPLATES,
  allTemplates,
  appError,
  defaultTemplate,
  err,
  ok,
  type Candidate,
  type Template,
} from "../../../src/domain";
import { bulkProgress, chunk, planBulkUpdate, recipientsOf } from "../../../src/state/bulkUpdate";
import {
  createBulkUpdateStore,
  selectBulkPreview,
  type BulkGateway,
} from "../../../src/state/bulkUpdateStore";
import { templateForMany } from "../../../src/state/templateForMany";
import type { CreateDrafts } from "../../../src/sync/commands";
import type { CommandStatus } from "../../../src/sync/syncEvents";
import { candidate, process } from "../domain/fixtures";
import { recordingStore } from "./recording";

const people = (n: number, prefix = "c"): Candidate[] =>
  Array.from({ length: n }, (_, i) =>
    candidate({
      id: `${prefix}-${i + 1}`,
      name: `Kandidat${i + 1} Efternamn`,
      emails: [`kandidat${i + 1}@example.se`],
    }),
  );
const nordbank = process({ candidates: people(30) });
const keys = (p: typeof nordbank) => p.candidates.map((c) => `${p.id}/${c.id}`);
const stamp = { id: "run-1", createdAt: "2026-11-25T09:00:00.000Z" };

const status = (
  id: string,
  state: CommandStatus["state"],
  error?: CommandStatus["error"],
): CommandStatus => ({
  id,
  type: "CreateDrafts",
  key: "drafts/run-1",
  createdAt: stamp.createdAt,
  state,
  attempts: 1,
  ...(error ? { error } : {}),
});

describe("splitting a status update to many into rounds of one $batch each", () => {
  it("cuts a list into pieces of at most the given size, in order", () => {
    expect(chunk([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(chunk([], 20)).toEqual([]);
  });

  it("makes 30 candidates into two rounds, 20 and 10, each draft addressed and written to its candidate", () => {
    const plan = planBulkUpdate(recipientsOf([nordbank], keys(nordbank)), stamp);
    expect(plan.commands.map((c) => c.payload.drafts.length)).toEqual([20, 10]);
    expect(plan.commands.map((c) => c.id)).toEqual(["run-1#0001", "run-1#0002"]);
    // One key for the update: the outbox sends round 2 only after round 1.
    expect(new Set(plan.commands.map((c) => c.key))).toEqual(new Set(["drafts/run-1"]));
    const drafts = plan.commands.flatMap((c) => c.payload.drafts);
    expect(new Set(drafts.map((d) => d.id)).size).toBe(30);
    drafts.forEach((d, i) => {
      expect(d.to).toEqual([{ name: `Kandidat${i + 1} Efternamn`, email: `kandidat${i + 1}@example.se` }]);
      expect(d.html).toContain(`Hej Kandidat${i + 1},`);
      expect(d.html).toContain("Intervjuer vecka 49"); // the process's next step
      expect(d.html).toContain("Sista ansökningsdag"); // and its timeline
    });
    expect(plan.rounds[1]!.drafts[0]).toEqual({
      draftId: "run-1:p-nordbank-backend/c-21",
      key: "p-nordbank-backend/c-21",
      name: "Kandidat21 Efternamn",
    });
  });

  it("writes to each candidate in their own process's language", () => {
    const london = process({
      id: "p-london",
      language: "en",
      nextStep: "Interviews in week 49",
      candidates: [candidate({ id: "c-sam", name: "Sam Reed", emails: ["sam@example.co.uk"] })],
    });
    const plan = planBulkUpdate(
      recipientsOf([nordbank, london], ["p-london/c-sam", "p-nordbank-backend/c-1"]),
      stamp,
    );
    const [sam, first] = plan.commands[0]!.payload.drafts;
    expect(sam!.html).toContain("Hi Sam,");
    expect(sam!.subject).toContain("recruitment");
    expect(first!.html).toContain("Hej Kandidat1,");
  });

  it("names, with the reason, who cannot get a draft: no address, or a value the template needs", () => {
    const noNextStep = process({
      id: "p-ops",
      nextStep: "",
      candidates: [candidate({ id: "c-eva", name: "Eva Ek" })],
    });
    const noAddress = process({
      id: "p-data",
      candidates: [candidate({ id: "c-bo", name: "Bo Ek", emails: [] })],
    });
    const plan = planBulkUpdate(
      recipientsOf(
        [nordbank, noNextStep, noAddress],
        ["p-ops/c-eva", "p-data/c-bo", "p-nordbank-backend/c-1"],
      ),
      stamp,
    );
    expect(plan.skipped.map((s) => [s.name, s.reason.code])).toEqual([
      ["Eva Ek", "missing-value"],
      ["Bo Ek", "candidate-no-email"],
    ]);
    expect(plan.skipped[1]!.reason.message.sv).toContain("Ingen e-postadress");
    expect(plan.commands.flatMap((c) => c.payload.drafts)).toHaveLength(1);
  });

  it("previews the count and the skipped before anything is sent", () => {
    const withBo = process({
      candidates: [...people(3), candidate({ id: "c-bo", name: "Bo Ek", emails: [] })],
    });
    const preview = selectBulkPreview([withBo], new Set(keys(withBo)));
    expect(preview.drafts).toBe(3);
    expect(preview.skipped.map((s) => s.name)).toEqual(["Bo Ek"]);
  });
});

describe("the progress of a status update to many", () => {
  const plan = planBulkUpdate(recipientsOf([nordbank], keys(nordbank)), stamp);

  it("counts drafts confirmed by the outbox, round by round", () => {
    expect(bulkProgress(plan.rounds, {}, new Set())).toMatchObject({ total: 30, confirmed: 0, done: false });
    const firstSent = {
      "run-1#0001": status("run-1#0001", "sent"),
      "run-1#0002": status("run-1#0002", "sending"),
    };
    expect(bulkProgress(plan.rounds, firstSent, new Set())).toMatchObject({ confirmed: 20, waiting: 1 });
    const both = { ...firstSent, "run-1#0002": status("run-1#0002", "sent") };
    expect(bulkProgress(plan.rounds, both, new Set())).toMatchObject({
      confirmed: 30,
      done: true,
      failed: [],
    });
  });

  it("lists, per candidate, the drafts a round could not make, with the reason", () => {
    const partly = status("run-1#0002", "failed", {
      code: "drafts-partly-failed",
      message: { sv: "8 av 10 utkast skapades.", en: "8 of 10 drafts were created." },
      cause: {
        created: 8,
        failed: [
          { id: "run-1:p-nordbank-backend/c-21", code: "graph-bad-request" },
          { id: "run-1:p-nordbank-backend/c-30", code: "graph-bad-request" },
        ],
      },
    });
    const progress = bulkProgress(
      plan.rounds,
      { "run-1#0001": status("run-1#0001", "sent"), "run-1#0002": partly },
      new Set(),
    );
    expect(progress.confirmed).toBe(28);
    expect(progress.failed.map((f) => [f.name, f.commandId])).toEqual([
      ["Kandidat21 Efternamn", "run-1#0002"],
      ["Kandidat30 Efternamn", "run-1#0002"],
    ]);
    expect(progress.failed[0]!.reason.message.en).toContain("8 of 10");
    expect(progress.done).toBe(true);
  });

  it("counts a cancelled round as neither made nor waiting", () => {
    const progress = bulkProgress(
      plan.rounds,
      { "run-1#0001": status("run-1#0001", "sent") },
      new Set(["run-1#0002"]),
    );
    expect(progress).toMatchObject({ confirmed: 20, cancelled: 10, waiting: 0, done: true });
  });
});

describe("the bulk update's actions", () => {
  function gateway(over: Partial<BulkGateway> = {}) {
    const calls: string[] = [];
    const g: BulkGateway = {
      sendRounds: async (rounds) => (
        calls.push(...rounds.map((r) => `send ${r.id}`)),
        { saved: rounds.length, error: null }
      ),
      cancel: async (id) => (calls.push(`cancel ${id}`), ok(undefined)),
      retry: async (id) => (calls.push(`retry ${id}`), ok(undefined)),
      ...over,
    };
    return { g, calls };
  }

  it("saves the rounds in order and remembers who was skipped", async () => {
    const { g, calls } = gateway();
    const withBo = process({
      candidates: [...people(21), candidate({ id: "c-bo", name: "Bo Ek", emails: [] })],
    });
    const store = createBulkUpdateStore(g, () => stamp);
    await store.getState().start([withBo], keys(withBo));
    expect(calls).toEqual(["send run-1#0001", "send run-1#0002"]);
    expect(store.getState().rounds.map((r) => r.drafts.length)).toEqual([20, 1]);
    expect(store.getState().skipped.map((s) => s.name)).toEqual(["Bo Ek"]);
  });

  it("keeps only the rounds the outbox saved, and says why the rest were not", async () => {
    const notSaved = appError("outbox-quota-exceeded", "Inte sparat", "Not saved");
    const { g } = gateway({ sendRounds: async () => ({ saved: 1, error: notSaved }) });
    const store = createBulkUpdateStore(g, () => stamp);
    await store.getState().start([nordbank], keys(nordbank));
    expect(store.getState().rounds).toHaveLength(1);
    expect(store.getState().problem?.code).toBe("outbox-quota-exceeded");
  });

  it("cancels the rounds not yet gone, last first, and names the one already on its way", async () => {
    const { g, calls } = gateway({
      cancel: async (id) => {
        calls.push(`cancel ${id}`);
        return id === "run-1#0001"
          ? err(appError("outbox-already-sending", "skickas redan", "already being sent"))
          : ok(undefined);
      },
    });
    const three = process({ candidates: people(45) });
    const store = createBulkUpdateStore(g, () => stamp);
    await store.getState().start([three], keys(three));
    await store.getState().cancel();
    expect(calls.filter((c) => c.startsWith("cancel"))).toEqual([
      "cancel run-1#0003",
      "cancel run-1#0002",
      "cancel run-1#0001",
    ]);
    expect([...store.getState().cancelled]).toEqual(["run-1#0003", "run-1#0002"]);
    expect(store.getState().notCancelled).toEqual(["run-1#0001"]);
  });

  it("retries a failed round through the outbox", async () => {
    const { g, calls } = gateway();
    const store = createBulkUpdateStore(g, () => stamp);
    expect((await store.getState().retry("run-1#0002")).ok).toBe(true);
    expect(calls).toEqual(["retry run-1#0002"]);
  });

  it("saves the rounds through the processes store one after another, stopping at the first not saved", async () => {
    const plan = planBulkUpdate(recipientsOf([nordbank], keys(nordbank)), stamp);
    const { sent, actions } = recordingStore([nordbank]);
    expect(await actions().sendDraftRounds(plan.commands)).toEqual({ saved: 2, error: null });
    expect(sent.map((c) => c.id)).toEqual(["run-1#0001", "run-1#0002"]);
    const failing = recordingStore([nordbank], ["CreateDrafts"]);
    const refused = await failing.actions().sendDraftRounds(plan.commands as CreateDrafts[]);
    expect(refused.saved).toBe(0);
    expect(refused.error?.code).toBe("outbox-unavailable");
  });
});

describe("a status update to many with her own template", () => {
  const mine = (id: string, language: "sv" | "en", body: string): Template => ({
    id,
    kind: "status-update",
    language,
    name: "Veckobrev",
    subject: "{{process.title}}",
    body,
    builtIn: false,
  });
  const weeklySv = mine("t-weekly-sv", "sv", "Hej {{candidate.firstName}}, här är veckobrevet.");
  const weeklyEn = mine("t-weekly-en", "en", "Hi {{candidate.firstName}}, here is the weekly note.");
  const sam = candidate({ id: "c-sam", name: "Sam Reed", emails: ["sam@example.co.uk"], language: "en" });
  const asa = candidate({ id: "c-asa", name: "Åsa Öberg", emails: ["asa@example.se"] });
  const mixed = process({ id: "p-mixed", language: "sv", candidates: [asa, sam] });
  const both = ["p-mixed/c-asa", "p-mixed/c-sam"];
  const run = stamp;

  it("gives an English candidate in a Swedish process the English version of her template", async () => {
    const sent: CreateDrafts[] = [];
    const store = createBulkUpdateStore(
      {
        sendRounds: async (rounds) => (sent.push(...rounds), { saved: rounds.length, error: null }),
        cancel: async () => ok(undefined),
        retry: async () => ok(undefined),
      },
      () => run,
    );
    // Nothing chosen: her own status update is where it starts.
    await store.getState().start([mixed], both, allTemplates([weeklySv, weeklyEn]));
    const html = sent.flatMap((c) => c.payload.drafts.map((d) => d.html));
    expect(html).toEqual([
      expect.stringContaining("Hej Åsa, här är veckobrevet."),
      expect.stringContaining("Hi Sam, here is the weekly note."),
    ]);
  });

  it("skips, naming the reason, the candidate whose language her template lacks — never the wrong language", () => {
    const preview = selectBulkPreview([mixed], new Set(both), allTemplates([weeklySv]), "t-weekly-sv");
    expect(preview.drafts).toBe(1);
    expect(preview.skipped.map((s) => [s.name, s.reason.code])).toEqual([
      ["Sam Reed", "template-no-version"],
    ]);
    expect(preview.skipped[0]!.reason.message.en).toContain("no English version");
  });

  it("uses the built-in she picks instead of her own, and remembers the choice", async () => {
    const sent: CreateDrafts[] = [];
    const store = createBulkUpdateStore(
      {
        sendRounds: async (rounds) => (sent.push(...rounds), { saved: rounds.length, error: null }),
        cancel: async () => ok(undefined),
        retry: async () => ok(undefined),
      },
      () => run,
    );
    store.getState().chooseTemplate(defaultTemplate("interview-invitation", "en").id);
    await store.getState().start([mixed], both, allTemplates([weeklySv, weeklyEn]));
    const subjects = sent.flatMap((c) => c.payload.drafts.map((d) => d.subject));
    expect(subjects[0]).toBe(
      planBulkUpdate(
        recipientsOf([mixed], ["p-mixed/c-asa"]),
        run,
        20,
        templateForMany(DEFAULT_TEMPLATES, defaultTemplate("interview-invitation", "sv").id),
      ).commands[0]!.payload.drafts[0]!.subject,
    );
    expect(sent.flatMap((c) => c.payload.drafts)).toHaveLength(2);
    expect(store.getState().templateId).toBe("default-interview-invitation-en");
  });
});
