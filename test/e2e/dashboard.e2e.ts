import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { strFromU8, unzipSync } from "fflate";
import type { Browser, Page } from "playwright-core";
import { axeViolations, describeViolations } from "./support/axe";
import { launchChromium } from "./support/browser";
import { openWorkbench, resetMailbox } from "./support/workbench";

const outDir = path.resolve(__dirname, "../../.e2e-dist");

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

interface DashboardOptions {
  readonly lang?: "sv-SE" | "en-US";
  readonly theme?: "light" | "dark";
}

/** The dashboard as a top-level page (no Teams, no iframe), against the e2e emulator. */
async function openDashboard(options: DashboardOptions = {}) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  const scripts: string[] = [];
  const hosts = new Set<string>();
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  page.on("request", (r) => {
    hosts.add(new URL(r.url()).host);
    if (r.resourceType() === "script") scripts.push(path.basename(new URL(r.url()).pathname));
  });
  const params = new URLSearchParams({
    host: "workbench",
    graph: process.env.E2E_GRAPH_URL!,
    lang: options.lang ?? "sv-SE",
    theme: options.theme ?? "light",
    me: "maja.lind@svara-demo.se",
  });
  await page.goto(`${process.env.E2E_WEB_URL}/dashboard.html?${params}`);
  await page.getByTestId("overview-row").first().waitFor();
  return { page, errors, scripts, hosts, close: () => context.close() };
}

/** The built files that hold TeamsJS: its own message for a page with no Teams around it. */
function teamsJsChunks(): string[] {
  return readdirSync(outDir).filter(
    (f) => f.endsWith(".js") && readFileSync(path.join(outDir, f), "utf8").includes("No Parent window found"),
  );
}

const openFirstCandidate = async (page: Page) => {
  const row = page.getByTestId("overview-row").first();
  const name = (await row.getByTestId("row-name").textContent())!.trim();
  await row.getByTestId("row-open").click();
  const panel = page.getByTestId("candidate-panel");
  await panel.getByTestId("candidate-name").getByText(name, { exact: true }).waitFor();
  return { name, panel };
};

describe("the dashboard in a browser, with no Teams around it", () => {
  it("shows every open candidate of the demo, most urgent first, without loading TeamsJS", async () => {
    const demo = await resetMailbox();
    const { page, errors, scripts, hosts, close } = await openDashboard();
    const names = await page.getByTestId("row-name").allTextContents();
    // The two candidates who waited longest are overdue: they come first.
    const longest = [...demo.waiting].sort((a, b) => b.days - a.days)[0]!;
    const person = demo.processes
      .find((p) => p.id === longest.processId)!
      .candidates.find((c) => c.id === longest.candidateId)!;
    expect(names.length).toBeGreaterThan(5);
    expect(names.slice(0, 2).map((n) => n.trim())).toContain(person.name);
    await page.getByTestId("dashboard-user").getByText("maja.lind@svara-demo.se").waitFor();

    // TeamsJS is built (the Teams tab needs it) but never requested outside Teams.
    const teams = teamsJsChunks();
    expect(teams.length).toBeGreaterThan(0);
    expect(scripts.filter((s) => teams.includes(s))).toEqual([]);
    expect([...hosts].filter((h) => /teams|microsoft|office|live\.com/.test(h))).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });

  it("opens the chosen candidate's card beside the overview, and closes it again", async () => {
    await resetMailbox();
    const { page, errors, close } = await openDashboard();
    const { panel } = await openFirstCandidate(page);
    await panel.getByTestId("candidate-stage").waitFor();
    await panel.getByTestId("open-latest-mail").waitFor();
    // The overview stays where it was: the panel is beside it, not over it.
    expect(await page.getByTestId("overview-row").first().isVisible()).toBe(true);
    await panel.getByTestId("candidate-panel-close").click();
    await panel.waitFor({ state: "detached" });
    expect(errors).toEqual([]);
    await close();
  });

  it("opens the candidate's latest mail in the workbench, on that mail", async () => {
    await resetMailbox();
    const { page, close } = await openDashboard();
    const { name, panel } = await openFirstCandidate(page);
    const [tab] = await Promise.all([
      page.context().waitForEvent("page"),
      panel.getByTestId("open-latest-mail").click(),
    ]);
    await tab.waitForLoadState();
    expect(new URL(tab.url()).searchParams.get("message")).toBeTruthy();
    await tab.getByTestId("taskpane-frame").waitFor();
    const frame = (await (await tab.getByTestId("taskpane-frame").elementHandle())!.contentFrame())!;
    await frame.getByTestId("candidate-name").getByText(name, { exact: true }).waitFor();
    await close();
  });

  it("speaks English and goes dark when the address says so", async () => {
    await resetMailbox();
    const { page, close } = await openDashboard({ lang: "en-US", theme: "dark" });
    await page.getByRole("heading", { name: "Svara – overview" }).waitFor();
    const background = await page
      .locator("header")
      .first()
      .evaluate((el) => getComputedStyle(el).backgroundColor);
    const [r, g, b] = background.match(/\d+/g)!.map(Number);
    expect(r! + g! + b!).toBeLessThan(3 * 80);
    await close();
  });

  it.each(["light", "dark"] as const)("has no axe-core violations (%s theme)", async (theme) => {
    await resetMailbox();
    const { page, close } = await openDashboard({ theme });
    expect(describeViolations(await axeViolations(page))).toBe("");
    await openFirstCandidate(page);
    expect(describeViolations(await axeViolations(page))).toBe("");
    await close();
  });
});

describe("the workbench and the Teams package lead to the dashboard", () => {
  it("links the workbench's bar to the dashboard against the same emulator", async () => {
    const { page, close } = await openWorkbench(browser, { lang: "en-US", theme: "dark" });
    const href = (await page.getByTestId("open-dashboard").getAttribute("href"))!;
    const url = new URL(href, "http://x/");
    expect(url.pathname).toBe("/dashboard.html");
    expect(url.searchParams.get("host")).toBe("workbench");
    expect(url.searchParams.get("graph")).toBe(process.env.E2E_GRAPH_URL);
    expect(url.searchParams.get("lang")).toBe("en-US");
    expect(url.searchParams.get("theme")).toBe("dark");
    await close();
  });

  it("builds the page the Teams package's tab points at", () => {
    const zip = unzipSync(readFileSync(path.join(outDir, "teams", "svara-teams.zip")));
    const manifest = JSON.parse(strFromU8(zip["manifest.json"]!)) as {
      staticTabs: { contentUrl: string }[];
    };
    const content = new URL(manifest.staticTabs[0]!.contentUrl);
    expect(content.searchParams.get("host")).toBe("teams");
    const page = path.join(outDir, content.pathname);
    expect(existsSync(page)).toBe(true);
    // The page loads its own bundle and no office.js: it never runs inside Outlook.
    const html = readFileSync(page, "utf8");
    expect(html).toMatch(/<script[^>]+src="?dashboard\.[0-9a-f]{8}\.js/);
    expect(html).not.toMatch(/office\.js/);
  });
});
