/** @jest-environment jsdom */
import { act, fireEvent, render, screen } from "@testing-library/react";
import { Suspense } from "react";
import { createStore } from "zustand/vanilla";
import { DEFAULT_SETTINGS, DEFAULT_TEMPLATES, ok, type Template } from "../../../src/domain";
import { createOutboxStatusStore } from "../../../src/state/outboxStatusStore";
import { createOverviewStore } from "../../../src/state/overviewStore";
import type { SettingsStoreApi } from "../../../src/state/settingsStore";
import type { TemplatesStoreApi } from "../../../src/state/templatesStore";
import { LanguageProvider } from "../../../src/ui/common/LanguageContext";
import BulkUpdateView from "../../../src/ui/overview/BulkUpdateView";
import { OverviewContext, type OverviewServices } from "../../../src/ui/overview/overviewServices";
import { applied, candidate, process } from "../domain/fixtures";
import { recordingStore } from "../state/recording";

const DAY = 86_400_000;

function services() {
  const longAgo = new Date(Date.now() - 30 * DAY).toISOString();
  const overdue = (id: string, name: string, emails = [`${id}@example.se`]) =>
    candidate({ id, name, emails, contacts: [applied(longAgo)], createdAt: longAgo });
  const nordbank = process({
    candidates: [overdue("c-anna", "Anna Berg"), overdue("c-bo", "Bo Ek", []), overdue("c-cia", "Cia Dahl")],
  });
  const { sent, store: processes } = recordingStore([nordbank]);
  const outbox = createOutboxStatusStore({
    retry: async () => ok(undefined),
    discard: async () => ok(undefined),
    cancel: async () => ok(undefined),
    resume: () => undefined,
  });
  const settings = createStore(() => ({ settings: DEFAULT_SETTINGS })) as unknown as SettingsStoreApi;
  const value: OverviewServices = {
    layout: "pane",
    processes,
    settings,
    outbox,
    overview: createOverviewStore(),
    openCandidate: () => undefined,
    openLatestMail: async () => ok(undefined),
    notify: () => undefined,
  };
  return { value, sent, outbox };
}

describe("the status update to many, on screen", () => {
  it("selects everyone near or past the deadline in one click, names who gets no draft, and shows progress", async () => {
    const { value, sent, outbox } = services();
    render(
      <LanguageProvider language="sv">
        <OverviewContext.Provider value={value}>
          <Suspense fallback={null}>
            <BulkUpdateView />
          </Suspense>
        </OverviewContext.Provider>
      </LanguageProvider>,
    );
    fireEvent.click(screen.getByRole("button", { name: "Alla med högst 2 dagar kvar" }));
    expect(screen.getByTestId("bulk-count").textContent).toBe("3 av 3 valda");
    expect(screen.getByTestId("bulk-skipped").textContent).toContain("Bo Ek: Ingen e-postadress");
    const create = screen.getByRole("button", { name: "Skapa 2 utkast" });
    await act(async () => void fireEvent.click(create));
    expect(sent).toHaveLength(1);
    expect(screen.getByText("0 av 2 utkast skapade")).toBeTruthy();
    act(() =>
      outbox.getState().commandChanged({
        id: sent[0]!.id,
        type: "CreateDrafts",
        key: sent[0]!.key,
        createdAt: sent[0]!.createdAt,
        state: "sent",
        attempts: 1,
      }),
    );
    expect(screen.getByText("2 av 2 utkast skapade")).toBeTruthy();
    expect(screen.getByTestId("bulk-status").textContent).toContain("Klart: 2 utkast");
  });
});

describe("choosing the template for a status update to many, on screen", () => {
  it("offers her own templates beside the built-ins, starts on her status update and drafts it", async () => {
    const { value, sent } = services();
    const weekly: Template = {
      id: "t-weekly",
      kind: "status-update",
      language: "sv",
      name: "Mitt veckobrev",
      subject: "{{process.title}}",
      body: "Hej {{candidate.firstName}}, mitt veckobrev.",
      builtIn: false,
    };
    // Her templates store once loaded: the built-ins' texts fetched beside hers.
    const templates = createStore(() => ({
      own: [weekly],
      builtIns: DEFAULT_TEMPLATES,
    })) as unknown as TemplatesStoreApi;
    render(
      <LanguageProvider language="sv">
        <OverviewContext.Provider value={{ ...value, templates }}>
          <Suspense fallback={null}>
            <BulkUpdateView />
          </Suspense>
        </OverviewContext.Provider>
      </LanguageProvider>,
    );
    const picker = screen.getByRole<HTMLSelectElement>("combobox", { name: /Mall/ });
    expect(picker.value).toBe("t-weekly");
    expect(screen.getByRole("group", { name: "Dina mallar" })).toBeTruthy();
    expect([...picker.options].some((o) => o.text.startsWith("Samtalsstöd"))).toBe(false);
    fireEvent.click(screen.getByRole("button", { name: "Alla med högst 2 dagar kvar" }));
    await act(async () => void fireEvent.click(screen.getByRole("button", { name: "Skapa 2 utkast" })));
    const drafts = sent[0]!.type === "CreateDrafts" ? sent[0]!.payload.drafts : [];
    expect(drafts.map((d) => d.html)).toEqual([
      expect.stringContaining("Hej Anna, mitt veckobrev."),
      expect.stringContaining("Hej Cia, mitt veckobrev."),
    ]);
  });
});
