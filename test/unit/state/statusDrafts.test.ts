import { candidate, process } from "../domain/fixtures";
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
    expect(update?.skipped).toEqual(["Bo Ek"]);
    expect(sent[0]!.type === "CreateDrafts" && sent[0]!.payload.drafts).toHaveLength(1);
  });

  it("sends nothing, and says so, when no one can get a draft", async () => {
    const { sent, actions } = recordingStore([nordbank]);
    const update = await actions().createStatusDrafts(to(noAddress));
    expect(update).toEqual({ saved: { ok: true, value: null }, skipped: ["Bo Ek"] });
    expect(sent).toEqual([]);
  });

  it("is not saved, and says why, when the outbox cannot take it", async () => {
    const { actions } = recordingStore([nordbank], ["CreateDrafts"]);
    const update = await actions().createStatusDrafts(to(asa, liWei));
    expect(update?.saved.ok).toBe(false);
  });
});
