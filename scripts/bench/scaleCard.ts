// The task pane against the emulator's scale seed (5,000 candidates in 20 processes, 50,000
// mails), in chromium: the workbench build the browser tests use, a candidate's mail open.
// - Pane start, timed from the pane's navigation until idle (the card painted and no request in
//   flight for 1 s): Graph requests, document downloads (round trips, not Graph requests), bytes
//   down, the longest main-thread task. The first start ever (the sweep makes every follow-up) is
//   reported; the five later starts (a new page of the same browser profile: the recruiter opens
//   Outlook again, the outbox and the delta links kept in IndexedDB) are
//   held to the budget.
// - The card after an item change, at idle and during start-up (a mail clicked as soon as the
//   first card is painted, in each later start), timed inside the page from the click to the card.
import { rmSync } from "node:fs";
import type { Browser, BrowserContext, Frame, Page } from "playwright-core";
import { SCALE, startEmulator, type RunningEmulator } from "../../test/graph-emulator";
import { launchChromium } from "../../test/e2e/support/browser";
import { serveStatic } from "../../test/e2e/support/staticServer";
import type { Figure } from "./figure";
import { describe } from "./requestLog";
import { median, workbenchBuild } from "./workbenchBuild";
import { armCard, armClick, cardAt, clickedAt } from "./inPage";
import { PANE_WATCH_SCRIPT, paneFrameOf, readWatch, untilCard, untilIdle, type PaneWatch } from "./paneWatch";

const LATER_STARTS = 5;
const IDLE_CLICKS = 5;
const CARD_BUDGET_MS = 300;
const REQUESTS_BUDGET = 100;
const BYTES_BUDGET = 5 * 1024 * 1024;
const LONG_TASK_BUDGET_MS = 200;
/** The mail open when the pane starts: Åsa Öberg's latest application mail (scale seed). */
const OPEN_MESSAGE = "AAMkScale0x0x8";
const OPEN_NAME = "Åsa Öberg";

const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const ms = (xs: readonly number[]): string =>
  `median ${Math.round(median(xs))} ms, max ${Math.round(Math.max(...xs))} ms`;

interface Start {
  readonly watch: PaneWatch;
  /** Svara's requests as the emulator logged them (they carry client-request-id). */
  readonly log: ReturnType<RunningEmulator["requests"]["all"]>;
  /** Click → card during this start-up (later starts only). */
  readonly duringStart: number | null;
  /** Pages opened until the watch was installed (openPane). */
  readonly tries: number;
}

/** The task pane once its page is there (its watch installed). */
async function paneFrame(page: Page): Promise<Frame> {
  if (!(await untilWatched(page))) throw new Error("bench: no task pane");
  return paneFrameOf(page)!;
}

async function untilWatched(page: Page, maxMs = 60_000): Promise<boolean> {
  const started = Date.now();
  while (!(await readWatch(page))) {
    if (Date.now() - started > maxMs) return false;
    await new Promise((r) => setTimeout(r, 25));
  }
  return true;
}

/** Pages opened at most before a start is given up: each misses the watch about one time in three. */
const OPEN_TRIES = 6;

/**
 * A new page of the browser profile with the workbench at `url` (the recruiter opens Outlook).
 * Now and then chromium runs no init script in the pane's frame (about one start in three here):
 * that page is closed unmeasured and the pane opened again, up to OPEN_TRIES times (three in a row
 * failed a CI run once).
 */
async function openPane(context: BrowserContext, url: string): Promise<{ page: Page; tries: number }> {
  for (let tries = 1; ; tries++) {
    const page = await context.newPage();
    await page.goto(url);
    if (await untilWatched(page, 20_000)) return { page, tries };
    const frame = paneFrameOf(page) ? "the pane's frame was there without it" : "no pane frame";
    await page.close();
    if (tries === OPEN_TRIES)
      throw new Error(`bench: the pane's watch was never installed in ${OPEN_TRIES} pages (${frame})`);
  }
}

/** Click the mail at `index` in the workbench's list and time the card naming `name`. */
async function cardAfterClick(
  page: Page,
  pane: Frame,
  mail: { index: number; name: string },
): Promise<number> {
  await armCard(pane, mail.name);
  await armClick(page);
  await page.getByTestId("message").nth(mail.index).click();
  const [card, click] = [await cardAt(pane), await clickedAt(page)];
  return card - click;
}

async function oneStart(
  context: BrowserContext,
  url: string,
  emu: RunningEmulator,
  during: { index: number; name: string } | null,
): Promise<Start & { readonly page: Page }> {
  const before = emu.requests.all().at(-1)?.seq ?? 0;
  const { page, tries } = await openPane(context, url);
  let duringStart: number | null = null;
  if (during) {
    // As soon as the first card is on screen, while the start-up work goes on behind it.
    await untilCard(page);
    duringStart = await cardAfterClick(page, await paneFrame(page), during);
  }
  const watch = await untilIdle(page);
  const log = emu.requests.all().filter((e) => e.seq > before && e.clientRequestId !== null);
  return { page, watch, log, duringStart, tries };
}

const startFigures = (s: Start) => ({
  requests: s.watch.graph,
  downloads: s.watch.downloads,
  bytes: s.watch.bytes,
  card: s.watch.cardAt!,
  idle: s.watch.lastSettled,
  longest: s.watch.longestTask,
});

