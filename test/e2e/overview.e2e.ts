// The overview in the task pane (issue 10): everyone in every process, most urgent first, and each
// process by stage — in the workbench's pane against the Graph emulator, with axe on every screen.
import type { Browser, Frame } from "playwright-core";
import type { DemoDataset } from "../graph-emulator";
import { axeViolations, describeViolations } from "./support/axe";
import { launchChromium } from "./support/browser";
import { processDocument, type DocCandidate } from "./support/emulatorState";
import { openWorkbench, resetMailbox } from "./support/workbench";

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const DAY = 86_400_000;
const CLOSED = new Set(["hired", "rejected", "withdrawn"]);
const accessible = async (pane: Frame) => expect(describeViolations(await axeViolations(pane))).toBe("");

/**
 * Who is overdue in the seed, worked out by hand from the contacts: the wait starts at the first
 * application, message or held interview after our last answer; past the process's answer window
 * (calendar days, the default) it is overdue. Longest overdue first.
 */
function overdueInSeed(demo: DemoDataset): string[] {
  const now = Date.parse(demo.now);
  const late: { name: string; since: number }[] = [];
  for (const p of demo.processes) {
    const kinds = new Map(p.stages.map((s) => [s.id, s.kind]));
    for (const c of p.candidates) {
      if (CLOSED.has(kinds.get(c.stageId) ?? "")) continue;
      let since: number | null = null;
      for (const k of [...c.contacts].sort((a, b) => a.at.localeCompare(b.at))) {
        const at = Date.parse(k.at);
        if (at > now) continue;
        const starts =
          k.kind === "interview" ||
          (k.direction === "in" && (k.kind === "application" || k.kind === "message"));
        const stops = k.kind !== "note" && k.kind !== "interview" && k.direction === "out";
        if (since === null && starts) since = at;
        else if (since !== null && stops) since = null;
      }
      if (since !== null && now > since + p.answerWindowDays * DAY) late.push({ name: c.name, since });
    }
  }
  return late.sort((a, b) => a.since - b.since).map((l) => l.name);
}

const rowNames = (pane: Frame) => pane.getByTestId("row-name").allTextContents();

describe("the overview in the task pane", () => {
  it("the demo's overdue candidates are at the top of the overview on open", async () => {
    const demo = await resetMailbox();
    const overdue = overdueInSeed(demo);
    expect(overdue.length).toBeGreaterThan(0);
    const { pane, errors, close } = await openWorkbench(browser);

    // Nothing selected: the pane shows everyone, with the hint to pick a mail above.
    await pane.getByTestId("no-item").waitFor();
    await pane.getByTestId("overview-row").first().waitFor();
    const names = await rowNames(pane);
    expect(names.slice(0, overdue.length)).toEqual(overdue);
    const phases = await pane
      .getByTestId("row-clock")
      .evaluateAll((els) => els.map((e) => e.getAttribute("data-phase")));
    expect(phases.slice(0, overdue.length).every((p) => p === "overdue")).toBe(true);
    expect(phases[overdue.length]).not.toBe("overdue");
    expect(await pane.getByTestId("row-clock").first().textContent()).toMatch(/^\d+ dag(ar)? för sent$/);
    expect(await pane.getByTestId("overview-count").textContent()).toContain(
      overdue.length === 1 ? "1 försenad" : `${overdue.length} försenade`,
    );
    await accessible(pane);

    // A click shows that candidate's card and actions, with the way back.
    await pane.getByTestId("row-open").first().click();
    await pane.getByTestId("candidate-card").waitFor();
    expect(await pane.getByTestId("candidate-name").textContent()).toBe(overdue[0]);
    expect(await pane.getByTestId("clock").getAttribute("data-phase")).toBe("overdue");
    await pane.getByTestId("candidate-actions").waitFor();
    await accessible(pane);

    // Their latest mail opens in the reading pane, and the pane follows it to the same candidate.
    await pane.getByTestId("pane-latest-mail").click();
    await pane.getByTestId("pane-overview").waitFor();
    expect(await pane.getByTestId("candidate-name").textContent()).toBe(overdue[0]);

    // From a mail the overview is one click away, and the mail one click back.
    await pane.getByTestId("pane-overview").click();
    await pane.getByTestId("overview-row").first().waitFor();
    await pane.getByTestId("pane-back").click();
    await pane.getByTestId("candidate-card").waitFor();
    expect(errors).toEqual([]);
    await close();
  });

  it("a process's pipeline lists every candidate with stage counts", async () => {
    const demo = await resetMailbox();
    const { pane, errors, close } = await openWorkbench(browser);
    await pane.getByTestId("overview-tab-pipeline").click();
    await pane.getByTestId("pipeline-view").waitFor();

    // A closed process has no pipeline to show: its candidates are only kept until erased.
    for (const { id } of demo.processes.filter((p) => !("closedAt" in p))) {
      const doc = await processDocument(id);
      const stages = doc["stages"] as Array<{ id: string; name: string; kind: string }>;
      const candidates = doc["candidates"] as DocCandidate[];
      await pane.getByTestId("pipeline-process").selectOption(id);
      await pane.locator(`[data-testid="pipeline-count"]`).waitFor();
      const open = stages.filter((s) => !CLOSED.has(s.kind));
      const openCount = candidates.filter((c) => open.some((s) => s.id === c.stageId)).length;
      expect(await pane.getByTestId("pipeline-count").textContent()).toBe(
        `${openCount} kandidater i processen`,
      );

      const toggle = pane.getByTestId("pipeline-closed-toggle");
      if ((await toggle.getAttribute("aria-expanded")) === "false") await toggle.click();
      const headings = await pane
        .getByTestId("pipeline-heading")
        .evaluateAll((els) => els.map((e) => [e.getAttribute("data-stage"), e.textContent]));
      expect(headings).toEqual(
        stages.map((s) => [s.id, `${s.name} (${candidates.filter((c) => c.stageId === s.id).length})`]),
      );
      expect((await rowNames(pane)).sort()).toEqual(candidates.map((c) => c.name).sort());
      const rowStages = await pane
        .getByTestId("pipeline-row")
        .evaluateAll((els) => els.map((e) => e.getAttribute("data-stage")));
      expect(rowStages.sort()).toEqual(candidates.map((c) => c.stageId).sort());
      expect(await pane.getByTestId("row-clock").count()).toBe(candidates.length);
      await accessible(pane);
    }
    expect(errors).toEqual([]);
    await close();
  });

  it("reads well in the dark, in English", async () => {
    await resetMailbox();
    const { pane, errors, close } = await openWorkbench(browser, { theme: "dark", lang: "en-US" });
    await pane.getByTestId("overview-row").first().waitFor();
    expect(await pane.getByTestId("overview-tab-candidates").textContent()).toBe("Everyone");
    await accessible(pane);
    await pane.getByTestId("overview-tab-pipeline").click();
    await pane.getByTestId("pipeline-row").first().waitFor();
    await accessible(pane);
    expect(errors).toEqual([]);
    await close();
  });
});
