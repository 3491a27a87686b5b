// Processes in the recruiter's hands (issue 11, deliverable 3), in the workbench against the Graph
// emulator: a new applicant's process guessed from the subject (never silently the first), a
// process created in the pane and a candidate added to it, a candidate moved to another process,
// and one removed — and undone — with axe on every new screen and screenshots at 320 px.
import { mkdirSync } from "node:fs";
import type { Browser, Frame, Page } from "playwright-core";
import { axeViolations, describeViolations } from "./support/axe";
import { launchChromium } from "./support/browser";
import { candidateInDocument, eventually, graphGet, processDocument } from "./support/emulatorState";
import { openMail, openWorkbench, resetMailbox } from "./support/workbench";

const SHOTS = "/tmp/shots-processes";
const NORDBANK = "p-nordbank-backend";
const SOLKRAFT = "p-solkraft-saljare";

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

const accessible = async (pane: Frame) => expect(describeViolations(await axeViolations(pane))).toBe("");
const shot = (page: Page, name: string) =>
  page.getByTestId("taskpane-frame").screenshot({ path: `${SHOTS}/${name}.png` });

async function openProcessesTab(pane: Frame, label: string) {
  await pane.getByTestId("overview-tab-processes").click();
  const view = pane.getByTestId("processes-view");
  await view.waitFor();
  await pane.getByRole("tab", { name: label }).waitFor();
  return view;
}

async function processIds(): Promise<string[]> {
  const listed = await graphGet<{ value: { name: string }[] }>(
    "/me/drive/special/approot:/processes:/children",
  );
  return listed.value.map((i) => i.name.replace(/\.json$/, ""));
}

