// "Is the promise kept?" end to end: the report's figures, read off the screen, match the demo
// mailbox's figures worked out by hand here from the seed's contacts — which waits began in the
// period, which were answered within the answer time, which were answered late, who is overdue now —
// without calling the domain's metrics. Every screen is scanned with axe, light and dark.
import { mkdirSync } from "node:fs";
import type { Browser, Frame, Page } from "playwright-core";
import type { DemoDataset } from "../graph-emulator";
import { axeViolations, describeViolations } from "./support/axe";
import { launchChromium } from "./support/browser";
import { resetMailbox, taskPane } from "./support/workbench";

const SHOTS = "/tmp/shots-report";
const DAY = 86_400_000;
const HOUR = 3_600_000;
const ZONE = "Europe/Stockholm";

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
  mkdirSync(SHOTS, { recursive: true });
}, 120_000);
afterAll(async () => {
  await browser?.close();
});

// ---- The figures by hand -------------------------------------------------------------------

interface Wait {
  readonly processId: string;
  readonly owner: string;
  readonly start: number;
  readonly answered: number | null;
  readonly due: number;
}

/** Every wait in the seed: it begins when the candidate writes or applies, or has an interview
 * (whoever is waiting for whom, a verdict is owed), and ends at our next reply. */
function waitsOf(demo: DemoDataset, now: number): Wait[] {
  const waits: Wait[] = [];
  for (const p of demo.processes) {
    for (const c of p.candidates) {
      const happened = c.contacts
        .map((k) => ({ ...k, t: Date.parse(k.at) }))
        .filter((k) => k.t <= now)
        .sort((a, b) => a.t - b.t);
      let open: number | null = null;
      const close = (answered: number | null) => {
        waits.push({
          processId: p.id,
          owner: p.owner.email.toLowerCase(),
          start: open!,
          answered,
          due: open! + p.answerWindowDays * DAY,
        });
        open = null;
      };
      for (const k of happened) {
        const begins =
          k.kind === "interview" || (k.direction === "in" && ["application", "message"].includes(k.kind));
        const replies = k.direction === "out" && k.kind !== "interview";
        if (open === null && begins) open = k.t;
        else if (open !== null && replies) close(k.t);
      }
      if (open !== null) close(null);
    }
  }
  // The hand count takes the answer time as 10 × 24 hours. The product counts calendar days at the
  // same local time, which differs by an hour across a daylight-saving change: no demo wait is
  // decided that close to its due time, so both give the same verdict.
  for (const w of waits) expect(Math.abs((w.answered ?? now) - w.due)).toBeGreaterThan(2 * HOUR);
  return waits;
}

const nearestRank = (values: number[], p: number): number | null => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? null : sorted[Math.max(1, Math.ceil((p / 100) * sorted.length)) - 1]!;
};

interface Figures {
  share: string;
  decided: string;
  median: string;
  p90: string;
  late: string;
  overdue: string;
}

/** The row the report should show for these waits, in Swedish, as the table's cells read. */
function figures(waits: readonly Wait[], from: number, now: number, countOverdue = true): Figures {
  const inPeriod = waits.filter((w) => w.start >= from && w.start <= now);
  const decided = inPeriod.filter((w) => w.answered !== null || now > w.due);
  const within = decided.filter((w) => w.answered !== null && w.answered <= w.due);
  const late = decided.filter((w) => w.answered !== null && w.answered > w.due);
  const hours = inPeriod.flatMap((w) => (w.answered === null ? [] : [(w.answered - w.start) / HOUR]));
  const overdue = waits.filter((w) => w.answered === null && now > w.due);
  const none = "–inget underlag";
  const days = (h: number | null) => (h === null ? none : `${(h / 24).toFixed(1).replace(".", ",")} dagar`);
  return {
    share:
      decided.length === 0
        ? none
        : new Intl.NumberFormat("sv-SE", { style: "percent", maximumFractionDigits: 0 }).format(
            within.length / decided.length,
          ),
    decided: String(decided.length),
    median: days(nearestRank(hours, 50)),
    p90: days(nearestRank(hours, 90)),
    late: String(late.length),
    overdue: String(countOverdue ? overdue.length : 0),
  };
}

