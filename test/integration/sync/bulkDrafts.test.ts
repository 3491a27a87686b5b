// A status update to many over the real drafts adapter and the emulator: 30 candidates, 30
// personalised drafts in two $batch rounds, no twin when an answer is lost after Graph made them —
// and a draft is not contact: only sending it stops the clock.
import { answerClock, DEFAULT_SETTINGS, type Candidate, type Process } from "../../../src/domain";
import { createMailDelta } from "../../../src/graph/mailDelta";
import { planBulkUpdate, recipientsOf } from "../../../src/state/bulkUpdate";
import { detectContacts } from "../../../src/sync/contactDetection";
import { memoryDeltaLinks } from "../../../src/sync/deltaLinkStore";
import { call } from "../emulator/helpers";
import { candidate, process } from "../../unit/domain/fixtures";
import { graphHttp, NOW, requestsTo, untilSent, world, type World } from "./syncOverEmulator";

const thirty: Candidate[] = Array.from({ length: 30 }, (_, i) =>
  candidate({
    id: `c-bulk-${i + 1}`,
    name: `Bulkkandidat${i + 1} Testsson`,
    emails: [`bulk${i + 1}@example.se`],
  }),
);
const bulkProcess = process({ id: "p-bulk", candidates: thirty });
const everyone = thirty.map((c) => `p-bulk/${c.id}`);

type Draft = {
  id: string;
  subject: string;
  body: { content: string };
  toRecipients: { emailAddress: { name: string; address: string } }[];
};

async function draftsIn(w: World): Promise<Draft[]> {
  const listed = await graphHttp(w.emu, w.network).get<{ value: Draft[] }>(
    "/me/mailFolders/drafts/messages?$top=1000&$select=id,subject,body,toRecipients",
  );
  if (!listed.ok) throw new Error(listed.error.code);
  return listed.value.body.value.filter((d) => d.toRecipients[0]?.emailAddress.address.startsWith("bulk"));
}

async function sendRounds(w: World, processes: readonly Process[], keys: readonly string[]) {
  const plan = planBulkUpdate(recipientsOf(processes, keys), { id: "bulk-run", createdAt: NOW });
  for (const command of plan.commands) expect((await w.pane.engine.dispatch(command)).ok).toBe(true);
  await untilSent(
    w,
    plan.commands.map((c) => c.id),
  );
  return plan;
}

let w: World;
afterEach(async () => {
  await w.close();
});

describe("a status update to 30 candidates through the queue", () => {
  it("makes 30 drafts, each to its own candidate by name, in two $batch rounds of 20 and 10", async () => {
    w = await world();
    const before = requestsTo(w.emu, "POST", /^\/\$batch$/).length;
    const plan = await sendRounds(w, [bulkProcess], everyone);
    expect(plan.commands.map((c) => w.statuses.get(c.id)?.state)).toEqual(["sent", "sent"]);
    const batches = requestsTo(w.emu, "POST", /^\/\$batch$/).slice(before);
    expect(batches.map((b) => b.batch?.length)).toEqual([20, 10]);

    const drafts = await draftsIn(w);
    expect(drafts).toHaveLength(30);
    for (const c of thirty) {
      const mine = drafts.filter((d) => d.toRecipients[0]!.emailAddress.address === c.emails[0]);
      expect(mine).toHaveLength(1);
      expect(mine[0]!.toRecipients[0]!.emailAddress.name).toBe(c.name);
      expect(mine[0]!.body.content).toContain(`Hej ${c.name.split(" ")[0]},`);
      expect(mine[0]!.body.content).toContain(bulkProcess.nextStep);
    }
  });

  it("makes no twin when the answer to a round is lost after Graph made its drafts", async () => {
    w = await world();
    w.emu.faults.dropAfterCommit({ method: "POST", path: "/$batch" });
    await sendRounds(w, [bulkProcess], everyone);
    expect(w.emu.requests.all().some((r) => r.dropped)).toBe(true);
    const drafts = await draftsIn(w);
    expect(drafts).toHaveLength(30);
    expect(new Set(drafts.map((d) => d.toRecipients[0]!.emailAddress.address)).size).toBe(30);
  });
});

describe("a draft is not an answer: the clock stops when the draft is sent", () => {
  const ASA = { name: "Åsa Öberg", address: "asa.oberg@example.se" };
  const asaClock = (processes: readonly Process[], at: string) => {
    const p = processes.find((x) => x.id === "p-nordbank-backend")!;
    const c = p.candidates.find((x) => x.id === "c-asa-oberg")!;
    return answerClock(c, p, DEFAULT_SETTINGS, at).phase;
  };

  it("logs nothing for Åsa's status-update draft, and logs the answer once it is sent", async () => {
    w = await world();
    const delta = createMailDelta(graphHttp(w.emu, w.network));
    const links = memoryDeltaLinks();
    const detect = () =>
      detectContacts({
        delta,
        links,
        processes: () => w.pane.engine.processes(),
        dispatch: (c) => w.pane.engine.dispatch(c),
        now: () => w.clock.iso(),
      });
    await detect();
    await call(w.emu, "POST", `${w.emu.origin}/_emulator/deliver`, {
      body: { from: ASA, subject: "Hur går det?" },
    });
    expect((await detect()).ok).toBe(true);
    await w.pane.engine.idle();
    const soon = () => new Date(Date.now() + 60_000).toISOString();
    expect(asaClock(w.pane.engine.processes(), soon())).not.toBe("stopped");

    await sendRounds(w, w.pane.engine.processes(), ["p-nordbank-backend/c-asa-oberg"]);
    const draftsToAsa = async () => {
      const listed = await graphHttp(w.emu, w.network).get<{ value: Draft[] }>(
        "/me/mailFolders/drafts/messages?$top=1000&$select=id,subject,body,toRecipients",
      );
      if (!listed.ok) throw new Error(listed.error.code);
      return listed.value.body.value.filter((d) => d.toRecipients[0]?.emailAddress.address === ASA.address);
    };
    const [draft] = await draftsToAsa();
    expect(draft).toBeDefined();
    const afterDraft = await detect();
    expect(afterDraft.ok && afterDraft.value.logged).toBe(0);
    await w.pane.engine.idle();
    expect(asaClock(w.pane.engine.processes(), soon())).not.toBe("stopped");

    const sent = await graphHttp(w.emu, w.network).post(`/me/messages/${draft!.id}/send`, {});
    expect(sent.ok).toBe(true);
    const afterSend = await detect();
    expect(afterSend.ok && afterSend.value.logged).toBe(1);
    await w.pane.engine.idle();
    expect(asaClock(w.pane.engine.processes(), soon())).toBe("stopped");
  });
});
