/** @jest-environment jsdom */
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import type { ProcessFields } from "../../../src/domain";
import { processChoice } from "../../../src/state/processChoice";
import { LanguageProvider } from "../../../src/ui/common/LanguageContext";
import { ProcessForm } from "../../../src/ui/processes/ProcessForm";
import { AddCandidateForm } from "../../../src/ui/taskpane/AddCandidateForm";
import { process } from "../domain/fixtures";

// Fluent's MessageBar measures itself; jsdom has no ResizeObserver.
beforeAll(() => {
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
});

const nordbank = process();
const solkraft = process({ id: "p-solkraft-saljare", title: "Säljare", organisation: "Solkraft AB" });
const sender = { name: "Lars Nyberg", email: "lars.nyberg@example.com" };

describe("the add-candidate form's process", () => {
  it("asks the recruiter to choose when the subject names no process, and sends nothing until she does", () => {
    const submitted: string[] = [];
    render(
      <LanguageProvider language="sv">
        <AddCandidateForm
          choice={processChoice([nordbank, solkraft], "Hej!")}
          sender={sender}
          onSubmit={(input) => submitted.push(input.processId)}
        />
      </LanguageProvider>,
    );
    const select = screen.getByTestId("add-process") as HTMLSelectElement;
    expect(select.value).toBe("");
    screen.getByText("Ingen process passar ämnesraden säkert – välj själv.");
    fireEvent.click(screen.getByRole("button", { name: "Lägg till och starta svarsklockan" }));
    screen.getByText("Välj vilken process kandidaten söker till.");
    expect(submitted).toEqual([]);
    fireEvent.change(select, { target: { value: solkraft.id } });
    fireEvent.click(screen.getByRole("button", { name: "Lägg till och starta svarsklockan" }));
    expect(submitted).toEqual([solkraft.id]);
  });

  it("preselects the guessed process with the hint, in English too", () => {
    render(
      <LanguageProvider language="en">
        <AddCandidateForm
          choice={processChoice([nordbank, solkraft], "Ansökan: Säljare – Solkraft AB")}
          sender={sender}
          onSubmit={() => undefined}
        />
      </LanguageProvider>,
    );
    expect((screen.getByTestId("add-process") as HTMLSelectElement).value).toBe(solkraft.id);
    screen.getByText("Guessed from the subject – change it if it is wrong.");
  });
});

describe("the process form", () => {
  it("names each wrong field and keeps what was typed; saves the corrected process", async () => {
    const saved: ProcessFields[] = [];
    render(
      <LanguageProvider language="sv">
        <ProcessForm
          process={null}
          owner={nordbank.owner}
          onSave={async (f) => (saved.push(f), null)}
          onCancel={() => undefined}
        />
      </LanguageProvider>,
    );
    const field = (label: string) => screen.getByLabelText(label, { exact: false }) as HTMLInputElement;
    fireEvent.change(field("Titel (tjänst)"), { target: { value: "Lagerchef" } });
    fireEvent.change(field("Svarstid i dagar"), { target: { value: "0" } });
    fireEvent.change(field("Länk till enkät"), { target: { value: "http://example.com/enkat" } });
    fireEvent.click(screen.getByRole("button", { name: "Skapa processen" }));
    screen.getByText("Svarstiden ska vara ett helt antal dagar, från 1 till 90.");
    screen.getByText(
      "Enkätlänken ”http://example.com/enkat” måste vara en webbadress som börjar med https://.",
    );
    expect(field("Titel (tjänst)").value).toBe("Lagerchef");
    expect(saved).toEqual([]);

    fireEvent.change(field("Svarstid i dagar"), { target: { value: "90" } });
    fireEvent.change(field("Länk till enkät"), { target: { value: "https://example.com/enkat" } });
    fireEvent.click(screen.getByRole("button", { name: "Skapa processen" }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]).toMatchObject({ title: "Lagerchef", answerWindowDays: 90, owner: nordbank.owner });
  });

  it("says that with no link of her own, Svara's survey goes out and its answers reach the report", async () => {
    const saved: ProcessFields[] = [];
    render(
      <LanguageProvider language="sv">
        <ProcessForm
          process={null}
          owner={nordbank.owner}
          onSave={async (f) => (saved.push(f), null)}
          onCancel={() => undefined}
        />
      </LanguageProvider>,
    );
    screen.getByText(/Utan länk skickar Svara sin egen enkät/);
    fireEvent.change(screen.getByLabelText("Titel (tjänst)", { exact: false }), {
      target: { value: "Lagerchef" },
    });
    fireEvent.click(screen.getByRole("button", { name: "Skapa processen" }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]?.surveyUrl).toBeNull();
  });
});
