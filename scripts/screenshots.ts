// `npx tsx scripts/screenshots.ts`: the README's pictures, taken in headless chromium from the
// production workbench build against the emulator's demo seed (same set-up as the e2e tests).
import path from "node:path";
import globalSetup from "../test/e2e/support/globalSetup";
import globalTeardown from "../test/e2e/support/globalTeardown";
import { launchChromium } from "../test/e2e/support/browser";
import { openWorkbench } from "../test/e2e/support/workbench";

const out = path.resolve(__dirname, "../docs/screenshots");

async function main() {
  await globalSetup();
  const browser = await launchChromium();
  try {
    const { page, pane } = await openWorkbench(browser);
    await page.getByTestId("message").nth(1).click();
    await pane.getByTestId("item-summary").waitFor();
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(out, "workbench.png") });
    console.info(`wrote ${path.join(out, "workbench.png")}`);
  } finally {
    await browser.close();
    await globalTeardown();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
