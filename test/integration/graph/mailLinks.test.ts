// A recruiter links a mail to a candidate; Svara finds the candidate's mails again by that link.
import { demoDataset, type RunningEmulator } from "../../graph-emulator";
import { createMailLinks } from "../../../src/graph/mailLinks";
import { CANDIDATE_PROPERTY } from "../../../src/graph/adapters-support/svaraProperties";
import { counted, emulator, graphFor, NOW, unwrap } from "./helpers";

let emu: RunningEmulator;
beforeEach(async () => {
  emu = await emulator("demo");
});
afterEach(() => emu.close());

const demo = demoDataset(NOW);
const linked = demo.mails.find((m) => m.link !== null && m.folder === "inbox")!;
const [processId, candidateId] = linked.link!.split("/") as [string, string];
const unknown = demo.unknownSender;

describe("linking mail to candidates", () => {
  it("opens a candidate mail with its link in one round trip, even on a cold start", async () => {
    const links = createMailLinks(graphFor(emu));
    const { result, requests } = await counted(emu, () => links.messageWithLink(linked.id));
    const mail = unwrap(result)!;
    expect(requests).toBe(1);
    expect(mail.link).toEqual({ processId, candidateId });
    expect(mail.folder).toBe("inbox");
    expect(mail.from?.email).toBe(linked.from.address.toLowerCase());
    expect(mail.categories).toContain(linked.category);
    const warm = await counted(emu, () => links.messageWithLink(linked.id));
    expect(warm.requests).toBe(1);
  });

  it("answers null for a mail that no longer exists", async () => {
    expect(unwrap(await createMailLinks(graphFor(emu)).messageWithLink("AAMkNoSuchMail"))).toBeNull();
  });

  it("links an unknown sender's mail, keeping the recruiter's own categories", async () => {
    const http = graphFor(emu);
    unwrap(await http.patch(`/me/messages/${unknown.messageId}`, { categories: ["Red category"] }));
    const links = createMailLinks(http);
    const ref = { processId, candidateId };
    const category = linked.category!;
    unwrap(await links.link(unknown.messageId, ref, category));
    unwrap(await links.link(unknown.messageId, ref, category));
    const stored = emu.state.messages.get(unknown.messageId)!;
    expect(stored["categories"]).toEqual(["Red category", category]);
    const props = stored["singleValueExtendedProperties"] as { id: string; value: string }[];
    expect(props.filter((p) => p.id === CANDIDATE_PROPERTY)).toEqual([
      { id: CANDIDATE_PROPERTY, value: `${processId}/${candidateId}` },
    ]);
  });

  it("keeps a category the recruiter added while Svara was linking (412, read again, write again)", async () => {
    const http = graphFor(emu);
    let raced = false;
    // Outlook on another device changes the mail between Svara's read and its write.
    const racing: typeof http = {
      ...http,
      patch: async (path, body, options) => {
        if (!raced) {
          raced = true;
          const rec = emu.state.messages.get(unknown.messageId)!;
          rec["categories"] = ["Blue category"];
          emu.state.touchOutlook(rec);
        }
        return http.patch(path, body, options);
      },
    };
    unwrap(
      await createMailLinks(racing).link(unknown.messageId, { processId, candidateId }, linked.category!),
    );
    expect(emu.state.messages.get(unknown.messageId)!["categories"]).toEqual([
      "Blue category",
      linked.category,
    ]);
  });

  it("linking an already linked mail costs one read and no write", async () => {
    const links = createMailLinks(graphFor(emu));
    const { requests, log } = await counted(emu, () =>
      links.link(linked.id, { processId, candidateId }, linked.category!),
    );
    expect(requests).toBe(1);
    expect(log[0]!.method).toBe("GET");
  });

  it("finds every mail of a candidate, newest first, by the extended property", async () => {
    const links = createMailLinks(graphFor(emu));
    const expected = demo.mails.filter((m) => m.link === linked.link);
    const { result, requests } = await counted(emu, () =>
      links.messagesOfCandidate({ processId, candidateId }),
    );
    const mails = unwrap(result);
    expect(mails.map((m) => m.id).sort()).toEqual(expected.map((m) => m.id).sort());
    expect(mails.every((m) => m.link?.candidateId === candidateId)).toBe(true);
    expect([...mails].map((m) => m.at)).toEqual(
      [...mails]
        .map((m) => m.at)
        .sort()
        .reverse(),
    );
    expect(requests).toBe(1);
    const sent = mails.filter((m) => m.folder === "sentitems");
    expect(sent.length).toBe(expected.filter((m) => m.folder === "sentitems").length);
  });

  it("makes the process category exist once in the master list", async () => {
    const links = createMailLinks(graphFor(emu));
    const name = "Svara: Lagerchef – Åkeri & Co";
    unwrap(await links.ensureCategory(name));
    unwrap(await links.ensureCategory(name));
    const named = [...emu.state.categories.values()].filter((c) => c["displayName"] === name);
    expect(named).toHaveLength(1);
    expect(String(named[0]!["color"])).toMatch(/^preset\d+$/);
  });

  it("skips the category colour, without failing, when MailboxSettings.ReadWrite is not granted", async () => {
    emu.faults.forbid("MailboxSettings.ReadWrite", { path: "/me/outlook/masterCategories*" });
    const r = await createMailLinks(graphFor(emu)).ensureCategory("Svara: Utan behörighet – AB");
    expect(r.ok).toBe(true);
  });
});