/** The local date in Stockholm, and the Monday of its week. */
function mondayOf(instant: number): string {
  const local = new Intl.DateTimeFormat("en-CA", { timeZone: ZONE }).format(new Date(instant));
  const d = new Date(`${local}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}

// ---- Reaching the report -------------------------------------------------------------------

type Screen = Page | Frame;

interface ReportOptions {
  lang: "sv" | "en";
  theme?: "light" | "dark";
  width: number;
}

/** As a recruiter opens it: in the workbench's pane (nothing selected: the overview) at 320 px, on
 * the dashboard page at full width. */
async function openReport(
  options: ReportOptions,
): Promise<{ screen: Screen; page: Page; close(): Promise<void> }> {
  const wide = options.width > 480;
  const context = await browser.newContext({ viewport: { width: wide ? options.width : 1280, height: 900 } });
  const page = await context.newPage();
  const language = options.lang === "sv" ? "sv-SE" : "en-US";
  const theme = options.theme ?? "light";
  if (!wide) {
    const params = new URLSearchParams({
      graph: process.env.E2E_GRAPH_URL!,
      lang: language,
      theme,
      width: String(options.width),
    });
    await page.goto(`${process.env.E2E_WEB_URL}/?${params}`);
    const pane = await taskPane(page);
    await pane.getByTestId("overview-tab-report").click();
    await pane.getByTestId("report-table").waitFor();
    return { screen: pane, page, close: () => context.close() };
  }
  const params = new URLSearchParams({
    host: "workbench",
    graph: process.env.E2E_GRAPH_URL!,
    lang: language,
    theme,
    me: "maja.lind@svara-demo.se",
  });
  await page.goto(`${process.env.E2E_WEB_URL}/dashboard.html?${params}`);
  await page.getByTestId("overview-tab-report").click();
  await page.getByTestId("report-table").waitFor();
  return { screen: page, page, close: () => context.close() };
}

async function rowOf(screen: Screen, key: string): Promise<Figures> {
  const row = screen.getByTestId(`report-row-${key}`);
  const read = async (id: keyof Figures) =>
    ((await row.locator(`td[data-figure="${id}"]`).textContent()) ?? "").trim();
  return {
    share: await read("share"),
    decided: await read("decided"),
    median: await read("median"),
    p90: await read("p90"),
    late: await read("late"),
    overdue: await read("overdue"),
  };
}

/** The chart's labels drawn left of its own drawing (cut off there): what a recruiter cannot read.
 * Polled for up to 5 s: the chart lays itself out over a few frames. */
async function cutLabels(screen: Screen): Promise<string[]> {
  const cut = () =>
    screen
      .getByTestId("report-chart")
      .evaluate((chart) =>
        [...chart.querySelectorAll("svg text")]
          .filter(
            (text) =>
              text.getBoundingClientRect().left < text.closest("svg")!.getBoundingClientRect().left - 0.5,
          )
          .map((text) => text.textContent ?? ""),
      );
  const until = Date.now() + 5_000;
  let last = await cut();
  while (last.length > 0 && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 200));
    last = await cut();
  }
  return last;
}

const accessible = async (screen: Screen) => expect(describeViolations(await axeViolations(screen))).toBe("");

// ---- The stories ---------------------------------------------------------------------------

describe("is the promise kept? the report over the demo mailbox", () => {
  it("shows per process, per recruiter and per week the figures worked out by hand from the seed", async () => {
    const demo = await resetMailbox();
    const { screen, page, close } = await openReport({ lang: "sv", width: 320 });
    const now = Date.now();
    const from = now - 56 * DAY; // the default period: the last 8 weeks
    const waits = waitsOf(demo, now);

    // The demo's story in figures: Olof was answered after almost 11 days (late), Björn's question
    // has waited over 12 days (overdue now), everyone else heard back within about a day.
    const nordbank = figures(
      waits.filter((w) => w.processId === "p-nordbank-backend"),
      from,
      now,
    );
    expect(nordbank).toMatchObject({ late: "1", overdue: "0" });
    expect(await rowOf(screen, "p-nordbank-backend")).toEqual(nordbank);
    const solkraft = figures(
      waits.filter((w) => w.processId === "p-solkraft-saljare"),
      from,
      now,
    );
    expect(solkraft).toMatchObject({ late: "0", overdue: "1" });
    expect(await rowOf(screen, "p-solkraft-saljare")).toEqual(solkraft);
    const overall = figures(waits, from, now);
    expect(await rowOf(screen, "total")).toEqual(overall);
    const summary = (await screen.getByTestId("report-summary").textContent()) ?? "";
    expect(summary).toContain(`${overall.share} fick svar inom svarstiden`);
    expect(summary).toContain(`9 av 10 fick svar inom ${overall.p90}.`);
    expect(summary).toContain("1 kandidat är försenad nu.");
    await accessible(screen);
    await page.screenshot({ path: `${SHOTS}/report-sv-320.png`, fullPage: true });

    await screen.getByTestId("report-grouping").selectOption("recruiter");
    expect(await rowOf(screen, demo.owner.email.toLowerCase())).toEqual(overall);
    expect(await screen.getByTestId("report-table").textContent()).toContain(demo.owner.name);

    await screen.getByTestId("report-grouping").selectOption("week");
    const thisMonday = mondayOf(now);
    for (let i = 0; i < 8; i++) {
      const monday = new Date(Date.parse(`${thisMonday}T00:00:00Z`) - 7 * i * DAY).toISOString().slice(0, 10);
      const inWeek = waits.filter((w) => mondayOf(w.start) === monday);
      const week = figures(inWeek, from, now, false);
      // Only the current week carries "overdue now": it is about today, not about when waits began.
      if (i === 0) week.overdue = overall.overdue;
      expect({ monday, ...(await rowOf(screen, monday)) }).toEqual({ monday, ...week });
    }
    expect(await screen.locator("tbody tr").count()).toBe(8);
    await accessible(screen);
    // The pane keeps to the table: the chart library is not even fetched at 320 px.
    expect(await screen.getByTestId("report-chart").count()).toBe(0);
    await close();
  });

  it("reads well in the dark and in English at 320 px", async () => {
    await resetMailbox();
    const dark = await openReport({ lang: "sv", theme: "dark", width: 320 });
    await accessible(dark.screen);
    await dark.page.screenshot({ path: `${SHOTS}/report-sv-320-dark.png`, fullPage: true });
    await dark.close();
    const english = await openReport({ lang: "en", width: 320 });
    expect(await english.screen.getByRole("heading", { name: "Is the promise kept?" }).count()).toBe(1);
    await accessible(english.screen);
    await english.page.screenshot({ path: `${SHOTS}/report-en-320.png`, fullPage: true });
    await english.close();
  });

  it("draws the charts beside the table on the full-width dashboard, light and dark, Swedish and English", async () => {
    await resetMailbox();
    for (const [lang, theme] of [
      ["sv", "light"],
      ["sv", "dark"],
      ["en", "light"],
    ] as const) {
      const { screen, page, close } = await openReport({ lang, theme, width: 1280 });
      await screen.getByTestId("report-chart").locator("svg").first().waitFor();
      // Every process name on the axis is drawn whole, inside the chart (not cut at its left edge).
      expect(await cutLabels(screen)).toEqual([]);
      await accessible(screen);
      await page.screenshot({ path: `${SHOTS}/report-${lang}-wide-${theme}.png`, fullPage: true });
      await screen.getByTestId("report-grouping").selectOption("week");
      await screen.getByTestId("report-chart").locator("svg").first().waitFor();
      await accessible(screen);
      await page.screenshot({ path: `${SHOTS}/report-${lang}-wide-${theme}-weeks.png`, fullPage: true });
      await close();
    }
  });
});
