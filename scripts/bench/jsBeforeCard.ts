// JS loaded before the first candidate card is painted (ARCHITECTURE.md §6: ≤ 230 KB gzip), in
// chromium: the workbench build against the emulator's demo seed, timed from the pane's navigation
// to the frame after its first card is on screen. Every script the pane had asked for by then
// counts (office.js excluded, as in the first-paint figure), gzip -9 of the built file.
// Two rows: the first start on a device (no copy of the processes yet: the card waits for MSAL, the
// Graph client and the first read) and a warm start (the pane opened again in the same browser,
// the card painted from this device's copy before the connection is loaded). The §6 budget is the
// warm start's: a recruiter opens the pane dozens of times a day and starts cold once per device.
import { readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import type { Browser, BrowserContext, Frame } from "playwright-core";
import { demoDataset, startEmulator } from "../../test/graph-emulator";
import { launchChromium } from "../../test/e2e/support/browser";
import { serveStatic } from "../../test/e2e/support/staticServer";
import type { Figure } from "./figure";
import { median, workbenchBuild } from "./workbenchBuild";

/** ARCHITECTURE.md §6, for the warm start. */
const WARM_BUDGET_KB = 230;
/** The first start on a device needs MSAL and the Graph client before its first Graph read: its
 * figure is reported, held to what it measured (317.6 KB) + 5 % so it cannot grow unnoticed. */
const COLD_CEILING_KB = 333;
// Bytes of one build are the same at every start: two runs show it, more only cost CI time.
const RUNS = 2;

/**
 * For every frame, before its own scripts: in the task pane, note when the first candidate card is
 * painted (the frame after its name appears: rAF, then a task after it). A string: see inPage.ts.
 */
const FIRST_CARD_SCRIPT = `(() => {
  if (!location.pathname.endsWith("taskpane.html")) return;
  const observer = new MutationObserver(() => {
    if (!document.querySelector('[data-testid="candidate-name"]')) return;
    observer.disconnect();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => { window.__benchFirstCard = performance.now(); };
      channel.port2.postMessage(null);
    });
  });
  observer.observe(document, { subtree: true, childList: true });
})()`;

interface Loaded {
  readonly file: string;
  readonly startMs: number;
}

/** The pane's scripts (relative to its origin) and when each was asked for, and when the card was painted. */
const paneScripts = (pane: Frame): Promise<{ card: number; scripts: Loaded[] }> =>
  pane.evaluate(`(() => ({
    card: window.__benchFirstCard,
    scripts: performance.getEntriesByType("resource")
      .filter((e) => new URL(e.name).pathname.endsWith(".js"))
      .map((e) => ({ file: new URL(e.name).pathname.replace(/^\\//, ""), startMs: e.startTime })),
  }))()`);

interface Start {
  readonly card: number;
  readonly scripts: Loaded[];
}

/** One opening of the pane: the workbench, a candidate's mail picked at once, until the card is
 * painted; then until the pane is connected (so this device's copy is written) and 3 s more, to
 * report what loads after the card beside it. */
async function openPane(
  context: BrowserContext,
  webUrl: string,
  graphUrl: string,
  candidate: string,
): Promise<Start> {
  const page = await context.newPage();
  try {
    const params = new URLSearchParams({ graph: graphUrl, lang: "sv-SE", theme: "light", width: "320" });
    await page.goto(`${webUrl}/?${params}`);
    await page.getByTestId("message").filter({ hasText: candidate }).first().click();
    const frame = await (await page.getByTestId("taskpane-frame").elementHandle())!.contentFrame();
    await frame!.waitForFunction(
      () => (window as { __benchFirstCard?: number }).__benchFirstCard !== undefined,
      undefined,
      { timeout: 60_000 },
    );
    await frame!.waitForSelector('main[data-connected="true"]', { timeout: 60_000 });
    await frame!.waitForTimeout(3000);
    return await paneScripts(frame!);
  } finally {
    await page.close();
  }
}

/** A browser context new to the pane: its first opening is a first start, its second a warm one. */
async function coldThenWarm(
  browser: Browser,
  webUrl: string,
  graphUrl: string,
  candidate: string,
): Promise<{ cold: Start; warm: Start }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    await context.addInitScript(FIRST_CARD_SCRIPT);
    const cold = await openPane(context, webUrl, graphUrl, candidate);
    const warm = await openPane(context, webUrl, graphUrl, candidate);
    return { cold, warm };
  } finally {
    await context.close();
  }
}

interface Run {
  readonly before: string[];
  readonly after: string[];
  readonly kb: number;
  readonly cardMs: number;
}

export async function jsBeforeFirstCard(root: string, rebuild: boolean): Promise<Figure[]> {
  const dist = workbenchBuild(root, rebuild);
  const now = new Date().toISOString();
  const emu = await startEmulator({ port: 0, seed: "demo", now });
  const web = await serveStatic(dist.dir);
  const demo = demoDataset(now);
  const candidate = demo.processes[0]!.candidates.find((c) =>
    demo.waiting.some((w) => w.candidateId === c.id),
  )!.name;
  const gzipKb = (file: string) =>
    gzipSync(readFileSync(path.join(dist.dir, file)), { level: 9 }).length / 1024;
  const run = ({ card, scripts }: Start): Run => {
    const ours = scripts.filter((s) => !s.file.startsWith("office/"));
    const before = ours.filter((s) => s.startMs <= card).map((s) => s.file);
    const after = ours.filter((s) => s.startMs > card).map((s) => s.file);
    return { before, after, kb: before.reduce((sum, f) => sum + gzipKb(f), 0), cardMs: card };
  };
  const list = (files: string[]) => files.map((f) => `${f} ${gzipKb(f).toFixed(1)}`).join(", ") || "none";
  const figure = (name: string, runs: Run[], limitKb: number, budget: string): Figure => {
    const worst = runs.reduce((a, b) => (b.kb > a.kb ? b : a));
    return {
      name,
      measured:
        `median ${median(runs.map((r) => r.kb)).toFixed(1)} KB, max ${worst.kb.toFixed(1)} KB ` +
        `(${worst.before.length} scripts), ${runs.length} starts`,
      budget,
      pass: worst.kb <= limitKb,
      detail:
        `workbench build, demo seed, the card painted ${runs.map((r) => Math.round(r.cardMs)).join(", ")} ms after the pane's navigation; ` +
        `before it (KB): ${list(worst.before)}; after it, until connected and 3 s more: ${list(worst.after)}`,
    };
  };
  let browser: Browser | undefined;
  try {
    browser = await launchChromium();
    const cold: Run[] = [];
    const warm: Run[] = [];
    for (let i = 0; i < RUNS; i++) {
      const starts = await coldThenWarm(browser, web.url, emu.url, candidate);
      cold.push(run(starts.cold));
      warm.push(run(starts.warm));
    }
    return [
      figure(
        "JS before the first candidate card, warm start: the pane opened again on this device (gzip, office.js excluded)",
        warm,
        WARM_BUDGET_KB,
        `≤ ${WARM_BUDGET_KB} KB (§6)`,
      ),
      figure(
        "JS before the first candidate card, first start on a device: no copy yet (gzip, office.js excluded)",
        cold,
        COLD_CEILING_KB,
        `reported; held to ≤ ${COLD_CEILING_KB} KB (measured + 5 %)`,
      ),
    ];
  } finally {
    await browser?.close();
    await web.close();
    await emu.close();
    if (dist.temporary) rmSync(dist.dir, { recursive: true, force: true });
  }
}
