// Today / This week in the workbench's pane: the overview shows when no mail is selected, its "Att
// göra" tab lists the demo's overdue follow-ups under today, and ticking one completes its To Do task
// in the emulator — for good: the next start's sweep does not make it again.
import { mkdirSync } from "node:fs";
import type { Browser, Frame } from "playwright-core";
import { axeViolations, describeViolations } from "./support/axe";
import { launchChromium } from "./support/browser";
import { eventually, graphGet } from "./support/emulatorState";
import {
  openWorkbench,
  requestMark,
  resetMailbox,
  taskPane,
  touchesToDo,
  untilQuiet,
  type WorkbenchOptions,
} from "./support/workbench";

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

interface Task {
  id: string;
  status: string;
  linkedResources?: { externalId?: string }[];
}

/** The tasks in To Do's "Svara" list carrying this follow-up id, read straight from the emulator. */
async function tasksOf(followUpId: string): Promise<Task[]> {
  const lists = await graphGet<{ value: { id: string; displayName: string }[] }>("/me/todo/lists");
  const svara = lists.value.find((l) => l.displayName === "Svara");
  if (!svara) return [];
  const tasks = await graphGet<{ value: Task[] }>(
    `/me/todo/lists/${svara.id}/tasks?$expand=linkedResources&$top=200`,
  );
  return tasks.value.filter((t) => (t.linkedResources ?? []).some((r) => r.externalId === followUpId));
}

/** The pane with nothing selected shows the overview; its "Att göra" / "To do" tab is the agenda. */
async function openAgenda(pane: Frame, language: "sv" | "en" = "sv") {
  await pane.getByTestId("overview").waitFor();
  await pane.getByTestId("overview-tab-today").click();
  await pane.getByTestId("agenda").waitFor();
  return pane.getByRole("region", { name: language === "sv" ? "I dag" : "Today", exact: true });
}

describe("Today / This week", () => {
  it("lists the overdue under today, and a tick completes the To Do task for good", async () => {
    const demo = await resetMailbox();
    const { page, pane, errors, close } = await openWorkbench(browser);
    const today = await openAgenda(pane);
    await today.waitFor();

    // Every candidate past the ten days has their answer under today, marked overdue.
    const overdue = demo.waiting.filter((w) => w.days >= 10);
    expect(overdue.length).toBeGreaterThan(0);
    for (const w of overdue) {
      const item = today.locator(
        `[data-testid="agenda-item"][data-overdue="true"][data-follow-up*=":${w.candidateId}:answer-due:"]`,
      );
      expect(await item.count()).toBe(1);
    }
    const first = today.locator(
      `[data-testid="agenda-item"][data-follow-up*=":${overdue[0]!.candidateId}:answer-due:"]`,
    );
    const followUpId = (await first.getAttribute("data-follow-up"))!;
    // The pane's start swept the follow-ups into To Do.
    await eventually("the answer task in To Do", async () => (await tasksOf(followUpId)).length === 1);
    expect((await tasksOf(followUpId))[0]!.status).not.toBe("completed");
    expect(describeViolations(await axeViolations(pane))).toBe("");

    await first.getByRole("checkbox").click(); // not check(): the row goes away at once
    await pane.locator(`[data-follow-up="${followUpId}"]`).waitFor({ state: "detached" });
    await pane.getByTestId("saved").waitFor();
    await eventually("the task completed", async () => {
      const tasks = await tasksOf(followUpId);
      return tasks.length === 1 && tasks[0]!.status === "completed";
    });

    // A new start sweeps again: the tick is in the process document, so nothing is made again.
    const mark = await requestMark();
    await page.reload();
    const again = await taskPane(page);
    await openAgenda(again);
    await again.getByTestId("agenda-item").first().waitFor();
    await untilQuiet("the start's sweep has read To Do and is done", mark, touchesToDo);
    const tasks = await tasksOf(followUpId);
    expect(tasks.map((t) => t.status)).toEqual(["completed"]);
    expect(await again.locator(`[data-follow-up="${followUpId}"]`).count()).toBe(0);
    expect(errors).toEqual([]);
    await close();
  });

  describe("screenshots", () => {
    const dir = "/tmp/shots-agenda";
    beforeAll(() => mkdirSync(dir, { recursive: true }));

    it.each([
      ["sv-SE", 320],
      ["en-US", 320],
      ["sv-SE", 1000],
      ["en-US", 1000],
    ] as const)("shows the week readably (%s, %i px), with no axe violations", async (lang, width) => {
      await resetMailbox();
      const options: WorkbenchOptions = { lang, width };
      const { page, pane, close } = await openWorkbench(browser, options);
      const today = await openAgenda(pane, lang === "sv-SE" ? "sv" : "en");
      await today.waitFor();
      expect(describeViolations(await axeViolations(pane))).toBe("");
      const frame = page.getByTestId("taskpane-frame");
      await frame.screenshot({ path: `${dir}/agenda-${lang}-${width}.png` });
      await close();
    });
  });
});
