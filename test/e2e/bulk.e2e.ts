// Issue 10's bulk story: 30 candidates past their deadline get one personalised status-update
// draft each, with progress, in at most two $batch rounds — and nothing more than drafts.
import { mkdirSync } from "node:fs";
import type { Browser, Frame } from "playwright-core";
import { axeViolations, describeViolations } from "./support/axe";
import { launchChromium } from "./support/browser";
import { eventually, graphGet } from "./support/emulatorState";
import { emulatorRequests, openWorkbench, requestMark, resetMailbox } from "./support/workbench";

const SHOTS = "/tmp/shots-bulk";
const PROCESS_ID = "p-bulk-e2e";
const DAY = 86_400_000;

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

/** 30 candidates who applied three weeks ago and have heard nothing: all overdue. Written as a
 * process document through Graph, as the pane itself writes one; the demo seed stays as it is. */
async function addThirtyOverdue(
  processTemplate: Record<string, unknown>,
  count = 30,
  english: readonly number[] = [],
): Promise<string[]> {
  const applied = new Date(Date.now() - 21 * DAY).toISOString();
  const names = Array.from({ length: count }, (_, i) => `Testa${i + 1} Bulkström`);
  const doc = {
    ...processTemplate,
    id: PROCESS_ID,
    title: "Statusprov",
    candidates: names.map((name, i) => ({
      id: `c-bulk-${i + 1}`,
      name,
      emails: [`testa${i + 1}@example.se`],
      phone: null,
      linkedInUrl: null,
      stageId: "screening",
      rejection: null,
      consent: null,
      leftAt: null,
      retentionUntil: null,
      createdAt: applied,
      updatedAt: applied,
      ...(english.includes(i) ? { language: "en" } : {}),
      contacts: [
        {
          id: `apply-${i + 1}`,
          at: applied,
          direction: "in",
          channel: "email",
          kind: "application",
          summary: "Ansökan",
          messageId: null,
          eventId: null,
        },
      ],
    })),
  };
  const response = await fetch(
    `${process.env.E2E_GRAPH_URL}/me/drive/special/approot:/processes/${PROCESS_ID}.json:/content`,
    {
      method: "PUT",
      headers: { Authorization: "Bearer e2e-setup", "Content-Type": "application/json" },
      body: JSON.stringify(doc),
    },
  );
  if (!response.ok) throw new Error(`writing the process → ${response.status}`);
  return names;
}

/** Her own status update, in Swedish and English (one template: same kind, same name), written
 * to her app folder as the templates tab writes it. */
async function addHerWeeklyNote(): Promise<void> {
  const note = (language: "sv" | "en", body: string) => ({
    id: `t-weekly-${language}`,
    kind: "status-update",
    language,
    name: "Mitt veckobrev",
    subject: "{{process.title}}",
    body,
  });
  const response = await fetch(
    `${process.env.E2E_GRAPH_URL}/me/drive/special/approot:/templates.json:/content`,
    {
      method: "PUT",
      headers: { Authorization: "Bearer e2e-setup", "Content-Type": "application/json" },
      body: JSON.stringify({
        schema: "svara.templates/1",
        templates: [
          note("sv", "Hej {{candidate.firstName}}, här är mitt veckobrev."),
          note("en", "Hi {{candidate.firstName}}, here is my weekly note."),
        ],
      }),
    },
  );
  if (!response.ok) throw new Error(`writing her templates → ${response.status}`);
}

/** The overview in the pane (shown when no mail is selected), on its status-update tab. */
async function openBulkView(pane: Frame) {
  await pane.getByTestId("overview").waitFor();
  await pane.getByTestId("overview-tab-bulk").click();
  await pane.getByTestId("bulk-view").waitFor();
}

type Draft = {
  subject: string;
  body: { content: string };
  toRecipients: { emailAddress: { name: string; address: string } }[];
};

