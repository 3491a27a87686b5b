import type { Browser } from "playwright-core";
import { axeViolations, describeViolations } from "./support/axe";
import { launchChromium } from "./support/browser";
import { openMail, openWorkbench, resetMailbox, taskPane } from "./support/workbench";

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe("the workbench stands in for Outlook", () => {
  it("lists the recruiter's inbox from the Graph emulator and shows the pane waiting for a selection", async () => {
    await resetMailbox();
    const { page, pane, errors } = await openWorkbench(browser);
    expect(await page.getByTestId("message").count()).toBeGreaterThan(5);
    await pane.getByTestId("no-item").waitFor();
    expect(await pane.getByTestId("no-item").textContent()).toContain("Markera ett meddelande");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("tells the task pane which mail the recruiter clicked, as Outlook's ItemChanged does", async () => {
    const demo = await resetMailbox();
    const { page, pane } = await openWorkbench(browser);
    const unknown = demo.mails.find((m) => m.id === demo.unknownSender.messageId)!;
    await openMail(page, demo.unknownSender.name, unknown.subject);
    await pane.getByTestId("item-subject").getByText(unknown.subject, { exact: true }).waitFor();
    const known = demo.processes[0]!.candidates[0]!;
    await openMail(page, known.name);
    await pane.getByTestId("candidate-name").getByText(known.name, { exact: true }).waitFor();
    await page.close();
  });

  it("speaks English and goes dark when the host does", async () => {
    await resetMailbox();
    const { page } = await openWorkbench(browser, { lang: "en-US", theme: "dark" });
    await page.getByTestId("message").first().click();
    const pane = await taskPane(page);
    await pane
      .getByText("Stage", { exact: true })
      .or(pane.getByText("Subject", { exact: true }))
      .first()
      .waitFor();
    const background = await pane.locator("main").evaluate((el) => getComputedStyle(el).backgroundColor);
    const [r, g, b] = background.match(/\d+/g)!.map(Number);
    expect(r! + g! + b!).toBeLessThan(3 * 80);
    await page.close();
  });
});

describe("accessibility", () => {
  it.each(["light", "dark", "high-contrast"] as const)(
    "the task pane has no axe-core violations (%s theme)",
    async (theme) => {
      const { page } = await openWorkbench(browser, { theme });
      const pane = await taskPane(page);
      expect(describeViolations(await axeViolations(pane))).toBe("");
      await page.getByTestId("message").first().click();
      await pane.getByTestId("candidate-card").or(pane.getByTestId("item-summary")).first().waitFor();
      expect(describeViolations(await axeViolations(pane))).toBe("");
      await page.close();
    },
  );
});

describe("the accessibility scan itself", () => {
  it("catches a violation when there is one (an image without alt text)", async () => {
    const page = await browser.newPage();
    await page.setContent(
      `<html lang="en"><head><title>t</title></head><body><main><img src="x.png"></main></body></html>`,
    );
    const violations = await axeViolations(page);
    expect(violations.map((v) => v.id)).toContain("image-alt");
    await page.close();
  });

  it("still reports an aria-hidden element that is focusable, unless it is Fluent's Tabster guard", async () => {
    const page = await browser.newPage();
    await page.setContent(
      `<html lang="en"><head><title>t</title></head><body><main><p>x</p>` +
        `<i tabindex="0" aria-hidden="true" data-tabster-dummy=""></i>` +
        `<span tabindex="0" aria-hidden="true">own bug</span></main></body></html>`,
    );
    const violations = await axeViolations(page);
    const hidden = violations.find((v) => v.id === "aria-hidden-focus");
    expect(hidden?.nodes.map((n) => n.target.join(" "))).toEqual(["span"]);
    await page.close();
  });
});
