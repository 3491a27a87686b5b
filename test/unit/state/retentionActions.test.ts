// From the Gallring tab: a talent-pool candidate asked to stay (one draft in their language), and
// their yes recorded as a consent that moves their retention date.
import { DEFAULT_TEMPLATES, type Template } from "../../../src/domain";
import { consentRenewalTemplate } from "../../../src/state/consentRenewal";
import { applyCommand } from "../../../src/sync/applyCommand";
import { candidate, process, settings } from "../domain/fixtures";
import { recordingStore } from "./recording";

const asa = candidate({ stageId: "rejected", leftAt: "2024-11-20T10:00:00.000Z", language: "en" });
const nordbank = process({ candidates: [asa] });
const ref = { processId: nordbank.id, candidateId: asa.id };

describe("asking a talent-pool candidate to stay", () => {
  it("makes one draft of the consent-renewal mail, in English for a candidate who writes English", async () => {
    const { store, sent } = recordingStore([nordbank]);
    const saved = await store
      .getState()
      .sendConsentRequest({ process: nordbank, candidate: asa }, consentRenewalTemplate(DEFAULT_TEMPLATES));
    expect(saved.ok).toBe(true);
    expect(sent).toHaveLength(1);
    const command = sent[0]!;
    expect(command.type).toBe("CreateDrafts");
    if (command.type !== "CreateDrafts") return;
    expect(command.payload.drafts).toHaveLength(1);
    expect(command.payload.drafts[0]!.to).toEqual([{ name: asa.name, email: asa.emails[0] }]);
    expect(command.payload.drafts[0]!.subject).toBe("Would you like to stay in our talent pool?");
    expect(command.payload.drafts[0]!.html).toContain("Åsa");
  });

  it("uses her own consent-renewal mail when she wrote one", () => {
    const own: Template = {
      ...DEFAULT_TEMPLATES.find((t) => t.kind === "consent-renewal")!,
      id: "own-1",
      builtIn: false,
      name: "Vår talangbank",
    };
    expect(consentRenewalTemplate([...DEFAULT_TEMPLATES, own]).chosen).toBe(own);
  });

  it("names why no draft was made when there is no address, and saves nothing", async () => {
    const nobody = { ...asa, emails: [] };
    const { store, sent } = recordingStore([nordbank]);
    const saved = await store
      .getState()
      .sendConsentRequest(
        { process: nordbank, candidate: nobody },
        consentRenewalTemplate(DEFAULT_TEMPLATES),
      );
    expect(saved.ok).toBe(false);
    if (!saved.ok) expect(saved.error.code).toBe("candidate-no-email");
    expect(sent).toEqual([]);
  });
});

describe("recording their yes", () => {
  it("queues a consent of twelve months from the click, keyed on the candidate", async () => {
    const { store, sent } = recordingStore([nordbank]);
    expect((await store.getState().recordConsent(ref)).ok).toBe(true);
    expect(sent[0]).toMatchObject({
      type: "RecordConsent",
      key: `${nordbank.id}/${asa.id}`,
      payload: { ...ref, givenAt: "2026-11-25T09:00:00.000Z", months: 12 },
    });
  });

  it("moves the retention date to when the consent expires, and a re-send changes nothing", async () => {
    const { store, sent } = recordingStore([nordbank]);
    await store.getState().recordConsent(ref);
    const applied = applyCommand([nordbank], sent[0]!, "2026-11-25T09:00:00.000Z", settings);
    expect(applied.ok).toBe(true);
    if (!applied.ok) return;
    const kept = applied.value[0]!.candidates[0]!;
    expect(kept.retentionUntil).toBe("2027-11-25");
    expect(kept.consent?.expiresAt).toBe("2027-11-25T09:00:00.000Z");
    expect(applyCommand(applied.value, sent[0]!, "2026-11-26T09:00:00.000Z", settings)).toEqual({
      ok: true,
      value: applied.value,
    });
  });
});
