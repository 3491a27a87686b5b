/** @jest-environment jsdom */
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { ok, type Result } from "../../../src/domain/result";
import type { Host, HostItem } from "../../../src/host/host";
import type { NewCandidateInput } from "../../../src/state/candidateActions";
import { processChoice } from "../../../src/state/processChoice";
import { LanguageProvider } from "../../../src/ui/common/LanguageContext";
import AddCandidateFlow from "../../../src/ui/taskpane/AddCandidateFlow";
import { AddCandidateForm } from "../../../src/ui/taskpane/AddCandidateForm";
import { PaneContext, type PaneServices } from "../../../src/ui/taskpane/paneContext";
import { process } from "../domain/fixtures";

const nordbank = process();
const solkraft = process({ id: "p-solkraft-saljare", title: "Säljare", organisation: "Solkraft AB" });
const sender = { name: "Emily Carter", email: "emily.carter@example.com" };
const submit = () =>
  fireEvent.click(screen.getByRole("button", { name: "Lägg till och starta svarsklockan" }));
const languageSelect = () => screen.getByRole("combobox", { name: "Språk" }) as HTMLSelectElement;

describe("the add-candidate form's language", () => {
  it("shows the language guessed from her mail, and Maja corrects it before saving", () => {
    const submitted: NewCandidateInput[] = [];
    render(
      <LanguageProvider language="sv">
        <AddCandidateForm
          choice={processChoice([nordbank, solkraft], "Application: Säljare – Solkraft AB")}
          languageGuess="en"
          sender={sender}
          onSubmit={(input) => submitted.push(input)}
        />
      </LanguageProvider>,
    );
    expect(languageSelect().value).toBe("en");
    screen.getByText("Gissat från meddelandet – ändra om det är fel. Mallarna följer det.");
    fireEvent.change(languageSelect(), { target: { value: "sv" } });
    submit();
    expect(submitted).toEqual([expect.objectContaining({ processId: solkraft.id, language: "sv" })]);
  });

  it("shows the process's language when the mail does not tell, and leaves it to the process", () => {
    const submitted: NewCandidateInput[] = [];
    render(
      <LanguageProvider language="en">
        <AddCandidateForm
          choice={processChoice([nordbank, solkraft], "Ansökan: Säljare – Solkraft AB")}
          languageGuess={null}
          sender={sender}
          onSubmit={(input) => submitted.push(input)}
        />
      </LanguageProvider>,
    );
    const select = screen.getByRole("combobox", { name: "Language" }) as HTMLSelectElement;
    expect(select.value).toBe("sv");
    screen.getByText("The process's language: the mail does not clearly show which. Change it if needed.");
    fireEvent.click(screen.getByRole("button", { name: /Add/ }));
    expect(submitted).toEqual([expect.objectContaining({ language: null })]);
  });

  it("takes a sharper guess that arrives later, but never over what Maja chose herself", () => {
    const form = (languageGuess: "sv" | "en" | null, body?: string) => (
      <LanguageProvider language="sv">
        <AddCandidateForm
          choice={processChoice([nordbank, solkraft], "Hej!", body)}
          languageGuess={languageGuess}
          sender={sender}
          onSubmit={() => undefined}
        />
      </LanguageProvider>
    );
    const { rerender } = render(form(null));
    const processSelect = () => screen.getByTestId("add-process") as HTMLSelectElement;
    expect(processSelect().value).toBe("");
    rerender(form("en", "I would like to apply for the Säljare role at Solkraft AB."));
    expect(processSelect().value).toBe(solkraft.id);
    expect(languageSelect().value).toBe("en");
    fireEvent.change(languageSelect(), { target: { value: "sv" } });
    fireEvent.change(processSelect(), { target: { value: nordbank.id } });
    rerender(form("en", "Säljare Solkraft AB, säljare hos Solkraft AB."));
    expect(languageSelect().value).toBe("sv");
    expect(processSelect().value).toBe(nordbank.id);
  });
});

describe("adding an unknown sender from Outlook", () => {
  const item: HostItem = {
    kind: "message-read",
    restId: "AAMk-42",
    conversationId: null,
    subject: "Application",
    from: sender,
    to: [],
    cc: [],
    receivedAt: "2026-11-19T08:00:00.000Z",
  };

  it("reads what Emily wrote once the form is shown: her process and language are guessed from it", async () => {
    const asked: number[] = [];
    const added: { item: HostItem; input: NewCandidateInput }[] = [];
    const host = {
      itemBodyText: async (limit: number): Promise<Result<string | null>> => {
        asked.push(limit);
        return ok(
          "Hello Maja, I saw the advert for the Säljare role at Solkraft AB and would like to apply.",
        );
      },
    } as Partial<Host> as Host;
    const pane = {
      host,
      actions: () => ({
        addCandidateFromItem: async (i: HostItem, input: NewCandidateInput) => {
          added.push({ item: i, input });
          return ok(undefined);
        },
      }),
      notify: () => undefined,
    } as unknown as PaneServices;
    render(
      <LanguageProvider language="sv">
        <PaneContext.Provider value={pane}>
          <AddCandidateFlow item={item} sender={sender} processes={[nordbank, solkraft]} />
        </PaneContext.Provider>
      </LanguageProvider>,
    );
    await waitFor(() => expect(languageSelect().value).toBe("en"));
    expect((screen.getByTestId("add-process") as HTMLSelectElement).value).toBe(solkraft.id);
    screen.getByText("Gissad från meddelandet – ändra om den är fel.");
    expect(asked).toEqual([2000]);
    await act(async () => void submit());
    expect(added).toEqual([
      {
        item: expect.objectContaining({
          restId: "AAMk-42",
          bodyPreview: expect.stringMatching(/^Hello Maja/),
        }),
        input: expect.objectContaining({ processId: solkraft.id, language: "en" }),
      },
    ]);
  });
});
