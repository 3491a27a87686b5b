// A status update to many candidates: one personalised draft each, ready for the recruiter to send.
import { demoDataset, type RunningEmulator } from "../../graph-emulator";
import type { DraftRequest } from "../../../src/graph/ports";
import { createDrafts } from "../../../src/graph/drafts";
import { DRAFT_REQUEST_PROPERTY } from "../../../src/graph/adapters-support/svaraProperties";
import { counted, emulator, graphFor, NOW, unwrap } from "./helpers";

let emu: RunningEmulator;
beforeEach(async () => {
  emu = await emulator("demo");
});
afterEach(() => emu.close());

const demo = demoDataset(NOW);
const inbound = demo.mails.filter((m) => m.folder === "inbox" && m.link !== null);

const newMail = (n: number): DraftRequest => ({
  id: `draft-status-${n}`,
  to: [{ name: `Kandidat ${n}`, email: `kandidat${n}@example.se` }],
  subject: `Läget i rekryteringen (${n})`,
  html: `<p>Hej Kandidat ${n}, vi återkommer vecka 49. &lt;åäö&gt;</p>`,
  replyToMessageId: null,
});
const reply = (n: number): DraftRequest => ({
  id: `draft-reply-${n}`,
  to: [{ name: inbound[n]!.from.name, email: inbound[n]!.from.address }],
  subject: `SV: ${inbound[n]!.subject}`,
  html: `<p>Tack för ditt mejl, ${n}!</p>`,
  replyToMessageId: inbound[n]!.id,
});

const draftsFor = (e: RunningEmulator, requestId: string) =>
  [...e.state.messages.values()].filter((m) =>
    (m["singleValueExtendedProperties"] as { id: string; value: string }[]).some(
      (p) => p.id === DRAFT_REQUEST_PROPERTY && p.value.replace(/^pending:/, "") === requestId,
    ),
  );

describe("personalised drafts", () => {
  it("writes new mails and replies as drafts, replies above the quoted mail in its thread", async () => {
    const requests = [newMail(1), newMail(2), reply(0), reply(1)];
    const { result, requests: measured } = await counted(emu, () =>
      createDrafts(graphFor(emu)).createDrafts(requests),
    );
    const out = unwrap(result);
    expect(out.failed).toEqual([]);
    expect(out.created.map((c) => c.id)).toEqual(requests.map((r) => r.id));
    expect(out.requests).toBe(measured);
    expect(measured).toBe(3); // the look for earlier drafts, create, fill the replies

    const mail = emu.state.messages.get(out.created[0]!.messageId)!;
    expect(mail["isDraft"]).toBe(true);
    expect(mail["subject"]).toBe("Läget i rekryteringen (1)");
    expect((mail["toRecipients"] as { emailAddress: { address: string } }[])[0]!.emailAddress.address).toBe(
      "kandidat1@example.se",
    );
    const answer = emu.state.messages.get(out.created[2]!.messageId)!;
    const original = emu.state.messages.get(inbound[0]!.id)!;
    expect(answer["isDraft"]).toBe(true);
    expect(answer["conversationId"]).toBe(original["conversationId"]);
    const html = String((answer["body"] as { content: string }).content);
    expect(html.indexOf("Tack för ditt mejl, 0!")).toBeGreaterThan(-1);
    expect(html.indexOf("Tack för ditt mejl, 0!")).toBeLessThan(
      html.indexOf(
        String((original["body"] as { content: string }).content).replace(/<\/?(html|body)>/g, ""),
      ),
    );
    expect(draftsFor(emu, "draft-reply-0")).toHaveLength(1);
  });

  it("makes 200 drafts in at most 10 $batch requests", async () => {
    const requests = Array.from({ length: 200 }, (_, n) => newMail(n));
    const { result, log } = await counted(emu, () => createDrafts(graphFor(emu)).createDrafts(requests));
    const out = unwrap(result);
    expect(out.created).toHaveLength(200);
    const batches = log.filter((e) => e.path === "/$batch");
    expect(batches.length).toBeLessThanOrEqual(10);
    expect(out.requests).toBe(log.length);
    console.info(
      `200 drafts: ${batches.length} $batch + ${log.length - batches.length} GET = ${log.length} requests`,
    );
  });

  it("makes no twin when the outbox sends the same drafts again", async () => {
    const requests = [newMail(1), reply(0)];
    const drafts = createDrafts(graphFor(emu));
    unwrap(await drafts.createDrafts(requests));
    const again = await counted(emu, () => drafts.createDrafts(requests));
    expect(unwrap(again.result).created).toHaveLength(2);
    expect(again.requests).toBe(1);
    expect(draftsFor(emu, "draft-status-1")).toHaveLength(1);
    expect(draftsFor(emu, "draft-reply-0")).toHaveLength(1);
  });

  it("makes each draft once even when the connection drops after Outlook saved them", async () => {
    const requests = [newMail(1), newMail(2), reply(0)];
    const drop = emu.faults.dropAfterCommit({ method: "POST", path: "/$batch" });
    const out = unwrap(await createDrafts(graphFor(emu)).createDrafts(requests));
    expect(emu.faults.fired(drop.id)).toBe(1);
    expect(out.failed).toEqual([]);
    for (const r of requests) expect(draftsFor(emu, r.id)).toHaveLength(1);
    const answer = emu.state.messages.get(out.created[2]!.messageId)!;
    expect(String((answer["body"] as { content: string }).content)).toContain("Tack för ditt mejl, 0!");
  });

  it("finishes a reply whose text was cut off between its two steps", async () => {
    const drop = emu.faults.dropAfterCommit({ method: "POST", path: "/me/messages/*/createReply" });
    const out = unwrap(await createDrafts(graphFor(emu)).createDrafts([reply(1)]));
    expect(emu.faults.fired(drop.id)).toBe(1);
    const [draft] = draftsFor(emu, "draft-reply-1");
    expect(draftsFor(emu, "draft-reply-1")).toHaveLength(1);
    expect(out.created).toEqual([{ id: "draft-reply-1", messageId: draft!["id"] }]);
    expect(String((draft!["body"] as { content: string }).content)).toContain("Tack för ditt mejl, 1!");
  });

  it("sends again only the drafts Outlook throttled, after checking they were not made", async () => {
    emu.faults.throttle({ method: "POST", path: "/me/messages", count: 2, retryAfter: 0 });
    const requests = [newMail(1), newMail(2), newMail(3)];
    const out = unwrap(
      await createDrafts(graphFor(emu), { clock: { sleep: async () => undefined } }).createDrafts(requests),
    );
    expect(out.failed).toEqual([]);
    expect(out.created.map((c) => c.id)).toEqual(requests.map((r) => r.id));
    for (const r of requests) expect(draftsFor(emu, r.id)).toHaveLength(1);
  });
});