describe("a status update to many", () => {
  it("makes 30 personalised drafts for 30 overdue candidates, shows the progress, in at most two $batch rounds", async () => {
    const demo = await resetMailbox();
    const template = await graphGet<Record<string, unknown>>(
      `/me/drive/special/approot:/processes/${demo.processes[0]!.id}.json:/content`,
    );
    const names = await addThirtyOverdue(template);
    const { page, pane, errors, close } = await openWorkbench(browser, { lang: "sv-SE", width: 320 });
    await openBulkView(pane);

    await pane.getByTestId("bulk-process").selectOption(PROCESS_ID);
    await pane.getByRole("button", { name: "Alla med högst 2 dagar kvar" }).click();
    await pane.getByTestId("bulk-count").getByText("30 av 30 valda").waitFor();
    // Keyboard-reachable and labelled with the name.
    await pane.getByRole("checkbox", { name: names[0] }).focus();
    expect(describeViolations(await axeViolations(pane))).toBe("");
    await page.screenshot({ path: `${SHOTS}/bulk-select-sv-320.png` });

    const since = await requestMark();
    await pane.getByTestId("bulk-create").click();
    await pane.getByTestId("bulk-progress").waitFor();
    await pane.getByText("30 av 30 utkast skapade").first().waitFor({ timeout: 20_000 });
    await pane
      .getByTestId("bulk-status")
      .getByText(/Klart: 30 utkast/)
      .waitFor();
    expect(describeViolations(await axeViolations(pane))).toBe("");
    await page.screenshot({ path: `${SHOTS}/bulk-done-sv-320.png` });

    // The drafts' own batches: the start's sweep may still be writing reminders in batches of its own.
    const batches = (await emulatorRequests(since)).filter(
      (r) =>
        r.method === "POST" &&
        r.path === "/$batch" &&
        r.batch?.some((s) => s.method === "POST" && /^\/me\/messages(\/[^/]+\/createReply)?$/.test(s.url)),
    );
    expect(batches.length).toBeGreaterThan(0);
    expect(batches.length).toBeLessThanOrEqual(2);

    const drafts = await eventually("30 drafts", async () => {
      const listed = await graphGet<{ value: Draft[] }>(
        "/me/mailFolders/drafts/messages?$top=1000&$select=subject,body,toRecipients",
      );
      const ours = listed.value.filter((d) => d.toRecipients[0]?.emailAddress.address.startsWith("testa"));
      return ours.length === 30 && ours;
    });
    for (const [i, name] of names.entries()) {
      const mine = drafts.filter(
        (d) => d.toRecipients[0]!.emailAddress.address === `testa${i + 1}@example.se`,
      );
      expect(mine).toHaveLength(1);
      expect(mine[0]!.toRecipients[0]!.emailAddress.name).toBe(name);
      expect(mine[0]!.body.content).toContain(`Hej ${name.split(" ")[0]},`);
    }
    expect(errors).toEqual([]);
    await close();
  });

  it("reads in English too, at 320 px, with no axe violations", async () => {
    const demo = await resetMailbox();
    const template = await graphGet<Record<string, unknown>>(
      `/me/drive/special/approot:/processes/${demo.processes[0]!.id}.json:/content`,
    );
    await addThirtyOverdue(template);
    const { page, pane, close } = await openWorkbench(browser, { lang: "en-US", width: 320 });
    await openBulkView(pane);
    await pane.getByRole("button", { name: "All with ≤ 2 days left" }).click();
    await pane
      .getByTestId("bulk-count")
      .getByText(/selected/)
      .waitFor();
    expect(describeViolations(await axeViolations(pane))).toBe("");
    await page.screenshot({ path: `${SHOTS}/bulk-select-en-320.png` });
    await close();
  });

  it("drafts her own status update instead of the built-in, each candidate in their own language", async () => {
    const demo = await resetMailbox();
    const template = await graphGet<Record<string, unknown>>(
      `/me/drive/special/approot:/processes/${demo.processes[0]!.id}.json:/content`,
    );
    const names = await addThirtyOverdue(template, 3, [2]);
    await addHerWeeklyNote();
    const { page, pane, errors, close } = await openWorkbench(browser, { lang: "sv-SE", width: 320 });
    await openBulkView(pane);
    await pane.getByTestId("bulk-process").selectOption(PROCESS_ID);
    // Her own status update is where the picker starts, once it has been read from her app folder.
    const picker = pane.getByTestId("bulk-template");
    await picker.locator('option[value="t-weekly-sv"]').waitFor({ state: "attached" });
    expect(await picker.inputValue()).toBe("t-weekly-sv");
    // Chosen by hand too (keyboard-reachable, labelled): the choice stays on her template.
    await pane.getByRole("combobox", { name: /Mall/ }).selectOption("t-weekly-sv");
    await pane.getByRole("button", { name: "Alla med högst 2 dagar kvar" }).click();
    await pane.getByTestId("bulk-count").getByText("3 av 3 valda").waitFor();
    expect(describeViolations(await axeViolations(pane))).toBe("");
    await page.screenshot({ path: `${SHOTS}/bulk-own-template-sv-320.png` });

    await pane.getByTestId("bulk-create").click();
    await pane
      .getByTestId("bulk-status")
      .getByText(/Klart: 3 utkast/)
      .waitFor({ timeout: 20_000 });
    const drafts = await eventually("3 drafts", async () => {
      const listed = await graphGet<{ value: Draft[] }>(
        "/me/mailFolders/drafts/messages?$top=1000&$select=subject,body,toRecipients",
      );
      const ours = listed.value.filter((d) => d.toRecipients[0]?.emailAddress.address.startsWith("testa"));
      return ours.length === 3 && ours;
    });
    const bodyTo = (i: number) =>
      drafts.find((d) => d.toRecipients[0]!.emailAddress.address === `testa${i + 1}@example.se`)!.body
        .content;
    expect(bodyTo(0)).toContain(`Hej ${names[0]!.split(" ")[0]}, här är mitt veckobrev.`);
    expect(bodyTo(1)).toContain(`Hej ${names[1]!.split(" ")[0]}, här är mitt veckobrev.`);
    // The third writes English: her English version, not the Swedish one nor the built-in.
    expect(bodyTo(2)).toContain(`Hi ${names[2]!.split(" ")[0]}, here is my weekly note.`);
    expect(errors).toEqual([]);
    await close();
  });
});
