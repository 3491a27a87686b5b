import type { Browser, Frame, Page } from "playwright-core";
import { demoDataset, type DemoDataset } from "../../graph-emulator";

export interface WorkbenchOptions {
  lang?: "sv-SE" | "en-US";
  theme?: "light" | "dark" | "high-contrast";
  width?: number;
}

const graphUrl = () => process.env.E2E_GRAPH_URL!;
const origin = () => graphUrl().replace(/\/v1\.0$/, "");

/** A fresh demo mailbox for each story, so stories do not see each other's changes. */
export async function resetMailbox(): Promise<DemoDataset> {
  const now = new Date().toISOString();
  const response = await fetch(`${origin()}/_emulator/reset`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ seed: "demo", now }),
  });
  if (!response.ok) throw new Error(`reset failed: ${response.status}`);
  return demoDataset(now);
}

export async function emulatorRequests(
  since = 0,
): Promise<Array<{ method: string; path: string; status: number }>> {
  const response = await fetch(`${origin()}/_emulator/requests?since=${since}`);
  const body = (await response.json()) as { value?: unknown[] } | unknown[];
  return (Array.isArray(body) ? body : (body.value ?? [])) as Array<{
    method: string;
    path: string;
    status: number;
  }>;
}

/** Opens the workbench against the e2e emulator and waits for the inbox and the pane. */
export async function openWorkbench(browser: Browser, options: WorkbenchOptions = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  const params = new URLSearchParams({
    graph: graphUrl(),
    lang: options.lang ?? "sv-SE",
    theme: options.theme ?? "light",
    width: String(options.width ?? 320),
  });
  await page.goto(`${process.env.E2E_WEB_URL}/?${params}`);
  await page.getByTestId("message").first().waitFor();
  const pane = await taskPane(page);
  return { page, pane, errors, close: () => context.close() };
}

export async function taskPane(page: Page): Promise<Frame> {
  const handle = await page.getByTestId("taskpane-frame").elementHandle();
  const frame = await handle!.contentFrame();
  await frame!.waitForSelector("main");
  return frame!;
}

/** Clicks the first message in the list whose sender and subject contain these texts. */
export async function openMail(page: Page, from: string, subject?: string) {
  let message = page.getByTestId("message").filter({ hasText: from });
  if (subject) message = message.filter({ hasText: subject });
  await message.first().click();
}
