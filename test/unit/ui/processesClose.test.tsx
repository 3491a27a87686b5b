/** @jest-environment jsdom */
import { act, fireEvent, render, screen } from "@testing-library/react";
import { createStore } from "zustand/vanilla";
import { ok, type Process } from "../../../src/domain";
import type { OutboxStatusStoreApi } from "../../../src/state/outboxStatusStore";
import { createOverviewStore } from "../../../src/state/overviewStore";
import type { ProcessesStoreApi } from "../../../src/state/processesStore";
import type { SettingsStoreApi } from "../../../src/state/settingsStore";
import { LanguageProvider } from "../../../src/ui/common/LanguageContext";
import { OverviewContext, type OverviewServices } from "../../../src/ui/overview/overviewServices";
import ProcessesView from "../../../src/ui/processes/ProcessesView";
import { applied, candidate, mailOut, process, settings } from "../domain/fixtures";

// Fluent's MessageBar measures itself; jsdom has no ResizeObserver.
beforeAll(() => {
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
});

const DAY = 86_400_000;
const ago = (days: number) => new Date(Date.now() - days * DAY).toISOString();

function show(processes: readonly Process[], language: "sv" | "en" = "sv") {
  const closed: string[] = [];
  const value: OverviewServices = {
    layout: "pane",
    processes: createStore(() => ({
      processes,
      closeProcess: async (id: string, closing: boolean) => {
        if (closing) closed.push(id);
        return ok(null);
      },
    })) as unknown as ProcessesStoreApi,
    settings: createStore(() => ({ settings })) as unknown as SettingsStoreApi,
    outbox: createStore(() => ({})) as unknown as OutboxStatusStoreApi,
    overview: createOverviewStore(),
    openCandidate: () => undefined,
    openLatestMail: async () => ok(undefined),
    notify: () => undefined,
  };
  render(
    <LanguageProvider language={language}>
      <OverviewContext.Provider value={value}>
        <ProcessesView />
      </OverviewContext.Provider>
    </LanguageProvider>,
  );
  return closed;
}

const waiting = (id: string, name: string) => candidate({ id, name, contacts: [applied(ago(3))] });
const answered = candidate({ id: "c-bo", name: "Bo Ek", contacts: [applied(ago(6)), mailOut(ago(5))] });

describe("closing a process in the Processes tab", () => {
  it("names the candidates still waiting for an answer and closes only when she says so", async () => {
    const p = process({
      candidates: [
        waiting("c-asa", "Åsa Öberg"),
        answered,
        waiting("c-li", "Li Wei"),
        waiting("c-eva", "Eva Berg"),
      ],
    });
    const closed = show([p]);
    fireEvent.click(screen.getByRole("button", { name: /^Stäng / }));
    screen.getByText("3 kandidater väntar fortfarande på svar");
    expect(screen.getByTestId("close-warning-names").textContent).toBe("Åsa Öberg, Li Wei och Eva Berg");
    expect(closed).toEqual([]);
    fireEvent.click(screen.getByRole("button", { name: "Avbryt" }));
    expect(screen.queryByTestId("close-warning")).toBeNull();
    expect(closed).toEqual([]);
    fireEvent.click(screen.getByRole("button", { name: /^Stäng / }));
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: /^Stäng ändå/ }));
    });
    expect(closed).toEqual([p.id]);
  });

  it("says it in English with one candidate waiting", () => {
    show([process({ candidates: [waiting("c-asa", "Åsa Öberg")] })], "en");
    fireEvent.click(screen.getByRole("button", { name: /^Close / }));
    screen.getByText("1 candidate is still waiting for an answer");
  });

  it("closes at once when everyone has had their answer", async () => {
    const p = process({ candidates: [answered] });
    const closed = show([p]);
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: /^Stäng / }));
    });
    expect(screen.queryByTestId("close-warning")).toBeNull();
    expect(closed).toEqual([p.id]);
  });
});
