// The right next step (issue 11, deliverables 2 and 4), end to end in the workbench: the template
// follows the candidate's state and language, a call can be logged at any stage with nothing chosen
// for the recruiter, and a note is not contact. axe on each screen; screenshots (sv and en, 320 px)
// go to /tmp/shots-nextstep/, outside the repository.
import { mkdirSync } from "node:fs";
import type { Browser, Frame } from "playwright-core";
import { axeViolations, describeViolations } from "./support/axe";
import { launchChromium } from "./support/browser";
import { candidateInDocument, eventually } from "./support/emulatorState";
import { openMail, openWorkbench, resetMailbox } from "./support/workbench";

const SHOTS = "/tmp/shots-nextstep";
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

const NORDBANK = "p-nordbank-backend";
const SOLKRAFT = "p-solkraft-saljare";
const accessible = async (pane: Frame) => expect(describeViolations(await axeViolations(pane))).toBe("");
const selectedTemplate = (pane: Frame) =>
  pane.getByTestId("template-select").evaluate((s) => (s as HTMLSelectElement).value);
const shot = (pane: Frame, testId: string, name: string) =>
  pane.getByTestId(testId).screenshot({ path: `${SHOTS}/${name}.png` });

describe("the right next step", () => {
  it("offers an English candidate in a Swedish process English templates, with the UI in Swedish", async () => {
    const demo = await resetMailbox();
    const emily = demo.englishSender;
    const { page, pane, close } = await openWorkbench(browser);
    await openMail(page, emily.name);
    const form = pane.getByTestId("add-candidate");
    await form.waitFor();
    await form
      .getByRole("combobox")
      .first()
      .selectOption(SOLKRAFT)
      .catch(() => undefined);
    await form.getByRole("button", { name: "Lägg till och starta svarsklockan" }).click();

    await pane.getByTestId("candidate-name").getByText(emily.name).waitFor();
    expect(await pane.getByTestId("candidate-language").textContent()).toBe("Engelska");
    expect(await pane.getByTestId("template-language").inputValue()).toBe("en");
    expect(await selectedTemplate(pane)).toBe("default-application-received-en");
    await pane.getByTestId("template-preview").getByText("Hi Emily", { exact: false }).waitFor();
    await accessible(pane);
    await shot(pane, "candidate-actions", "english-candidate-sv");
    const stored = await eventually("her language is in the process document", async () => {
      for (const processId of [SOLKRAFT, NORDBANK]) {
        const c = await candidateInDocument(processId, emily.name);
        if (c) return c;
      }
      return null;
    });
    expect((stored as unknown as { language?: string }).language).toBe("en");

    // The recruiter can still write in Swedish.
    await pane.getByTestId("template-language").selectOption("sv");
    expect(await selectedTemplate(pane)).toBe("default-application-received-sv");
    await close();

    const en = await openWorkbench(browser, { lang: "en-US" });
    await openMail(en.page, emily.name);
    await en.pane.getByTestId("candidate-language").getByText("English").waitFor();
    expect(await selectedTemplate(en.pane)).toBe("default-application-received-en");
    await shot(en.pane, "candidate-actions", "english-candidate-en");
    await en.close();
  });

  it("after a rejection before interview preselects the rejection that says the reason", async () => {
    const demo = await resetMailbox();
    const candidate = demo.processes[0]!.candidates.find((c) => c.stageId === "applied")!;
    const { page, pane, close } = await openWorkbench(browser);
    await openMail(page, candidate.name);
    await pane.getByTestId("tab-reject").click();
    const form = pane.getByTestId("reject-form");
    await form.getByLabel("Förklaring till kandidaten").fill("minst tre års erfarenhet av Kotlin");
    await form.getByRole("button", { name: "Avsluta och skriv beskedet" }).click();
    await pane.getByTestId("candidate-stage").getByText("Inte aktuell").waitFor();
    await pane.getByTestId("template-picker").waitFor();
    await eventually("the rejection is preselected", async () =>
      (await selectedTemplate(pane)).startsWith("default-rejection-missing-requirement-"),
    );
    await pane
      .getByTestId("template-preview")
      .getByText("minst tre års erfarenhet av Kotlin", { exact: false })
      .waitFor();
    await accessible(pane);
    await shot(pane, "candidate-actions", "rejection-preselected-sv");
    await close();
  });

  it("gives an overdue candidate who asks 'när kan jag räkna med besked?' the status update", async () => {
    const demo = await resetMailbox();
    const bjorn = demo.processes
      .find((p) => p.id === SOLKRAFT)!
      .candidates.find((c) => c.id === "c-bjorn-ekdahl")!;
    const { page, pane, close } = await openWorkbench(browser);
    await openMail(page, bjorn.name);
    await pane.getByTestId("template-picker").waitFor();
    expect(await pane.getByTestId("clock").getAttribute("data-phase")).toBe("overdue");
    expect(await selectedTemplate(pane)).toBe("default-status-update-sv");
    await accessible(pane);
    await shot(pane, "candidate-actions", "asking-status-update-sv");
    await close();

    const en = await openWorkbench(browser, { lang: "en-US" });
    await openMail(en.page, bjorn.name);
    await en.pane.getByTestId("template-picker").waitFor();
    // A Swedish candidate keeps Swedish templates when the recruiter's Outlook speaks English.
    expect(await selectedTemplate(en.pane)).toBe("default-status-update-sv");
    await shot(en.pane, "candidate-actions", "asking-status-update-en");
    await en.close();
  });

  it("logs a phone call before the interview: when, how, what came of it — and it answers her", async () => {
    const demo = await resetMailbox();
    const asa = demo.processes[0]!.candidates.find((c) => c.id === "c-asa-oberg")!;
    const { page, pane, close } = await openWorkbench(browser);
    await openMail(page, asa.name);
    expect(await pane.getByTestId("clock").getAttribute("data-phase")).not.toBe("stopped");
    await pane.getByTestId("tab-call").click();
    const form = pane.getByTestId("log-call");
    await form.waitFor();
    expect(await pane.getByTestId("call-when").inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
    await pane.getByTestId("call-how").selectOption("teams");
    await form.getByLabel("Nådde kandidaten").check();
    await form.getByLabel("Vad sades?").fill("Berättade om tidsplanen, intervjuer vecka 49");
    await accessible(pane);
    await shot(pane, "call-panel", "call-before-interview-sv");
    await form.getByRole("button", { name: "Logga samtalet" }).click();
    await eventually(
      "the clock stops after the call",
      async () => (await pane.getByTestId("clock").getAttribute("data-phase")) === "stopped",
    );
    expect(await pane.getByTestId("last-contact").textContent()).toContain("Teams");
    const stored = await eventually("the call is in the document", async () => {
      const c = await candidateInDocument(NORDBANK, asa.name);
      return c?.contacts.find((k) => k.summary.startsWith("Berättade om tidsplanen"));
    });
    expect(stored).toMatchObject({ channel: "teams", kind: "answer", direction: "out" });
    await close();

    const en = await openWorkbench(browser, { lang: "en-US" });
    await openMail(en.page, asa.name);
    await en.pane.getByTestId("tab-call").click();
    await en.pane.getByTestId("log-call").waitFor();
    await shot(en.pane, "call-panel", "call-before-interview-en");
    await en.close();
  });

  it("chooses no call outcome for the recruiter, and refuses to log one nobody chose", async () => {
    const demo = await resetMailbox();
    const mohammed = demo.processes[0]!.candidates.find((c) => c.id === "c-mohammed-al-sayed")!;
    const { page, pane, close } = await openWorkbench(browser);
    await openMail(page, mohammed.name);
    await pane.getByTestId("call-panel").waitFor();
    const form = pane.getByTestId("log-call");
    expect(await form.locator('input[type="radio"]:checked').count()).toBe(0);
    const logged = await pane.getByTestId("candidate-log").locator("li").count();
    await pane.getByTestId("call-script").waitFor();
    await form.getByRole("button", { name: "Logga samtalet" }).click();
    await form.getByText("Välj hur samtalet gick innan det loggas.").waitFor();
    await accessible(pane);
    await shot(pane, "call-panel", "call-outcome-required-sv");
    expect(await pane.getByTestId("candidate-log").locator("li").count()).toBe(logged);
    // The call script is talking points in the call panel, never a mail template.
    await pane.getByTestId("tab-answer").click();
    await pane.getByTestId("template-select").locator("option").first().waitFor({ state: "attached" });
    const options = await pane
      .getByTestId("template-select")
      .locator("option")
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(options.some((id) => id.includes("call-script"))).toBe(false);
    await close();

    const en = await openWorkbench(browser, { lang: "en-US" });
    await openMail(en.page, mohammed.name);
    await en.pane.getByTestId("log-call").getByRole("button", { name: "Log the call" }).click();
    await en.pane.getByText("Choose how the call went before logging it.").waitFor();
    await shot(en.pane, "call-panel", "call-outcome-required-en");
    await en.close();
  });

  it("keeps a note out of 'Senaste kontakt' and labels it a note, not a message to the candidate", async () => {
    const demo = await resetMailbox();
    const sofia = demo.processes
      .find((p) => p.id === SOLKRAFT)!
      .candidates.find((c) => c.id === "c-sofia-lindqvist")!;
    const { page, pane, close } = await openWorkbench(browser);
    await openMail(page, sofia.name);
    const before = await pane.getByTestId("last-contact").textContent();
    const clockBefore = await pane.getByTestId("clock").getAttribute("data-phase");
    await pane.getByTestId("tab-note").click();
    await pane.getByTestId("note-text").fill("Ring Sofia på fredag om lönen");
    await pane.getByRole("button", { name: "Spara anteckningen" }).click();
    const entry = pane.getByTestId("candidate-log").locator("li").filter({ hasText: "Ring Sofia på fredag" });
    await entry.waitFor();
    const label = await entry.textContent();
    expect(label).toContain("Anteckning");
    expect(label).not.toContain("till kandidaten");
    expect(await pane.getByTestId("last-contact").textContent()).toBe(before);
    expect(await pane.getByTestId("clock").getAttribute("data-phase")).toBe(clockBefore);
    await accessible(pane);
    await shot(pane, "candidate-card", "note-not-contact-sv");
    // Shown at once, sent later: the English pane is another browser, so it reads what reached
    // Microsoft 365 (closing this one before would take its outbox with it).
    await eventually("the note is in her log in Microsoft 365", async () =>
      (await candidateInDocument(SOLKRAFT, sofia.name))?.contacts.some(
        (k) => k.kind === "note" && k.summary.startsWith("Ring Sofia på fredag"),
      ),
    );
    await close();

    const en = await openWorkbench(browser, { lang: "en-US" });
    await openMail(en.page, sofia.name);
    await en.pane.getByTestId("candidate-log").getByText("Ring Sofia på fredag", { exact: false }).waitFor();
    await shot(en.pane, "candidate-card", "note-not-contact-en");
    await en.close();
  });
});
