/** @jest-environment jsdom */
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { createStore } from "zustand/vanilla";
import { changeTemplates, ok, type Process, type Template } from "../../../src/domain";
import type { OutboxStatusStoreApi } from "../../../src/state/outboxStatusStore";
import { createOverviewStore } from "../../../src/state/overviewStore";
import type { ProcessesStoreApi } from "../../../src/state/processesStore";
import type { SettingsStoreApi } from "../../../src/state/settingsStore";
import { createTemplatesStore } from "../../../src/state/templatesStore";
import type { ChangeTemplate } from "../../../src/sync/commands";
import { LanguageProvider } from "../../../src/ui/common/LanguageContext";
import { OverviewContext, type OverviewServices } from "../../../src/ui/overview/overviewServices";
import TemplatesView from "../../../src/ui/templates/TemplatesView";
import { candidate, process, settings } from "../domain/fixtures";

const asa = candidate();
const nordbank: Process = process({ candidates: [asa] });

/** A templates store over an engine that applies each change at once, as the optimistic view does. */
function setup(previewFor: "asa" | "nobody" = "nobody") {
  let own: readonly Template[] = [];
  let n = 0;
  const store = createTemplatesStore(
    {
      dispatch: async (command) => {
        const applied = changeTemplates(own, (command as ChangeTemplate).payload.change);
        if (!applied.ok) return applied;
        own = applied.value;
        store.getState().showTemplates(own);
        return ok(undefined as never);
      },
      refreshTemplates: async () => ok(own),
    },
    () => ({ id: `t-${(n += 1)}`, createdAt: "2026-11-25T10:00:00.000Z" }),
  );
  store.setState({ status: "ready" });
  const notified: unknown[] = [];
  const value: OverviewServices = {
    layout: "pane",
    processes: createStore(() => ({
      processes: [nordbank],
      status: "ready",
    })) as unknown as ProcessesStoreApi,
    settings: createStore(() => ({ settings })) as unknown as SettingsStoreApi,
    outbox: createStore(() => ({})) as unknown as OutboxStatusStoreApi,
    overview: createOverviewStore(),
    templates: store,
    previewCandidate: () => (previewFor === "asa" ? { processId: nordbank.id, candidateId: asa.id } : null),
    openCandidate: () => undefined,
    openLatestMail: async () => ok(undefined),
    notify: (m) => void notified.push(m),
  };
  render(
    <LanguageProvider language="sv">
      <OverviewContext.Provider value={value}>
        <TemplatesView />
      </OverviewContext.Provider>
    </LanguageProvider>,
  );
  return { store, notified };
}

const type = (testId: string, value: string) =>
  fireEvent.change(screen.getByTestId(testId), { target: { value } });

describe("the Templates tab: her own templates", () => {
  it("writes a new template with the placeholder picker, previews it for the open candidate, and saves it", async () => {
    const { store } = setup("asa");
    fireEvent.click(screen.getByTestId("template-new"));
    type("template-name", "Tack för samtalet");
    type("template-subject", "Tack för samtalet");
    type("template-body", "Hej !");
    const body = screen.getByTestId("template-body") as HTMLTextAreaElement;
    body.focus();
    body.setSelectionRange(4, 4);
    type("placeholder-select", "candidate.firstName");
    fireEvent.click(screen.getByTestId("placeholder-insert"));
    expect(body.value).toBe("Hej {{candidate.firstName}}!");
    const preview = screen.getByTestId("template-editor-preview");
    expect(preview.textContent).toContain("Hej Åsa!");
    expect(preview.textContent).toContain("Åsa Öberg");
    await act(async () => fireEvent.click(screen.getByTestId("template-save")));
    expect(store.getState().own.map((t) => t.body)).toEqual(["Hej {{candidate.firstName}}!"]);
    expect(within(screen.getByTestId("templates-own")).getByText("Tack för samtalet")).toBeTruthy();
  });

  it("refuses to save a placeholder that does not exist, naming it, and keeps what she typed", async () => {
    const { store } = setup();
    fireEvent.click(screen.getByTestId("template-new"));
    type("template-name", "Fel");
    type("template-subject", "Hej");
    type("template-body", "Hej {{candidate.fistName}}");
    await act(async () => fireEvent.click(screen.getByTestId("template-save")));
    expect(screen.getByTestId("template-problems").textContent).toContain("{{candidate.fistName}}");
    expect((screen.getByTestId("template-body") as HTMLTextAreaElement).value).toBe(
      "Hej {{candidate.fistName}}",
    );
    expect(store.getState().own).toEqual([]);
  });

  it("offers only a copy of a built-in, previewed for a sample candidate, and asks before deleting hers", async () => {
    const { store } = setup();
    const builtIn = screen.getByTestId("template-row-default-status-update-sv");
    expect(within(builtIn).queryByText("Ändra")).toBeNull();
    expect(within(builtIn).queryByText("Ta bort")).toBeNull();
    await act(async () => fireEvent.click(within(builtIn).getByText("Kopiera")));
    // The copy opens in the editor, previewed for a made-up candidate (no mail is open).
    expect((screen.getByTestId("template-name") as HTMLInputElement).value).toBe("Statusuppdatering (kopia)");
    expect(screen.getByTestId("template-editor-preview").textContent).toContain("exempelkandidat");
    fireEvent.click(screen.getByText("Avbryt"));
    const copy = store.getState().own[0]!;
    fireEvent.click(within(screen.getByTestId(`template-row-${copy.id}`)).getByText("Ta bort"));
    expect(screen.getByTestId("template-delete-dialog").textContent).toContain("Statusuppdatering (kopia)");
    expect(store.getState().own).toHaveLength(1);
    await act(async () => fireEvent.click(screen.getByTestId("template-delete-confirm")));
    expect(store.getState().own).toEqual([]);
  });
});
