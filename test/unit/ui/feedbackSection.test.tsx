/** @jest-environment jsdom */
// The report's "Kandidaternas omdöme": the recruiter reads per question and process how candidates
// rated the process, by month, and what they wrote; a reply Svara could not read waits with its
// text and a form, and once she has scored it it counts and leaves the list.
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import {
  emptyFeedback,
  ok,
  recordFeedback,
  type FeedbackDocument,
  type Language,
  type PendingReply,
  type SurveyAnswer,
} from "../../../src/domain";
import { createFeedbackStore } from "../../../src/state/feedbackStore";
import type { Command } from "../../../src/sync/commands";
import { LanguageProvider } from "../../../src/ui/common/LanguageContext";
import { FeedbackSection } from "../../../src/ui/overview/report/FeedbackSection";
import { OverviewContext, type OverviewServices } from "../../../src/ui/overview/overviewServices";
import { process } from "../domain/fixtures";

const answer = (
  answerId: string,
  month: string,
  scores: [number, number, number],
  comment = "",
): SurveyAnswer => ({
  kind: "answer",
  answerId,
  processId: "p-1",
  month,
  language: "sv",
  scores: { clarity: scores[0], speed: scores[1], treatment: scores[2] } as SurveyAnswer["scores"],
  comment,
});

const reply: PendingReply = {
  kind: "needs-scoring",
  answerId: "s-unread",
  processId: "p-1",
  month: "2026-11",
  language: "sv",
  text: "Fyra eller fem kanske. Trevligt bemötande.",
  suggested: { clarity: 4 },
};

function setup(language: Language) {
  let doc: FeedbackDocument = [
    answer("a1", "2026-10", [4, 5, 3], "Snabbare besked, tack."),
    answer("a2", "2026-11", [5, 2, 4]),
    reply,
  ].reduce(recordFeedback, emptyFeedback("p-1"));
  const sent: Command[] = [];
  const feedback = createFeedbackStore(
    {
      list: async () => ok([doc]),
      dispatch: async (command) => {
        sent.push(command);
        if (command.type === "RecordSurveyAnswer") doc = recordFeedback(doc, command.payload.entry);
        return ok({} as never);
      },
    },
    () => ({ id: "c-1", createdAt: "2026-11-25T10:00:00.000Z" }),
  );
  const notify = jest.fn();
  const services = { layout: "pane", feedback, notify } as unknown as OverviewServices;
  const processes = [process({ id: "p-1", title: "Backendutvecklare" })];
  render(
    <LanguageProvider language={language}>
      <OverviewContext.Provider value={services}>
        <FeedbackSection feedback={feedback} processes={processes} />
      </OverviewContext.Provider>
    </LanguageProvider>,
  );
  return { sent, notify };
}

describe("what candidates say, in the report", () => {
  it("gives per process and question the average with a decimal comma, and the count", async () => {
    setup("sv");
    const table = await screen.findByRole("table", { name: "Snitt per fråga och process" });
    const row = within(table).getByRole("row", { name: /Backendutvecklare/ });
    expect(
      within(row)
        .getAllByRole("cell")
        .map((c) => c.textContent),
    ).toEqual(["2", "4,5", "3,5", "3,5"]);
    expect(screen.getByTestId("feedback-summary").textContent).toBe("Snitt 3,8 av 5 från 2 svar");
  });

  it("shows the trend month by month and what candidates wrote, without names", async () => {
    setup("en");
    const months = await screen.findByRole("table", { name: "Average by month" });
    expect(
      within(months)
        .getAllByRole("row")
        .map((r) => r.textContent),
    ).toEqual(["MonthAnswersAverage", "Oct 202614.0", "Nov 202613.7"]);
    expect(screen.getByTestId("feedback-comments").textContent).toContain("Snabbare besked, tack.");
  });

  it("lists an unread reply with its text until she scores it, then counts it", async () => {
    const { sent, notify } = setup("sv");
    const pending = await screen.findByTestId("feedback-pending");
    expect(pending.textContent).toContain(reply.text);
    fireEvent.click(within(pending).getByRole("button", { name: "Spara" }));
    expect(await within(pending).findAllByText("Sätt ett betyg på varje fråga.")).toHaveLength(2);
    expect(sent).toEqual([]);

    const speed = within(pending).getByRole("radiogroup", { name: /Hur snabbt fick du besked/ });
    fireEvent.click(within(speed).getByRole("radio", { name: "5" }));
    const treatment = within(pending).getByRole("radiogroup", { name: /Hur väl bemött/ });
    fireEvent.click(within(treatment).getByRole("radio", { name: "5" }));
    fireEvent.change(within(pending).getByRole("textbox", { name: "Kommentar" }), {
      target: { value: "Trevligt bemötande." },
    });
    fireEvent.click(within(pending).getByRole("button", { name: "Spara" }));

    await waitFor(() => expect(screen.queryByTestId("feedback-pending")).toBeNull());
    expect(sent.map((c) => c.type)).toEqual(["RecordSurveyAnswer"]);
    expect(sent[0]!.payload).toMatchObject({
      processId: "p-1",
      entry: { kind: "answer", answerId: "s-unread", scores: { clarity: 4, speed: 5, treatment: 5 } },
    });
    expect(screen.getByTestId("feedback-summary").textContent).toBe("Snitt 4,1 av 5 från 3 svar");
    expect(screen.getByTestId("feedback-comments").textContent).toContain("Trevligt bemötande.");
    expect(notify).toHaveBeenCalledWith({ kind: "saved" });
  });
});
