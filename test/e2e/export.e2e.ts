// A candidate asks what the firm holds about them (issue 14): Maja opens Åsa's card, writes a note,
// moves her on, and clicks "Exportera (registerutdrag)". The HTML page and the JSON she downloads
// carry Åsa's stages and the note, and a copy of each is in her OneDrive under Appar/Svara/exports.
import { mkdirSync, readFileSync } from "node:fs";
import type { Browser, Frame, Page } from "playwright-core";
import { axeViolations, describeViolations } from "./support/axe";
import { launchChromium } from "./support/browser";
import { emulatorRequests, openMail, openWorkbench, requestMark, resetMailbox } from "./support/workbench";

const SHOTS = "/tmp/shots-export";
const NOTE = "Stark i SQL – ring på fredag om lönen";

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

const accessible = async (pane: Frame) => expect(describeViolations(await axeViolations(pane))).toBe("");

async function eventually<T>(what: string, probe: () => Promise<T | null | undefined>): Promise<T> {
  for (let i = 0; i < 100; i += 1) {
    const value = await probe();
    if (value) return value;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`never: ${what}`);
}

/** Clicks the link and reads the file the browser downloaded. */
async function download(page: Page, pane: Frame, name: RegExp): Promise<{ file: string; text: string }> {
  const [got] = await Promise.all([
    page.waitForEvent("download"),
    pane.getByTestId("export-download").filter({ hasText: name }).click(),
  ]);
  return { file: got.suggestedFilename(), text: readFileSync((await got.path())!, "utf8") };
}

async function fromOneDrive(name: string): Promise<string | null> {
  const url = `${process.env.E2E_GRAPH_URL}/me/drive/special/approot:/exports/${encodeURIComponent(name)}:/content`;
  const response = await fetch(url, { headers: { Authorization: "Bearer e2e-witness" }, redirect: "follow" });
  return response.ok ? response.text() : null;
}

describe("export file contents", () => {
  it("downloads Åsa's export as HTML and JSON with her stages and note, and keeps both in OneDrive", async () => {
    await resetMailbox();
    const { page, pane, errors, close } = await openWorkbench(browser);
    await openMail(page, "Åsa Öberg");
    await pane.getByTestId("candidate-name").getByText("Åsa Öberg").waitFor();

    const since = await requestMark();
    await pane.getByTestId("tab-note").click();
    await pane.getByTestId("note-text").fill(NOTE);
    await pane.getByRole("button", { name: "Spara anteckningen" }).click();
    await pane.getByTestId("candidate-log").getByText(NOTE, { exact: false }).waitFor();
    // The note is on her OneNote page once the outbox has sent it: the export reads it there.
    await eventually("the note reached OneNote", async () =>
      (await emulatorRequests(since)).some(
        (r) => r.method === "PATCH" && /\/onenote\/pages\/.+\/content/.test(r.path) && r.status < 300,
      ),
    );
    await pane.getByTestId("tab-stage").click();
    await pane.getByTestId("stage-select").selectOption({ label: "Intervju" });

    await pane.getByTestId("tab-details").click();
    const section = pane.getByTestId("export-candidate");
    await section.scrollIntoViewIfNeeded();
    await section.getByRole("button", { name: "Exportera (registerutdrag)" }).click();
    const ready = pane.getByTestId("export-ready");
    await ready.waitFor();
    expect(await ready.textContent()).toContain("Utdraget för Åsa Öberg är klart.");
    expect(await pane.getByTestId("export-saved").textContent()).toContain("Appar/Svara/exports");
    await accessible(pane);
    await page.getByTestId("taskpane-frame").screenshot({ path: `${SHOTS}/export-sv-320.png` });

    const html = await download(page, pane, /\.html$/);
    expect(html.file).toMatch(/^svara-export-asa-oberg-\d{4}-\d{2}-\d{2}\.html$/);
    expect(html.text).toContain("<h1>Uppgifter om dig hos");
    expect(html.text).toContain("Åsa Öberg");
    expect(html.text).toContain("Intervju");
    expect(html.text).toContain("Stark i SQL – ring på fredag om lönen");

    const json = await download(page, pane, /\.json$/);
    expect(json.file).toBe(html.file.replace(/\.html$/, ".json"));
    const x = JSON.parse(json.text) as {
      person: { name: string };
      process: { stage: string };
      stages: { stage: string }[];
      log: { summary: string }[];
      notes: { kind: string; text: string };
    };
    expect(x.person.name).toBe("Åsa Öberg");
    expect(x.process.stage).toBe("Intervju");
    expect(x.stages.map((s) => s.stage)).toContain("Intervju");
    expect(x.notes.kind).toBe("page");
    expect(x.notes.text).toContain(NOTE);

    expect(await fromOneDrive(html.file)).toBe(html.text);
    expect(await fromOneDrive(json.file)).toBe(json.text);
    expect(errors).toEqual([]);
    await close();
  });

  it("reads at 320 px in English too, with no axe violations", async () => {
    await resetMailbox();
    const { page, pane, close } = await openWorkbench(browser, { lang: "en-US", width: 320 });
    await openMail(page, "Åsa Öberg");
    await pane.getByTestId("candidate-name").getByText("Åsa Öberg").waitFor();
    await pane.getByTestId("tab-details").click();
    await pane.getByRole("button", { name: "Export (subject-access request)" }).click();
    await pane.getByTestId("export-ready").waitFor();
    const links = pane.getByTestId("export-download");
    expect(await links.count()).toBe(2);
    // Nothing sticks out of the pane: the long file names wrap.
    const width = await pane.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(320);
    await accessible(pane);
    await page.getByTestId("taskpane-frame").screenshot({ path: `${SHOTS}/export-en-320.png` });
    await close();
  });
});
