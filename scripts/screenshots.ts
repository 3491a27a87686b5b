// `npx tsx scripts/screenshots.ts`: the README's pictures, taken in headless chromium from the
// production workbench build against the emulator's demo seed (the e2e set-up).
import path from "node:path";
import type { Page } from "playwright-core";
import globalSetup from "../test/e2e/support/globalSetup";
import globalTeardown from "../test/e2e/support/globalTeardown";
import { launchChromium } from "../test/e2e/support/browser";
import { openMail, openWorkbench, resetMailbox, taskPane } from "../test/e2e/support/workbench";

const out = path.resolve(__dirname, "../docs/screenshots");

async function shoot(page: Page, name: string, paneOnly = false) {
  await page.waitForTimeout(400);
  const file = path.join(out, `${name}.png`);
  if (paneOnly) await page.getByTestId("taskpane-frame").screenshot({ path: file });
  else await page.screenshot({ path: file });
  console.info(`wrote ${file}`);
}

async function main() {
  await globalSetup();
  const browser = await launchChromium();
  try {
    const demo = await resetMailbox();
    const { page, close } = await openWorkbench(browser);
    await page.setViewportSize({ width: 1280, height: 1000 });
    const pane = await taskPane(page);

    const asa = demo.processes[0]!.candidates[0]!;
    await openMail(page, asa.name);
    await pane.getByTestId("template-picker").waitFor();
    await shoot(page, "workbench");
    await pane.getByTestId("template-select").selectOption({ label: "Statusuppdatering" });
    await pane.getByTestId("template-picker").scrollIntoViewIfNeeded();
    await shoot(page, "template-picker", true);

    const ref = demo.candidateWithoutPhone;
    const karin = demo.processes
      .find((p) => p.id === ref.processId)!
      .candidates.find((c) => c.id === ref.candidateId)!;
    await openMail(page, karin.name);
    await pane.getByTestId("phone-form").getByRole("textbox").fill("+46 70 999 88 77");
    await pane.getByTestId("phone-form").getByRole("button").click();
    await pane.getByTestId("booked-call").waitFor();
    await pane.getByTestId("call-panel").scrollIntoViewIfNeeded();
    await shoot(page, "call-booking", true);
    await close();

    // The overview in the pane: nothing selected, everyone most urgent first; then the pipeline.
    for (const lang of ["sv-SE", "en-US"] as const) {
      const suffix = lang === "sv-SE" ? "" : "-en";
      const wb = await openWorkbench(browser, { lang });
      await wb.page.setViewportSize({ width: 1280, height: 1000 });
      const overview = await taskPane(wb.page);
      await overview.getByTestId("overview-row").first().waitFor();
      await shoot(wb.page, `overview${suffix}`, true);
      await overview.getByTestId("overview-tab-pipeline").click();
      await overview.getByTestId("pipeline-view").waitFor();
      await shoot(wb.page, `pipeline${suffix}`, true);
      // Her templates: the library, then a new one with the placeholder picker and the preview.
      await overview.getByTestId("overview-tab-templates").click();
      await overview.getByTestId("templates-built-in").waitFor();
      await overview.getByTestId("template-new").click();
      const editor = overview.getByTestId("template-editor");
      const sv = lang === "sv-SE";
      await editor.getByTestId("template-body").fill(sv ? "Hej " : "Hi ");
      await editor.getByTestId("placeholder-select").selectOption("candidate.firstName");
      await editor.getByTestId("placeholder-insert").click();
      await editor.getByTestId("template-body").press("End");
      await editor
        .getByTestId("template-body")
        .pressSequentially(sv ? ",\n\ntack för ditt tålamod." : ",\n\nthank you for your patience.");
      await editor.scrollIntoViewIfNeeded();
      await shoot(wb.page, `template-editor${suffix}`, true);
      // Her processes.
      await overview.getByTestId("overview-tab-processes").click();
      await overview.getByTestId("process-card").first().waitFor();
      await shoot(wb.page, `processes${suffix}`, true);
      // A new applicant: the process guessed from the subject, never silently the first.
      await openMail(wb.page, demo.unknownSender.name);
      await overview.getByTestId("add-candidate").waitFor();
      await shoot(wb.page, `add-candidate${suffix}`, true);
      await wb.close();
    }

    // The dashboard (the Teams tab's page) with the report, full width.
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const dashboard = await context.newPage();
    const params = new URLSearchParams({
      host: "workbench",
      graph: process.env.E2E_GRAPH_URL!,
      lang: "sv-SE",
      theme: "light",
      me: "maja.lind@svara-demo.se",
    });
    await dashboard.goto(`${process.env.E2E_WEB_URL}/dashboard.html?${params}`);
    await dashboard.getByTestId("overview-row").first().waitFor();
    await shoot(dashboard, "dashboard");
    await dashboard.getByTestId("overview-tab-report").click();
    await dashboard.getByTestId("report-table").waitFor();
    await dashboard.waitForTimeout(1500); // the charts load in their own chunk
    await shoot(dashboard, "report");
    await context.close();
  } finally {
    await browser.close();
    await globalTeardown();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
