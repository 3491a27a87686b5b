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

export interface LoggedRequest {
  readonly seq: number;
  readonly method: string;
  readonly path: string;
  readonly status: number;
  /** A $batch's sub-requests, with URLs relative to /v1.0. */
  readonly batch?: ReadonlyArray<{ method: string; url: string; status: number }>;
}

/** The requests the emulator answered after the one numbered `since` (see `requestMark`). */
export async function emulatorRequests(since = 0): Promise<LoggedRequest[]> {
  const response = await fetch(`${origin()}/_emulator/requests?since=${since}`);
  const body = (await response.json()) as { value?: unknown[] } | unknown[];
  return (Array.isArray(body) ? body : (body.value ?? [])) as LoggedRequest[];
}

/** The number of the last request the emulator answered: pass it to `emulatorRequests` later. */
export async function requestMark(): Promise<number> {
  return (await emulatorRequests()).at(-1)?.seq ?? 0;
}

/** A request to Microsoft To Do, alone or inside a $batch. */
export const touchesToDo = (r: LoggedRequest): boolean =>
  r.path.startsWith("/me/todo") || (r.batch ?? []).some((s) => s.url.startsWith("/me/todo"));

/** A request to OneNote, alone or inside a $batch. */
export const touchesOneNote = (r: LoggedRequest): boolean =>
  r.path.startsWith("/me/onenote") || (r.batch ?? []).some((s) => s.url.startsWith("/me/onenote"));

/**
 * Waits until the pane has made a request `matches` picks after `since`, and then none for `quietMs`:
 * work the pane does on its own (a start's sweep) has run, however long this machine takes.
 */
export async function untilQuiet(
  what: string,
  since: number,
  matches: (r: LoggedRequest) => boolean,
  quietMs = 1_500,
  timeoutMs = 30_000,
): Promise<void> {
  const until = Date.now() + timeoutMs;
  let count = 0;
  let stableSince = Date.now();
  for (;;) {
    const now = (await emulatorRequests(since)).filter(matches).length;
    if (now !== count) [count, stableSince] = [now, Date.now()];
    if (count > 0 && Date.now() - stableSince >= quietMs) return;
    if (Date.now() > until) throw new Error(`${what}: not within ${timeoutMs} ms (${count} requests)`);
    await new Promise((r) => setTimeout(r, 250));
  }
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
