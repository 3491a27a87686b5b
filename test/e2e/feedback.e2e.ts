// "Kandidaternas omdöme" end to end (issue 14): Olof, told no, answers Maja's survey mail the way a
// candidate would — by replying with numbers and a sentence. Detection picks the reply up, the
// report shows the score; a reply Svara cannot read waits in the hand-scoring list with its text,
// Maja scores it, and then it counts. axe on the screen; screenshots (sv and en, 320 px) go to
// /tmp/shots-feedback/, outside the repository.
import { mkdirSync } from "node:fs";
import type { Browser, Frame, Page } from "playwright-core";
import { axeViolations, describeViolations } from "./support/axe";
import { launchChromium } from "./support/browser";
import { eventually, graphGet } from "./support/emulatorState";
import { openWorkbench, resetMailbox } from "./support/workbench";

const SHOTS = "/tmp/shots-feedback";
const NORDBANK = "p-nordbank-backend";
const OLOF = { name: "Olof Näslund", address: "olof.naslund@example.se" };
const SURVEY_SUBJECT = "[Enkät] Tre snabba frågor om rekryteringen – Backend-utvecklare";

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
  mkdirSync(SHOTS, { recursive: true });
}, 120_000);
afterAll(async () => {
  await browser?.close();
});

const graph = () => process.env.E2E_GRAPH_URL!;
const origin = () => graph().replace(/\/v1\.0$/, "");
const witness = { Authorization: "Bearer e2e-witness", "Content-Type": "application/json" };

/** Maja's survey mail to Olof, as the planner's follow-up sends it: in her Sent Items. */
async function sendSurvey(): Promise<string> {
  const sent = await fetch(`${graph()}/me/sendMail`, {
    method: "POST",
    headers: witness,
    body: JSON.stringify({
      message: {
        subject: SURVEY_SUBJECT,
        body: {
          contentType: "Text",
          content:
            "Hej Olof,\n\n1. Hur tydlig var informationen om processen?\n2. Hur snabbt fick du besked?\n3. Hur väl bemött kände du dig?\n4. Vad kunde vi ha gjort bättre? En mening räcker.",
        },
        toRecipients: [{ emailAddress: OLOF }],
      },
    }),
  });
  if (!sent.ok) throw new Error(`sendMail → ${sent.status}`);
  const listed = await graphGet<{ value: { id: string; subject: string }[] }>(
    "/me/mailFolders/sentitems/messages?$select=id,subject&$top=100",
  );
  return listed.value.find((m) => m.subject === SURVEY_SUBJECT)!.id;
}

/** Olof answers in the survey's conversation, as his mail program would. */
async function olofReplies(surveyId: string, content: string) {
  const delivered = await fetch(`${origin()}/_emulator/deliver`, {
    method: "POST",
    headers: witness,
    body: JSON.stringify({ from: OLOF, inReplyTo: surveyId, body: { contentType: "text", content } }),
  });
  if (!delivered.ok) throw new Error(`deliver → ${delivered.status}`);
}

interface StoredFeedback {
  answers: { scores: Record<string, number>; comment: string }[];
  pending: { text: string }[];
}

/** The process's feedback document in OneDrive, read as an independent witness. */
async function feedbackDocument(): Promise<StoredFeedback | undefined> {
  const response = await fetch(`${graph()}/me/drive/special/approot:/feedback/${NORDBANK}.json:/content`, {
    headers: witness,
    redirect: "follow",
  });
  return response.ok ? ((await response.json()) as StoredFeedback) : undefined;
}

async function openFeedback(pane: Frame) {
  await pane.getByTestId("overview").waitFor();
  await pane.getByTestId("overview-tab-report").click();
  const section = pane.getByTestId("feedback");
  await section.waitFor();
  return section;
}

const shot = async (page: Page, pane: Frame, testId: string, name: string) => {
  await pane.getByTestId(testId).first().scrollIntoViewIfNeeded();
  await page.getByTestId("taskpane-frame").screenshot({ path: `${SHOTS}/${name}.png` });
};

