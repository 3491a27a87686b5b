// Issue 11, wording and display: the card counts days right ("1 dag kvar", "1 day left"), shows a
// phone number as people write it and dials it, and shows the LinkedIn profile as a link — a company
// page is refused with words that say why. In Swedish and in English, at the pane's 320 px.
import { mkdirSync } from "node:fs";
import type { Browser } from "playwright-core";
import { axeViolations, describeViolations } from "./support/axe";
import { launchChromium } from "./support/browser";
import { candidateInDocument, eventually } from "./support/emulatorState";
import { openMail, openWorkbench, resetMailbox } from "./support/workbench";

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

const SHOTS = "/tmp/shots-wording";

const WORDS = {
  "sv-SE": {
    // The demo's deadline is one working day ahead on a weekday; over a weekend's night it is today.
    clock: /(^|\D)1 dag kvar|Svar senast i dag/,
    wrongPlural: /(^|\D)1 dagar/,
    phoneLabel: "Telefon",
    save: "Spara kontaktuppgifterna",
    companyRefused: "företagssida",
    phoneShown: "070-765 12 34",
  },
  "en-US": {
    clock: /(^|\D)1 day left|Answer due today/,
    wrongPlural: /(^|\D)1 days/,
    phoneLabel: "Phone",
    save: "Save the contact details",
    companyRefused: "company page",
    phoneShown: "+46 70 765 12 34",
  },
} as const;

describe("the card in words a recruiter would use", () => {
  it.each(["sv-SE", "en-US"] as const)(
    "(%s) says 1 day left, shows a formatted phone and the LinkedIn link, refuses a company page",
    async (lang) => {
      const words = WORDS[lang];
      const demo = await resetMailbox();
      const waiting = demo.waiting.find((w) => w.days === 9)!;
      const process = demo.processes.find((p) => p.id === waiting.processId)!;
      const candidate = process.candidates.find((c) => c.id === waiting.candidateId)!;
      const { page, pane, errors, close } = await openWorkbench(browser, { lang });
      await openMail(page, candidate.name);
      const card = pane.getByTestId("candidate-card");
      await card.waitFor();
      const clock = (await pane.getByTestId("clock").textContent()) ?? "";
      expect(clock).toMatch(words.clock);
      expect(clock).not.toMatch(words.wrongPlural);

      await pane.getByTestId("tab-details").click();
      const form = pane.getByTestId("details-form");
      await form.getByLabel(words.phoneLabel).fill("070-765 12 34");
      await form.getByLabel("LinkedIn").fill("linkedin.com/company/nordbank");
      await form.getByRole("button", { name: words.save }).click();
      await form.getByText(words.companyRefused, { exact: false }).waitFor();
      await form.getByLabel("LinkedIn").fill("se.linkedin.com/in/svara-demo");
      await form.getByRole("button", { name: words.save }).click();

      const saved = await eventually("the details are saved as E.164 and a canonical profile", async () => {
        const c = await candidateInDocument(process.id, candidate.name);
        return c?.phone === "+46707651234" && c;
      });
      expect((saved as unknown as { linkedInUrl: string }).linkedInUrl).toBe(
        "https://www.linkedin.com/in/svara-demo",
      );
      const phone = card.getByTestId("candidate-phone").getByRole("link");
      await phone.getByText(words.phoneShown).waitFor();
      expect(await phone.getAttribute("href")).toBe("tel:+46707651234");
      const linkedIn = card.getByTestId("candidate-linkedin");
      expect(await linkedIn.getAttribute("href")).toBe("https://www.linkedin.com/in/svara-demo");
      expect(await linkedIn.getAttribute("target")).toBe("_blank");
      expect(describeViolations(await axeViolations(pane))).toBe("");
      await card.scrollIntoViewIfNeeded();
      await page.getByTestId("taskpane-frame").screenshot({ path: `${SHOTS}/card-${lang}-320.png` });
      expect(errors).toEqual([]);
      await close();
    },
  );
});
