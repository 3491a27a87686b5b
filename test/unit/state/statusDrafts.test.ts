import { allTemplates, defaultTemplate, type Template } from "../../../src/domain";
import { skippedBeforeSending, statusUpdateDrafts } from "../../../src/state/statusDrafts";
import { templateForMany } from "../../../src/state/templateForMany";
import { candidate, interviewHeld, process } from "../domain/fixtures";
import { recordingStore } from "./recording";

const asa = candidate();
const liWei = candidate({ id: "c-li-wei", name: "Li Wei", emails: ["li.wei@example.se"] });
const noAddress = candidate({ id: "c-bo", name: "Bo Ek", emails: [] });
const nordbank = process({ candidates: [asa, liWei, noAddress] });
const to = (...people: (typeof asa)[]) => people.map((c) => ({ process: nordbank, candidate: c }));

describe("a status update to several candidates while writing a mail", () => {
  it("makes one personalised draft each, in one command, each draft's id derived from the click", async () => {
    const { sent, actions } = recordingStore([nordbank]);
    const update = await actions().createStatusDrafts(to(asa, liWei));
    expect(update).toEqual({ saved: { ok: true, value: undefined }, skipped: [] });
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ id: "id-1", type: "CreateDrafts", key: "drafts/id-1" });
    const drafts = sent[0]!.type === "CreateDrafts" ? sent[0]!.payload.drafts : [];
    expect(drafts.map((d) => [d.id, d.to])).toEqual([
      ["id-1:p-nordbank-backend/c-asa-oberg", [{ name: "Åsa Öberg", email: "asa.oberg@example.se" }]],
      ["id-1:p-nordbank-backend/c-li-wei", [{ name: "Li Wei", email: "li.wei@example.se" }]],
    ]);
    expect(drafts[0]!.html).toContain("Åsa");
    expect(drafts[1]!.html).toContain("Li");
    expect(drafts.every((d) => d.replyToMessageId === null)).toBe(true);
  });

  it("names who got no draft because there is no address to write to", async () => {
    const { sent, actions } = recordingStore([nordbank]);
    const update = await actions().createStatusDrafts(to(asa, noAddress));
    expect(update.skipped.map((s) => s.name)).toEqual(["Bo Ek"]);
    expect(update.skipped[0]!.reason.code).toBe("candidate-no-email");
    expect(sent[0]!.type === "CreateDrafts" && sent[0]!.payload.drafts).toHaveLength(1);
  });

  it("sends nothing, and says so, when no one can get a draft", async () => {
    const { sent, actions } = recordingStore([nordbank]);
    const update = await actions().createStatusDrafts(to(noAddress));
    expect(update.saved).toEqual({ ok: true, value: null });
    expect(update.skipped.map((s) => s.name)).toEqual(["Bo Ek"]);
    expect(sent).toEqual([]);
  });

  it("is not saved, and says why, when the outbox cannot take it", async () => {
    const { actions } = recordingStore([nordbank], ["CreateDrafts"]);
    const update = await actions().createStatusDrafts(to(asa, liWei));
    expect(update.saved.ok).toBe(false);
  });
});

describe("one draft each of her own template while writing to several", () => {
  const mine = (over: Partial<Template> & Pick<Template, "id" | "language" | "body">): Template => ({
    kind: "status-update",
    name: "Veckobrev",
    subject: "{{process.title}}",
    builtIn: false,
    ...over,
  });
  const weeklySv = mine({
    id: "t-weekly-sv",
    language: "sv",
    body: "Hej {{candidate.firstName}}, veckobrev.",
  });
  const weeklyEn = mine({
    id: "t-weekly-en",
    language: "en",
    body: "Hi {{candidate.firstName}}, weekly note.",
  });
  const sam = candidate({ id: "c-sam", name: "Sam Reed", emails: ["sam@example.co.uk"], language: "en" });
  const interviewed = candidate({
    id: "c-eva",
    name: "Eva Ek",
    emails: ["eva@example.se"],
    contacts: [interviewHeld("2026-11-20T10:00:00.000Z")],
  });
  const mixed = process({ candidates: [asa, sam, interviewed] });
  const everyone = [asa, sam].map((c) => ({ process: mixed, candidate: c }));
  const html = (update: { command: { payload: { drafts: readonly { html: string }[] } } | null }) =>
    update.command!.payload.drafts.map((d) => d.html);

  it("writes each candidate her template in their own language, not the first recipient's process's", () => {
    const pick = templateForMany(allTemplates([weeklySv, weeklyEn]), null);
    expect(pick.chosen).toBe(weeklySv);
    const update = statusUpdateDrafts(everyone, { id: "s-1", createdAt: "2026-11-25T09:00:00.000Z" }, pick);
    expect(html(update)).toEqual([
      expect.stringContaining("Hej Åsa, veckobrev."),
      expect.stringContaining("Hi Sam, weekly note."),
    ]);
    expect(update.skipped).toEqual([]);
  });

  it("skips, and says why, the English candidate when her template has no English version", async () => {
    const { sent, actions } = recordingStore([mixed]);
    const update = await actions().createStatusDrafts(
      everyone,
      templateForMany(allTemplates([weeklySv]), "t-weekly-sv"),
    );
    expect(update.skipped.map((s) => [s.name, s.reason.code])).toEqual([["Sam Reed", "template-no-version"]]);
    const drafts = sent[0]!.type === "CreateDrafts" ? sent[0]!.payload.drafts : [];
    expect(drafts.map((d) => d.to[0]!.email)).toEqual(["asa.oberg@example.se"]);
  });

  it("never mails a decision to a candidate who has been interviewed: skipped, with the reason", () => {
    const pick = templateForMany(allTemplates([]), defaultTemplate("position-filled", "sv").id);
    const skipped = skippedBeforeSending(
      [asa, interviewed].map((c) => ({ process: mixed, candidate: c })),
      pick,
    );
    expect(skipped.map((s) => [s.name, s.reason.code])).toEqual([["Eva Ek", "decision-by-phone"]]);
  });
});