export async function candidateCardAtScale(root: string, rebuild: boolean): Promise<Figure[]> {
  const dist = workbenchBuild(root, rebuild);
  const emu = await startEmulator({ port: 0, seed: "scale" });
  const web = await serveStatic(dist.dir);
  let browser: Browser | undefined;
  try {
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addInitScript(PANE_WATCH_SCRIPT);
    const params = new URLSearchParams({
      graph: emu.url,
      lang: "sv-SE",
      theme: "light",
      width: "320",
      message: OPEN_MESSAGE,
    });
    const url = `${web.url}/?${params}`;
    const first = await oneStart(context, url, emu, null);
    let page = first.page;
    const sample = await pickCandidateMails(page, LATER_STARTS + IDLE_CLICKS);
    if (sample.length < LATER_STARTS + IDLE_CLICKS)
      throw new Error(`bench: only ${sample.length} candidate mails in the inbox`);

    const later: Start[] = [];
    for (let i = 0; i < LATER_STARTS; i++) {
      // A new page of the same profile: the recruiter opens Outlook again.
      await page.close();
      const start = await oneStart(context, url, emu, sample[i]!);
      page = start.page;
      later.push(start);
    }

    // At idle: the pane has started and nothing is in flight; each click waits for idle again.
    const atIdle: number[] = [];
    for (const mail of sample.slice(LATER_STARTS)) {
      await untilIdle(page);
      atIdle.push(await cardAfterClick(page, await paneFrame(page), mail));
    }

    const f = later.map(startFigures);
    const one = startFigures(first);
    const worst = {
      requests: Math.max(...f.map((x) => x.requests)),
      bytes: Math.max(...f.map((x) => x.bytes)),
      longest: Math.max(...f.map((x) => x.longest)),
    };
    const duringStart = later.map((s) => s.duringStart!);
    const longTasks = later.flatMap((s) => s.watch.longTasks).filter((t) => t > LONG_TASK_BUDGET_MS);
    return [
      {
        name: `Pane start from navigation until idle, scale seed (${SCALE.processes} × ${SCALE.candidatesPerProcess} candidates, 50,000 mails), ${LATER_STARTS} later starts`,
        measured:
          `${worst.requests} Graph requests, ${mb(worst.bytes)} down (worst); card ${ms(f.map((x) => x.card))}; ` +
          `idle ${ms(f.map((x) => x.idle))}; longest task ${Math.round(worst.longest)} ms`,
        budget: `≤ ${REQUESTS_BUDGET} requests, ≤ ${mb(BYTES_BUDGET)}, no task over ${LONG_TASK_BUDGET_MS} ms`,
        pass:
          worst.requests <= REQUESTS_BUDGET &&
          worst.bytes <= BYTES_BUDGET &&
          worst.longest <= LONG_TASK_BUDGET_MS,
        detail:
          `per later start: ${f.map((x) => `${x.requests} requests + ${x.downloads} document downloads (round trips), ${mb(x.bytes)}`).join("; ")} ` +
          `(each with the item change made during its start-up; pages opened for each: ${later.map((x) => x.tries).join(", ")}); ` +
          `${longTasks.length} tasks over ${LONG_TASK_BUDGET_MS} ms (${longTasks.slice(0, 12).join(", ")}${longTasks.length > 12 ? ", …" : ""} ms); ` +
          `the first start ever: ${one.requests} Graph requests + ${one.downloads} downloads, ${mb(one.bytes)}, card at ${Math.round(one.card)} ms, ` +
          `idle at ${Math.round(one.idle)} ms${first.tries > 1 ? ` (opened ${first.tries} times: the watch was missing)` : ""}, longest task ${Math.round(one.longest)} ms (${describe(first.log)}); ` +
          `a later start: ${describe(later.at(-1)!.log)}`,
      },
      {
        name: `Candidate card after an item change, at idle, scale seed (${atIdle.length} mails)`,
        measured: ms(atIdle),
        budget: `≤ ${CARD_BUDGET_MS} ms`,
        pass: Math.max(...atIdle) <= CARD_BUDGET_MS,
        detail: `click → card painted, per mail: ${atIdle.map((t) => Math.round(t)).join(", ")} ms (the card waits for no request)`,
      },
      {
        name: `Candidate card after an item change, during start-up, scale seed (${duringStart.length} starts)`,
        measured: ms(duringStart),
        budget: `≤ ${CARD_BUDGET_MS} ms`,
        pass: Math.max(...duringStart) <= CARD_BUDGET_MS,
        detail:
          `clicked as soon as the first card was painted (start-up work still in flight), per start: ` +
          `${duringStart.map((t) => Math.round(t)).join(", ")} ms`,
      },
    ];
  } finally {
    await browser?.close();
    await web.close();
    await emu.close();
    if (dist.temporary) rmSync(dist.dir, { recursive: true, force: true });
  }
}

/** Candidate mails in the workbench's inbox list (the scale seed's inbound mails), by position,
 * each from someone named differently from the one before (the seed repeats names), so the card
 * visibly changes — and none from the candidate open at start. */
async function pickCandidateMails(page: Page, n: number): Promise<{ index: number; name: string }[]> {
  // Each row: the sender's name, then the subject (MessageList).
  const rows = await page
    .getByTestId("message")
    .evaluateAll((els) =>
      els.map((el) => [el.children[0]?.textContent ?? "", el.children[1]?.textContent ?? ""]),
    );
  const left = [...rows.entries()]
    .filter(([, [name, subject]]) => name && name !== OPEN_NAME && subject!.startsWith("Ansökan"))
    .map(([index, [name]]) => ({ index, name: name! }));
  const out: { index: number; name: string }[] = [];
  while (out.length < n) {
    const next = left.findIndex((m) => m.name !== out.at(-1)?.name);
    if (next < 0) break;
    out.push(...left.splice(next, 1));
  }
  return out;
}
