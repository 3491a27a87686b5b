// Issue 11, deliverable 1: templates she owns. She writes a template with the placeholder picker,
// answers a candidate with it, edits it — and the change shows where she answers. The template
// lives in her app folder (approot:/templates.json); axe scans the library and the editor.
import { mkdirSync } from "node:fs";
import type { Browser, Frame } from "playwright-core";
import { axeViolations, describeViolations } from "./support/axe";
import { launchChromium } from "./support/browser";
import { eventually, graphGet } from "./support/emulatorState";
import { openMail, openWorkbench, resetMailbox } from "./support/workbench";

const SHOTS = "/tmp/shots-templates";
const NORDBANK = "p-nordbank-backend";

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

const accessible = async (pane: Frame) => expect(describeViolations(await axeViolations(pane))).toBe("");

type StoredTemplates = { templates: { id: string; name: string; body: string }[] };

/** The overview's Templates tab, from wherever the pane is. */
async function openTemplates(pane: Frame) {
  const toOverview = pane.getByTestId("pane-overview");
  if (await toOverview.isVisible()) await toOverview.click();
  await pane.getByTestId("overview").waitFor();
  await pane.getByTestId("overview-tab-templates").click();
  await pane.getByTestId("templates-view").waitFor();
}

describe("templates she owns", () => {
  it("creates a template with the placeholder picker, answers a candidate with it, edits it, and the change shows", async () => {
    const demo = await resetMailbox();
    const waiting = demo.waiting.find((w) => w.processId === NORDBANK && w.days < 7)!;
    const candidate = demo.processes[0]!.candidates.find((c) => c.id === waiting.candidateId)!;
    const first = candidate.name.split(" ")[0]!;
    const { page, pane, errors, close } = await openWorkbench(browser, { lang: "sv-SE", width: 320 });
    await openMail(page, candidate.name);
    await pane.getByTestId("candidate-card").waitFor();

    await openTemplates(pane);
    await pane.getByTestId("templates-built-in").waitFor();
    await accessible(pane);
    await page.screenshot({ path: `${SHOTS}/templates-library-sv-320.png`, fullPage: true });

    await pane.getByTestId("template-new").click();
    const editor = pane.getByTestId("template-editor");
    await editor.getByLabel("Namn").fill("Tack för ditt tålamod");
    await editor.getByLabel("Ämnesrad").fill("Om din ansökan");
    const body = editor.getByTestId("template-body");
    await body.fill("Hej !\n\ntack för ditt tålamod, vi återkommer snart.");
    await body.focus();
    await body.evaluate((el: HTMLTextAreaElement) => el.setSelectionRange(4, 4));
    await editor.getByTestId("placeholder-select").selectOption("candidate.firstName");
    await editor.getByTestId("placeholder-insert").click();
    expect(await body.inputValue()).toBe(
      "Hej {{candidate.firstName}}!\n\ntack för ditt tålamod, vi återkommer snart.",
    );
    // The preview is for the candidate whose mail is open.
    await editor.getByTestId("template-editor-preview").getByText(`Hej ${first}!`).waitFor();
    await accessible(pane);
    await page.screenshot({ path: `${SHOTS}/templates-editor-sv-320.png`, fullPage: true });

    // A misspelt placeholder is refused, named, and nothing she typed is lost.
    await body.fill("Hej {{candidate.fistName}}!");
    await editor.getByTestId("template-save").click();
    await editor
      .getByTestId("template-problems")
      .getByText("{{candidate.fistName}}", { exact: false })
      .waitFor();
    await accessible(pane);
    await body.fill("Hej {{candidate.firstName}}!\n\ntack för ditt tålamod, vi återkommer snart.");
    await editor.getByTestId("template-save").click();
    await pane.getByTestId("templates-own").getByText("Tack för ditt tålamod").waitFor();
    const stored = await eventually("the template is in her app folder", async () => {
      const doc = await graphGet<StoredTemplates>("/me/drive/special/approot:/templates.json:/content").catch(
        () => null,
      );
      return doc?.templates.find((t) => t.name === "Tack för ditt tålamod");
    });
    expect(stored.body).toContain("{{candidate.firstName}}");

    // Use it on the candidate: her own template beside the built-ins, in the reply.
    await pane.getByTestId("pane-back").click();
    await pane.getByTestId("template-picker").waitFor();
    await pane.getByTestId("template-select").selectOption({ label: "Tack för ditt tålamod" });
    await pane.getByTestId("template-preview").getByText(`Hej ${first}!`).waitFor();
    await pane.getByRole("button", { name: "Öppna svar med texten" }).click();
    await page.getByTestId("compose").waitFor();
    expect(await page.getByTestId("compose-body").innerText()).toContain("tack för ditt tålamod");
    await page.getByTestId("compose-send").click();
    await page.getByTestId("compose").waitFor({ state: "detached" });

    // Edit it: the change shows where she answers.
    await openMail(page, candidate.name);
    await pane.getByTestId("candidate-card").waitFor();
    await openTemplates(pane);
    await pane.getByRole("button", { name: "Ändra ”Tack för ditt tålamod”" }).click();
    await pane.getByTestId("template-body").fill("Hej {{candidate.firstName}}!\n\nvi hör av oss på fredag.");
    await pane.getByTestId("template-save").click();
    await pane.getByTestId("templates-own").waitFor();
    await pane.getByTestId("pane-back").click();
    await pane.getByTestId("template-select").selectOption({ label: "Tack för ditt tålamod" });
    await pane
      .getByTestId("template-preview")
      .getByText("vi hör av oss på fredag", { exact: false })
      .waitFor();
    await eventually("the edit is in her app folder", async () => {
      const doc = await graphGet<StoredTemplates>("/me/drive/special/approot:/templates.json:/content");
      return doc.templates.length === 1 && doc.templates[0]!.body.includes("fredag");
    });
    expect(errors).toEqual([]);
    await close();
  });

  it("shows the library and the editor in English at 320 px, a built-in copied for a sample candidate", async () => {
    await resetMailbox();
    const { page, pane, close } = await openWorkbench(browser, { lang: "en-US", width: 320 });
    await openTemplates(pane);
    await page.screenshot({ path: `${SHOTS}/templates-library-en-320.png`, fullPage: true });
    await pane.getByRole("button", { name: "Copy “Status update”" }).click();
    const editor = pane.getByTestId("template-editor");
    expect(await editor.getByLabel("Name").inputValue()).toBe("Status update (copy)");
    await editor
      .getByTestId("template-editor-preview")
      .getByText("sample candidate", { exact: false })
      .waitFor();
    await accessible(pane);
    await page.screenshot({ path: `${SHOTS}/templates-editor-en-320.png`, fullPage: true });
    // Deleting asks first.
    await editor.getByRole("button", { name: "Cancel" }).click();
    await pane.getByRole("button", { name: "Delete “Status update (copy)”" }).click();
    await pane.getByTestId("template-delete-dialog").waitFor();
    await accessible(pane);
    await page.screenshot({ path: `${SHOTS}/templates-delete-en-320.png` });
    await pane.getByTestId("template-delete-confirm").click();
    await pane.getByText("You have no templates of your own yet.", { exact: false }).waitFor();
    await close();
  });
});
