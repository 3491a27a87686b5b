// New mail since the last look, per folder, for noticing when a candidate writes or is answered.
import { demoDataset, type RunningEmulator } from "../../graph-emulator";
import { createMailDelta } from "../../../src/graph/mailDelta";
import { call } from "../emulator/helpers";
import { counted, emulator, graphFor, NOW, unwrap } from "./helpers";

let emu: RunningEmulator;
beforeEach(async () => {
  emu = await emulator("demo");
});
afterEach(() => emu.close());

const demo = demoDataset(NOW);

describe("mail changes since the last sync", () => {
  it("reads the whole inbox on the first sync, following every page to the deltaLink", async () => {
    const delta = createMailDelta(graphFor(emu));
    const first = unwrap(await delta.changes("inbox", null));
    const inbox = demo.mails.filter((m) => m.folder === "inbox");
    expect(first.messages.map((m) => m.id).sort()).toEqual(inbox.map((m) => m.id).sort());
    expect(first.messages.every((m) => m.folder === "inbox")).toBe(true);
    const linkedOne = first.messages.find((m) => m.id === inbox.find((x) => x.link)!.id)!;
    expect(linkedOne.link).not.toBeNull();
    expect(first.deltaLink).toContain("deltatoken");
  });

  it("then sees only the mail that arrived since", async () => {
    const delta = createMailDelta(graphFor(emu));
    const first = unwrap(await delta.changes("inbox", null));
    const quiet = await counted(emu, () => delta.changes("inbox", first.deltaLink));
    expect(unwrap(quiet.result).messages).toEqual([]);
    expect(quiet.requests).toBe(1);

    await call(emu, "POST", `${emu.origin}/_emulator/deliver`, {
      body: { from: { name: "Åsa Öberg", address: "asa.oberg@example.se" }, subject: "Fråga om tjänsten" },
    });
    const next = unwrap(await delta.changes("inbox", quiet.result.ok ? quiet.result.value.deltaLink : ""));
    expect(next.messages.map((m) => m.subject)).toEqual(["Fråga om tjänsten"]);
    expect(next.messages[0]!.from?.email).toBe("asa.oberg@example.se");
  });

  it("reads only the window a first start asks for, and keeps that window in its deltaLink", async () => {
    const delta = createMailDelta(graphFor(emu));
    const inbox = demo.mails.filter((m) => m.folder === "inbox");
    const times = inbox.map((m) => Date.parse(m.at)).sort((a, b) => a - b);
    const since = new Date(times[Math.floor(times.length / 2)]!).toISOString();
    const first = unwrap(await delta.changes("inbox", null, since));
    const inWindow = inbox.filter((m) => Date.parse(m.at) >= Date.parse(since));
    expect(inWindow.length).toBeLessThan(inbox.length);
    expect(first.messages.map((m) => m.id).sort()).toEqual(inWindow.map((m) => m.id).sort());
    expect(new URL(first.deltaLink).searchParams.get("$filter")).toBe(`receivedDateTime ge ${since}`);

    await call(emu, "POST", `${emu.origin}/_emulator/deliver`, {
      body: { from: { name: "Åsa Öberg", address: "asa.oberg@example.se" }, subject: "Ny fråga" },
    });
    const next = unwrap(await delta.changes("inbox", first.deltaLink));
    expect(next.messages.map((m) => m.subject)).toEqual(["Ny fråga"]);
  });

  it("keeps sent mail apart from the inbox", async () => {
    const sent = unwrap(await createMailDelta(graphFor(emu)).changes("sentitems", null));
    expect(sent.messages.length).toBe(demo.mails.filter((m) => m.folder === "sentitems").length);
    expect(sent.messages.every((m) => m.folder === "sentitems")).toBe(true);
  });

  it("downloads only what noticing a contact needs: never a body nor the internet headers", async () => {
    const delta = createMailDelta(graphFor(emu));
    const inbox = await counted(emu, () => delta.changes("inbox", null));
    const sent = await counted(emu, () => delta.changes("sentitems", null));
    for (const { log } of [inbox, sent]) {
      const selected = new URLSearchParams(log[0]!.query).get("$select")!.split(",");
      expect(selected).not.toContain("body");
      expect(selected).not.toContain("internetMessageHeaders");
    }
    const asked = demo.mails.find((m) => m.folder === "inbox" && m.link)!;
    const mail = unwrap(inbox.result).messages.find((m) => m.id === asked.id)!;
    expect(mail).toMatchObject({ subject: asked.subject, from: { email: asked.from.address.toLowerCase() } });
    expect(mail.link).not.toBeNull();
    expect(mail.webLink).toBeTruthy();
    expect(mail.internetMessageId).toBeTruthy();
    const answer = unwrap(sent.result).messages[0]!;
    expect(answer.to.length).toBeGreaterThan(0);
    expect(Date.parse(answer.at)).not.toBeNaN();
  });

  it("starts over with a full round when the saved deltaLink has expired", async () => {
    const delta = createMailDelta(graphFor(emu));
    const first = unwrap(await delta.changes("inbox", null));
    const expired = first.deltaLink.replace(/deltatoken=[^&]+/, "deltatoken=expired");
    const again = unwrap(await delta.changes("inbox", expired));
    expect(again.messages.length).toBe(first.messages.length);
    expect(again.deltaLink).toContain("deltatoken");
  });
});