describe("processes in the recruiter's hands", () => {
  it("a new applicant to Säljare – Solkraft AB gets that process preselected, with the hint why", async () => {
    const demo = await resetMailbox();
    const { page, pane, errors, close } = await openWorkbench(browser);
    const mail = demo.mails.find((m) => m.id === demo.unknownSender.messageId)!;
    expect(mail.subject).toBe("Ansökan: Säljare – Solkraft AB");
    await openMail(page, demo.unknownSender.name, mail.subject);
    const form = pane.getByTestId("add-candidate");
    await form.waitFor();
    const select = form.getByTestId("add-process");
    expect(await select.inputValue()).toBe(SOLKRAFT);
    expect(await select.inputValue()).not.toBe(NORDBANK);
    await form.getByText("Gissad från ämnesraden").waitFor();
    await accessible(pane);
    await shot(page, "add-candidate-guessed-sv-320");

    await form.getByRole("button", { name: "Lägg till och starta svarsklockan" }).click();
    await pane.getByTestId("candidate-name").getByText(demo.unknownSender.name).waitFor();
    await eventually("the candidate is in Solkraft's document", () =>
      candidateInDocument(SOLKRAFT, demo.unknownSender.name),
    );
    expect(await candidateInDocument(NORDBANK, demo.unknownSender.name)).toBeUndefined();
    expect(errors).toEqual([]);
    await close();
  });

  it("creates a process in the pane (the survey link must be https) and adds a candidate to it", async () => {
    const demo = await resetMailbox();
    const { page, pane, errors, close } = await openWorkbench(browser);
    const view = await openProcessesTab(pane, "Processer");
    await view.getByTestId("process-card").first().waitFor();
    await accessible(pane);
    await shot(page, "processes-sv-320");

    await view.getByRole("button", { name: "Ny process" }).click();
    const form = pane.getByTestId("process-form");
    await form.getByLabel("Titel (tjänst)").fill("Lagerchef");
    await form.getByLabel("Företag eller organisation").fill("Solkraft AB");
    await form.getByLabel("Svarstid i dagar (1–90)").fill("91");
    await form.getByRole("button", { name: "Lägg till milstolpe" }).click();
    await form.getByLabel("Milstolpe 1", { exact: true }).fill("Sista ansökningsdag");
    await form.getByLabel("Datum för milstolpe 1", { exact: true }).fill("2026-12-18");
    await form.getByLabel("Nästa steg (för statusuppdateringar)").fill("Intervjuer vecka 51");
    await form.getByLabel("Länk till enkät (https, valfri)").fill("http://forms.office.com/r/lager");
    await form.getByRole("button", { name: "Skapa processen" }).click();
    await form.getByText("Svarstiden ska vara ett helt antal dagar, från 1 till 90.").waitFor();
    await form.getByText("måste vara en webbadress som börjar med https://", { exact: false }).waitFor();
    await accessible(pane);
    await shot(page, "process-form-errors-sv-320");
    await form.getByLabel("Svarstid i dagar (1–90)").fill("14");
    await form.getByLabel("Länk till enkät (https, valfri)").fill("https://forms.office.com/r/lager");
    await form.getByRole("button", { name: "Skapa processen" }).click();
    await view.getByRole("heading", { name: "Lagerchef – Solkraft AB" }).waitFor();

    const id = await eventually("the new process document exists", async () =>
      (await processIds()).find((p) => p.startsWith("p-lagerchef-")),
    );
    const doc = await processDocument(id);
    expect(doc).toMatchObject({
      title: "Lagerchef",
      answerWindowDays: 14,
      surveyUrl: "https://forms.office.com/r/lager",
    });
    expect((await processIds()).filter((p) => p.startsWith("p-lagerchef-"))).toHaveLength(1);

    // The unknown sender's mail names Säljare, but she is put in the new process by hand.
    const mail = demo.mails.find((m) => m.id === demo.unknownSender.messageId)!;
    await openMail(page, demo.unknownSender.name, mail.subject);
    const add = pane.getByTestId("add-candidate");
    await add.getByTestId("add-process").selectOption(id);
    await add.getByRole("button", { name: "Lägg till och starta svarsklockan" }).click();
    await eventually("the candidate is in the new process", () =>
      candidateInDocument(id, demo.unknownSender.name),
    );
    expect(errors).toEqual([]);
    await close();
  });

  it("moves a candidate to another process: stage kept by kind, her mails relabelled", async () => {
    await resetMailbox();
    const { page, pane, errors, close } = await openWorkbench(browser);
    await openMail(page, "Åsa Öberg");
    await pane.getByTestId("candidate-name").getByText("Åsa Öberg").waitFor();
    await pane.getByTestId("tab-details").click();
    const move = pane.getByTestId("move-candidate");
    await move.getByTestId("move-target").selectOption(SOLKRAFT);
    await move.scrollIntoViewIfNeeded();
    await accessible(pane);
    await shot(page, "move-candidate-sv-320");
    await move.getByRole("button", { name: "Flytta kandidaten" }).click();
    const moved = await eventually("Åsa is in Solkraft's document", () =>
      candidateInDocument(SOLKRAFT, "Åsa Öberg"),
    );
    expect(moved.stageId).toBe("screening");
    expect(moved.contacts.length).toBeGreaterThan(0);
    await eventually(
      "and no longer in Nordbank's",
      async () => !(await candidateInDocument(NORDBANK, "Åsa Öberg")),
    );
    await eventually("her mails carry Solkraft's category", async () => {
      const mails = await graphGet<{ value: { categories: string[] }[] }>(
        `/me/messages?$filter=from/emailAddress/address eq 'asa.oberg@example.se'&$select=categories`,
      );
      return (
        mails.value.length > 0 &&
        mails.value.every((m) => !m.categories.some((c) => c.includes("Nordbank"))) &&
        mails.value.some((m) => m.categories.some((c) => c.includes("Solkraft")))
      );
    });
    expect(errors).toEqual([]);
    await close();
  });

  it("a candidate moved from her card in the overview stays open, now in the new process", async () => {
    await resetMailbox();
    const { pane, errors, close } = await openWorkbench(browser);
    await pane.getByTestId("filter-process").selectOption(NORDBANK);
    const row = pane.getByTestId("overview-row").filter({ hasText: "Åsa Öberg" });
    await row.getByTestId("row-open").click();
    await pane.getByTestId("candidate-card").waitFor();
    await pane.getByTestId("tab-details").click();
    const move = pane.getByTestId("move-candidate");
    await move.getByTestId("move-target").selectOption(SOLKRAFT);
    await move.getByRole("button", { name: "Flytta kandidaten" }).click();
    await eventually("Åsa is in Solkraft's document", () => candidateInDocument(SOLKRAFT, "Åsa Öberg"));
    expect(await pane.getByTestId("focused-gone").count()).toBe(0);
    expect(await pane.getByTestId("candidate-name").textContent()).toBe("Åsa Öberg");
    expect(errors).toEqual([]);
    await close();
  });

  it("closing a process first names the candidates still waiting for an answer", async () => {
    await resetMailbox();
    const { page, pane, errors, close } = await openWorkbench(browser);
    const view = await openProcessesTab(pane, "Processer");
    await view.getByRole("button", { name: "Stäng Backend-utvecklare – Nordbank" }).click();
    const warning = view.getByTestId("close-warning");
    await warning.getByText("väntar fortfarande på svar", { exact: false }).waitFor();
    expect(await warning.getByTestId("close-warning-names").textContent()).toContain("Åsa Öberg");
    await accessible(pane);
    await shot(page, "close-warning-sv-320");
    // Not yet: she answers them first.
    await warning.getByRole("button", { name: "Avbryt" }).click();
    await view.getByTestId("close-warning").waitFor({ state: "detached" });
    expect((await processDocument(NORDBANK))["closedAt"]).toBeUndefined();
    // Closed anyway: the recruitment is over.
    await view.getByRole("button", { name: "Stäng Backend-utvecklare – Nordbank" }).click();
    await view.getByRole("button", { name: "Stäng ändå – Backend-utvecklare – Nordbank" }).click();
    await eventually("Nordbank's document is closed", async () =>
      Boolean((await processDocument(NORDBANK))["closedAt"]),
    );
    expect(errors).toEqual([]);
    await close();
  });

  it("removes a candidate added by mistake — and the undo bar brings her back", async () => {
    await resetMailbox();
    const { page, pane, errors, close } = await openWorkbench(browser);
    await openMail(page, "Li Wei");
    await pane.getByTestId("candidate-name").getByText("Li Wei").waitFor();
    await pane.getByTestId("tab-details").click();
    await pane.getByRole("button", { name: "Ta bort Li Wei" }).click();
    const bar = pane.getByTestId("undo-removal");
    await bar.getByText("Li Wei tas bort om", { exact: false }).waitFor();
    await accessible(pane);
    await shot(page, "remove-undo-sv-320");
    await bar.getByRole("button", { name: "Ångra" }).click();
    await pane.getByTestId("remove-candidate").waitFor();
    // Past the undo window: nothing was queued, she is still in the process.
    await page.waitForTimeout(9_000);
    expect(await candidateInDocument(NORDBANK, "Li Wei")).toBeDefined();

    await pane.getByRole("button", { name: "Ta bort Li Wei" }).click();
    await pane.getByTestId("undo-removal").getByRole("button", { name: "Ta bort nu" }).click();
    await eventually(
      "Li Wei is out of the document",
      async () => !(await candidateInDocument(NORDBANK, "Li Wei")),
    );
    await eventually("her mails carry no Svara category", async () => {
      const mails = await graphGet<{ value: { categories: string[] }[] }>(
        `/me/messages?$filter=from/emailAddress/address eq 'li.wei@example.com'&$select=categories`,
      );
      return (
        mails.value.length > 0 && mails.value.every((m) => !m.categories.some((c) => c.startsWith("Svara:")))
      );
    });
    // The open mail's sender is no longer a candidate: the pane offers to add them again.
    await pane.getByTestId("add-candidate").waitFor();
    expect(errors).toEqual([]);
    await close();
  });

  it("reads in English at 320 px: the processes, the form, the guess, move and remove", async () => {
    const demo = await resetMailbox();
    const { page, pane, close } = await openWorkbench(browser, { lang: "en-US", width: 320 });
    const view = await openProcessesTab(pane, "Processes");
    await view.getByTestId("process-card").first().waitFor();
    await accessible(pane);
    await shot(page, "processes-en-320");
    await view.getByRole("button", { name: "New process" }).click();
    await pane.getByTestId("process-form").getByRole("button", { name: "Add a milestone" }).click();
    await accessible(pane);
    await shot(page, "process-form-en-320");

    const mail = demo.mails.find((m) => m.id === demo.unknownSender.messageId)!;
    await openMail(page, demo.unknownSender.name, mail.subject);
    const form = pane.getByTestId("add-candidate");
    await form.getByText("Guessed from the subject", { exact: false }).waitFor();
    await shot(page, "add-candidate-guessed-en-320");

    await openMail(page, "Åsa Öberg");
    await pane.getByTestId("candidate-name").getByText("Åsa Öberg").waitFor();
    await pane.getByTestId("tab-details").click();
    await pane.getByTestId("move-candidate").scrollIntoViewIfNeeded();
    await shot(page, "move-candidate-en-320");
    await pane.getByRole("button", { name: "Remove Åsa Öberg" }).click();
    await pane.getByTestId("undo-removal").waitFor();
    await accessible(pane);
    await shot(page, "remove-undo-en-320");
    await pane.getByTestId("undo-removal").getByRole("button", { name: "Undo" }).click();
    await close();
  });
});
