import type { Browser, Frame, Page } from "playwright-core";

export interface WorkbenchOptions {
  lang?: "sv-SE" | "en-US";
  theme?: "light" | "dark" | "high-contrast";
  width?: number;
}

/** Opens the workbench against the e2e emulator and waits for the inbox and the pane. */
export async function openWorkbench(browser: Browser, options: WorkbenchOptions = {}) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  const params = new URLSearchParams({
    graph: process.env.E2E_GRAPH_URL!,
    lang: options.lang ?? "sv-SE",
    theme: options.theme ?? "light",
    width: String(options.width ?? 320),
  });
  await page.goto(`${process.env.E2E_WEB_URL}/?${params}`);
  await page.getByTestId("message").first().waitFor();
  const pane = await taskPane(page);
  return { page, pane, errors };
}

export async function taskPane(page: Page): Promise<Frame> {
  const handle = await page.getByTestId("taskpane-frame").elementHandle();
  const frame = await handle!.contentFrame();
  await frame!.waitForSelector("main");
  return frame!;
}
