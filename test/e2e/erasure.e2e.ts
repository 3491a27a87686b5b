// The "Gallring" tab in the workbench's pane (issue 14): the demo's long-closed process has one
// candidate past the firm's 24 months and one who will be within 30 days. The list says whose data,
// from which process, by when and why; "Öppna" opens the candidate, where erasing happens.
import { mkdirSync } from "node:fs";
import type { Browser, Frame } from "playwright-core";
import { axeViolations, describeViolations } from "./support/axe";
import { launchChromium } from "./support/browser";
import { openWorkbench, resetMailbox, type WorkbenchOptions } from "./support/workbench";

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function openErasure(pane: Frame) {
  await pane.getByTestId("overview").waitFor();
  await pane.getByTestId("overview-tab-erasure").click();
  return pane.getByTestId("erasure");
}

describe("Gallring: whose data is due for erasure", () => {
  it("lists the candidate past 24 months as due and the one within 30 days as soon, and opens her card", async () => {
    await resetMailbox();
    const { pane, errors, close } = await openWorkbench(browser);
    const view = await openErasure(pane);
    await view.waitFor();

    const due = view.getByTestId("erasure-due").getByTestId("erasure-row");
    expect(await due.allTextContents()).toEqual([
      expect.stringMatching(
        /^Inés Ñúñez-ÅkerlundEkonomiassistent – Fjällbo AB · lämnade .*Radera senast .* · Sparad i 24 månader/,
      ),
    ]);
    const soon = view.getByTestId("erasure-soon").getByTestId("erasure-row");
    expect(await soon.allTextContents()).toEqual([expect.stringMatching(/^Nils Ågren/)]);
    expect(describeViolations(await axeViolations(pane))).toBe("");

    await due.getByRole("button", { name: "Öppna Inés Ñúñez-Åkerlund" }).click();
    await pane.getByTestId("candidate-card").waitFor();
    expect(await pane.getByTestId("candidate-name").textContent()).toBe("Inés Ñúñez-Åkerlund");
    expect(errors).toEqual([]);
    await close();
  });

  describe("screenshots", () => {
    const dir = "/tmp/shots-erasure";
    beforeAll(() => mkdirSync(dir, { recursive: true }));

    it.each([
      ["sv-SE", 320],
      ["en-US", 320],
    ] as const)("shows the list readably (%s, %i px), with no axe violations", async (lang, width) => {
      await resetMailbox();
      const options: WorkbenchOptions = { lang, width };
      const { page, pane, close } = await openWorkbench(browser, options);
      const view = await openErasure(pane);
      await view.getByTestId("erasure-row").first().waitFor();
      if (lang === "en-US") await view.getByText("Due for erasure now").waitFor();
      expect(describeViolations(await axeViolations(pane))).toBe("");
      await page.getByTestId("taskpane-frame").screenshot({ path: `${dir}/erasure-${lang}-${width}.png` });
      await close();
    });
  });
});
