// The "Gallring" tab in the workbench's pane (issue 14): the demo's long-closed process has one
// candidate past the firm's 24 months and one who will be within 30 days. The list says whose data,
// from which process, by when and why; "Öppna" opens the candidate, where erasing happens. And the
// erasure itself, from the card of a candidate's mail: confirmed in a dialog, then nothing of them
// left in OneNote or To Do, and a receipt in the process (decision 0010).
import { mkdirSync } from "node:fs";
import type { Browser, Frame } from "playwright-core";
import { axeViolations, describeViolations } from "./support/axe";
import { launchChromium } from "./support/browser";
import { eventually, graphGet, processDocument } from "./support/emulatorState";
import { openMail, openWorkbench, resetMailbox, type WorkbenchOptions } from "./support/workbench";

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function openErasure(pane: Frame) {
  await pane.getByTestId("overview").waitFor();
  await pane.getByTestId("overview-tab-erasure").click();
  return pane.getByTestId("erasure");
}

describe("Gallring: whose data is due for erasure", () => {
  it("lists the candidate past 24 months as due and the one within 30 days as soon, and opens her card", async () => {
    await resetMailbox();
    const { pane, errors, close } = await openWorkbench(browser);
    const view = await openErasure(pane);
    await view.waitFor();

    const due = view.getByTestId("erasure-due").getByTestId("erasure-row");
    // The view shows while the processes load: read the lists once they have rows.
    await due.first().waitFor();
    expect(await due.allTextContents()).toEqual([
      expect.stringMatching(
        /^Inés Ñúñez-ÅkerlundEkonomiassistent – Fjällbo AB · lämnade .*Radera senast .* · Sparad i 24 månader/,
      ),
    ]);
    const soon = view.getByTestId("erasure-soon").getByTestId("erasure-row");
    await soon.first().waitFor();
    expect(await soon.allTextContents()).toEqual([expect.stringMatching(/^Nils Ågren/)]);
    expect(describeViolations(await axeViolations(pane))).toBe("");

    await due.getByRole("button", { name: "Öppna Inés Ñúñez-Åkerlund" }).click();
    await pane.getByTestId("candidate-card").waitFor();
    expect(await pane.getByTestId("candidate-name").textContent()).toBe("Inés Ñúñez-Åkerlund");
    expect(errors).toEqual([]);
    await close();
  });

  describe("screenshots", () => {
    const dir = "/tmp/shots-erasure";
    beforeAll(() => mkdirSync(dir, { recursive: true }));

    it.each([
      ["sv-SE", 320],
      ["en-US", 320],
    ] as const)("shows the list readably (%s, %i px), with no axe violations", async (lang, width) => {
      await resetMailbox();
      const options: WorkbenchOptions = { lang, width };
      const { page, pane, close } = await openWorkbench(browser, options);
      const view = await openErasure(pane);
      await view.getByTestId("erasure-row").first().waitFor();
      if (lang === "en-US") await view.getByText("Due for erasure now").waitFor();
      expect(describeViolations(await axeViolations(pane))).toBe("");
      await page.getByTestId("taskpane-frame").screenshot({ path: `${dir}/erasure-${lang}-${width}.png` });
      await close();
    });
  });
});

describe("erasing a candidate from the pane", () => {
  it("erases from the pane with confirmation: her page and tasks are gone, the process keeps a receipt", async () => {
    const demo = await resetMailbox();
    const overdue = demo.waiting.find((w) => w.days >= 10)!;
    const process = demo.processes.find((p) => p.id === overdue.processId)!;
    const candidate = process.candidates.find((c) => c.id === overdue.candidateId)!;
    const { page, pane, errors, close } = await openWorkbench(browser);
    await openMail(page, candidate.name);
    await pane.getByTestId("candidate-card").waitFor();

    // Something of hers in each place first: a note on her OneNote page, her overdue answer in To Do.
    await pane.getByTestId("tab-note").click();
    await pane.getByTestId("note-text").fill("Vill ha svar före jul");
    await pane.getByRole("button", { name: "Spara anteckningen" }).click();
    await eventually("her OneNote page exists", async () => (await pagesNaming(candidate.name)).length > 0);
    await eventually(
      "her follow-up is in To Do",
      async () => (await tasksOf(candidate.id)).length > 0,
      30_000,
    );

    await pane.getByTestId("tab-details").click();
    await pane.getByRole("button", { name: "Radera kandidaten…" }).click();
    const dialog = pane.getByRole("alertdialog");
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain(`Radera ${candidate.name}?`);
    expect(await dialog.getByRole("checkbox", { name: /Radera även deras mejl/ }).isChecked()).toBe(false);
    expect(describeViolations(await axeViolations(pane))).toBe("");
    mkdirSync("/tmp/shots-erasure", { recursive: true });
    await page
      .getByTestId("taskpane-frame")
      .screenshot({ path: "/tmp/shots-erasure/erase-dialog-sv-320.png" });
    await dialog.getByRole("button", { name: "Radera", exact: true }).click();

    await pane.getByTestId("saved").getByText("Kandidaten är raderad här", { exact: false }).waitFor();
    await pane.getByTestId("candidate-card").waitFor({ state: "detached" });
    await page.getByTestId("taskpane-frame").screenshot({ path: "/tmp/shots-erasure/erased-sv-320.png" });

    const receipt = await eventually(
      "the process keeps a receipt",
      async () => {
        const doc = await processDocument(process.id);
        const erasures = (doc["erasures"] ?? []) as Record<string, unknown>[];
        return erasures.find((e) => e["erasedAt"]) && { doc, erasures };
      },
      30_000,
    );
    expect(receipt.erasures).toEqual([
      expect.objectContaining({ by: expect.any(String), deleteMails: false, places: expect.any(Array) }),
    ]);
    const written = JSON.stringify(receipt.doc);
    expect(written).not.toContain(candidate.name);
    expect(written).not.toContain(candidate.id);
    expect(await pagesNaming(candidate.name)).toEqual([]);
    expect(await tasksOf(candidate.id)).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });
});

/** OneNote pages whose title names her, read straight from the emulator. */
async function pagesNaming(name: string): Promise<string[]> {
  const list = await graphGet<{ value: { title: string }[] }>("/me/onenote/pages");
  return list.value.map((p) => p.title).filter((title) => title.includes(name));
}

/** The tasks of To Do's "Svara" list whose follow-up is hers (its id carries her candidate id). */
async function tasksOf(candidateId: string): Promise<string[]> {
  const lists = await graphGet<{ value: { id: string; displayName: string }[] }>("/me/todo/lists");
  const svara = lists.value.find((l) => l.displayName === "Svara");
  if (!svara) return [];
  const tasks = await graphGet<{ value: { title: string; linkedResources?: { externalId?: string }[] }[] }>(
    `/me/todo/lists/${svara.id}/tasks?$expand=linkedResources&$top=200`,
  );
  return tasks.value
    .filter((t) => (t.linkedResources ?? []).some((r) => r.externalId?.includes(`:${candidateId}:`)))
    .map((t) => t.title);
}
