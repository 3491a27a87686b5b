// The weekly to-do page in OneNote is a live list, end to end: a stage move in the pane rewrites
// the candidate's line in place, a language switch keeps one page for the week, and a to-do ticked
// in OneNote completes the follow-up in To Do. The emulator's state is the witness.
import type { Browser } from "playwright-core";
import { candidateHash, fnv1a } from "../../src/domain";
import { axeViolations, describeViolations } from "./support/axe";
import { launchChromium } from "./support/browser";
import { candidateInDocument, eventually, graphGet } from "./support/emulatorState";
import {
  openMail,
  openWorkbench,
  requestMark,
  resetMailbox,
  touchesOneNote,
  untilQuiet,
} from "./support/workbench";

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const graph = () => process.env.E2E_GRAPH_URL!;
const WEEK_TITLE = /^Svara – (att göra vecka|to do week) \d+, \d{4}$/;

async function weekPages(): Promise<{ id: string; title: string }[]> {
  const list = await graphGet<{ value: { id: string; title: string }[] }>("/me/onenote/pages");
  return list.value.filter((p) => WEEK_TITLE.test(p.title));
}

async function pageHtml(id: string): Promise<string> {
  const response = await fetch(`${graph()}/me/onenote/pages/${id}/content`, {
    headers: { Authorization: "Bearer e2e-witness" },
  });
  return response.text();
}

/** The week's to-do lines of one candidate: data-id and words. */
function linesOf(html: string, processId: string, candidateId: string): { id: string; words: string }[] {
  const key = candidateHash(processId, candidateId);
  return [...html.matchAll(/<p\b[^>]*data-id="(svara-todo-[0-9a-f]{8}-[0-9a-f]{8})"[^>]*>([\s\S]*?)<\/p>/g)]
    .filter((m) => m[1]!.startsWith(`svara-todo-${key}-`))
    .map((m) => ({ id: m[1]!, words: m[2]!.replace(/<[^>]*>/g, "").trim() }));
}

describe("the weekly to-do page in OneNote follows the recruiter", () => {
  it("rewrites a candidate's line in place after a stage move in the pane, and keeps one page when she switches to English", async () => {
    const demo = await resetMailbox();
    const overdue = demo.waiting.find((w) => w.days >= 10)!;
    const process = demo.processes.find((p) => p.id === overdue.processId)!;
    const candidate = process.candidates.find((c) => c.id === overdue.candidateId)!;
    const { page, pane, close } = await openWorkbench(browser);
    const [week] = await eventually("this week's page is in OneNote with her line", async () => {
      const pages = await weekPages();
      return pages.length === 1 && linesOf(await pageHtml(pages[0]!.id), process.id, candidate.id).length > 0
        ? pages
        : undefined;
    });
    const before = linesOf(await pageHtml(week!.id), process.id, candidate.id);

    await openMail(page, candidate.name);
    await pane.getByTestId("tab-stage").click();
    await pane.getByTestId("stage-select").selectOption({ label: "Intervju" });
    await pane.getByTestId("candidate-stage").getByText("Intervju").waitFor();
    await eventually(
      "the stage is saved",
      async () => (await candidateInDocument(process.id, candidate.name))?.stageId === "interview",
    );
    const after = await eventually("her line is rewritten for the interview", async () => {
      const lines = linesOf(await pageHtml(week!.id), process.id, candidate.id);
      return lines.length === before.length && lines.some((l) => !before.some((b) => b.words === l.words))
        ? lines
        : undefined;
    });
    // In place: as many lines as before, none twice, the answer by mail gone from them.
    expect(new Set(after.map((l) => l.id)).size).toBe(after.length);
    expect(after.map((l) => l.words).join("\n")).not.toBe(before.map((l) => l.words).join("\n"));
    expect(describeViolations(await axeViolations(pane))).toBe("");
    await close();

    // The same week, in English: still one page, its title as it was.
    const mark = await requestMark();
    const english = await openWorkbench(browser, { lang: "en-US" });
    await english.pane.getByRole("main").waitFor();
    await untilQuiet("the English pane has kept this week's page", mark, touchesOneNote);
    const pages = await weekPages();
    expect(pages).toHaveLength(1);
    expect(pages[0]!.title).toMatch(/vecka/);
    await english.close();
  });

  it("completes the follow-up in To Do when she ticks its to-do in OneNote", async () => {
    const demo = await resetMailbox();
    const opened = await openWorkbench(browser);
    const [week] = await eventually("this week's page is in OneNote", async () => {
      const pages = await weekPages();
      return pages.length === 1 && pages;
    });
    // A to-do whose follow-up is a To Do task (the pane's sweep writes them; the week page and the
    // sweep run apart, so the Svara list may not be there yet when the page is).
    const html = await pageHtml(week!.id);
    const target = await eventually("a to-do of the page is a To Do task", async () => {
      const lists = await graphGet<{ value: { id: string; displayName: string }[] }>("/me/todo/lists");
      const svara = lists.value.find((l) => l.displayName === "Svara");
      if (!svara) return undefined;
      const tasks = await graphGet<{
        value: { id: string; status: string; linkedResources: { externalId: string }[] }[];
      }>(`/me/todo/lists/${svara.id}/tasks?$expand=linkedResources&$top=200`);
      for (const p of demo.processes) {
        for (const c of p.candidates) {
          for (const line of linesOf(html, p.id, c.id)) {
            const task = tasks.value.find(
              (t) =>
                t.status !== "completed" &&
                line.id.endsWith(`-${fnv1a(t.linkedResources[0]?.externalId ?? "")}`),
            );
            if (task) return { list: svara.id, line: line.id, task: task.id, inner: line.words };
          }
        }
      }
      return undefined;
    });
    await opened.close();
    expect(target).toBeDefined();
    // She ticks it in OneNote (what OneNote writes back: the to-do's data-tag completed).
    const ticked = await fetch(`${graph()}/me/onenote/pages/${week!.id}/content`, {
      method: "PATCH",
      headers: { Authorization: "Bearer e2e-witness", "Content-Type": "application/json" },
      body: JSON.stringify([
        {
          target: `#${target!.line}`,
          action: "replace",
          content: `<p data-tag="to-do:completed" data-id="${target!.line}">${target!.inner}</p>`,
        },
      ]),
    });
    expect(ticked.status).toBe(204);

    // The next time the pane opens, the tick is read back and the task is completed.
    const again = await openWorkbench(browser);
    await eventually(
      "the To Do task is completed",
      async () => {
        const task = await graphGet<{ status: string }>(
          `/me/todo/lists/${target!.list}/tasks/${target!.task}`,
        );
        return task.status === "completed";
      },
      30_000,
    );
    await again.close();
  });
});