describe("what candidates say, from the survey reply to the report", () => {
  it("shows Olof's score in the report, and counts the reply Maja scores by hand", async () => {
    await resetMailbox();
    const surveyId = await sendSurvey();
    await olofReplies(surveyId, "4 av 5, 3 och 5\nSnabbare besked hade varit bra.\n\nMvh\nOlof");
    await olofReplies(surveyId, "Det var helt ok, men det tog lite tid.\n\nOlof");

    const { page, pane, errors, close } = await openWorkbench(browser, { lang: "sv-SE", width: 320 });
    // Detection runs when the pane opens; the answers reach OneDrive through the outbox.
    const stored = await eventually(
      "both replies in the feedback document",
      async () => {
        const doc = await feedbackDocument();
        return doc && doc.answers.length === 1 && doc.pending.length === 1 && doc;
      },
      45_000,
    );
    expect(stored.answers[0]).toMatchObject({ scores: { clarity: 4, speed: 3, treatment: 5 } });
    expect(JSON.stringify(stored)).not.toMatch(/Näslund|olof\.naslund/);

    const section = await openFeedback(pane);
    await section.getByTestId("feedback-summary").waitFor();
    expect(await section.getByTestId("feedback-summary").textContent()).toBe("Snitt 4,0 av 5 från 1 svar");
    const row = section.getByTestId(`feedback-processes-${NORDBANK}`);
    expect((await row.locator("td").allTextContents()).map((s) => s.trim())).toEqual([
      "1",
      "4,0",
      "3,0",
      "5,0",
    ]);
    expect(await section.getByTestId("feedback-comments").textContent()).toContain(
      "Snabbare besked hade varit bra.",
    );

    const reply = section.getByTestId("feedback-reply");
    expect(await reply.count()).toBe(1);
    expect(await reply.textContent()).toContain("Det var helt ok, men det tog lite tid.");
    expect(describeViolations(await axeViolations(pane))).toBe("");
    await shot(page, pane, "feedback-summary", "feedback-sv-320");
    await shot(page, pane, "feedback-reply", "feedback-hand-scoring-sv-320");

    for (const [question, score] of [
      ["Hur tydlig var informationen om processen?", "3"],
      ["Hur snabbt fick du besked?", "2"],
      ["Hur väl bemött kände du dig?", "4"],
    ] as const) {
      await reply.getByRole("radiogroup", { name: question }).getByRole("radio", { name: score }).check();
    }
    await reply.getByRole("textbox", { name: "Kommentar" }).fill("Det tog lite tid.");
    await reply.getByRole("button", { name: "Spara" }).click();

    await section.getByTestId("feedback-pending").waitFor({ state: "detached" });
    expect(await section.getByTestId("feedback-summary").textContent()).toBe("Snitt 3,5 av 5 från 2 svar");
    const after = await eventually(
      "the hand scoring in the feedback document",
      async () => {
        const doc = await feedbackDocument();
        return doc && doc.answers.length === 2 && doc.pending.length === 0 && doc;
      },
      30_000,
    );
    expect(after.answers[1]).toMatchObject({
      scores: { clarity: 3, speed: 2, treatment: 4 },
      comment: "Det tog lite tid.",
    });
    expect(describeViolations(await axeViolations(pane))).toBe("");
    expect(errors).toEqual([]);
    await close();

    // The same report in English, read again from OneDrive.
    const english = await openWorkbench(browser, { lang: "en-US", width: 320 });
    const en = await openFeedback(english.pane);
    await en.getByText("Average 3.5 of 5 from 2 answers").waitFor();
    expect(describeViolations(await axeViolations(english.pane))).toBe("");
    await shot(english.page, english.pane, "feedback-summary", "feedback-en-320");
    await shot(english.page, english.pane, "feedback-comments", "feedback-comments-en-320");
    await english.close();
  }, 180_000);
});
