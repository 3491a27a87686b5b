/** @jest-environment jsdom */
// The Gallring tab: the firm's rule edited for every recruiter, the day Svara erases each one by
// itself, and a talent-pool candidate asked to stay (a draft) or recorded as saying yes (a consent).
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { Suspense } from "react";
import { createStore } from "zustand/vanilla";
import {
  DEFAULT_FIRM_SETTINGS,
  ok,
  type AppError,
  type FirmSettings,
  type Process,
} from "../../../src/domain";
import type { Command } from "../../../src/sync/commands";
import { createFirmSettingsStore } from "../../../src/state/firmSettingsStore";
import { createOverviewStore } from "../../../src/state/overviewStore";
import type { OutboxStatusStoreApi } from "../../../src/state/outboxStatusStore";
import { createSettingsStore } from "../../../src/state/settingsStore";
import { LanguageProvider } from "../../../src/ui/common/LanguageContext";
import ErasureView from "../../../src/ui/overview/ErasureView";
import { OverviewContext, type OverviewServices } from "../../../src/ui/overview/overviewServices";
import { localRoamingSettings } from "../../../src/host/localRoamingSettings";
import { candidate, process } from "../domain/fixtures";
import { recordingStore } from "../state/recording";

// 20 November 2028: Åsa, turned down on 15 November 2026, has been due for five days.
beforeAll(() => {
  jest.useFakeTimers({
    now: new Date("2028-11-20T09:00:00.000Z"),
    doNotFake: [
      "setTimeout",
      "clearTimeout",
      "setInterval",
      "clearInterval",
      "setImmediate",
      "queueMicrotask",
      "nextTick",
    ],
  });
});
afterAll(() => jest.useRealTimers());

const asa = candidate({ stageId: "rejected", leftAt: "2026-11-15T10:00:00.000Z" });

function show(firm: FirmSettings = DEFAULT_FIRM_SETTINGS, language: "sv" | "en" = "sv") {
  const processes: readonly Process[] = [process({ candidates: [asa] })];
  const recorded = recordingStore(processes);
  const settings = createSettingsStore(localRoamingSettings(undefined), "sv-SE");
  settings.getState().showFirm(firm);
  const firmSent: Command[] = [];
  const firmStore = createFirmSettingsStore(
    {
      dispatch: async (c) => {
        firmSent.push(c);
        return ok(undefined as never);
      },
      readFirmSettings: async () => ok(firm),
    },
    settings,
    () => ({ id: "firm-1", createdAt: "2028-11-20T09:00:00.000Z" }),
  );
  const notices: ({ kind: "saved" } | { kind: "error"; error: AppError })[] = [];
  const services: OverviewServices = {
    layout: "pane",
    processes: recorded.store,
    settings,
    firm: firmStore,
    outbox: createStore(() => ({})) as unknown as OutboxStatusStoreApi,
    overview: createOverviewStore(),
    openCandidate: () => undefined,
    openLatestMail: async () => ok(undefined),
    notify: (m) => void notices.push(m),
  };
  render(
    <LanguageProvider language={language}>
      <OverviewContext.Provider value={services}>
        <Suspense fallback={null}>
          <ErasureView />
        </Suspense>
      </OverviewContext.Provider>
    </LanguageProvider>,
  );
  return { ...recorded, settings, firmSent, notices };
}

describe("the Gallring tab", () => {
  it("says no automatic date while the firm erases by hand", () => {
    show();
    expect(screen.queryByTestId("erasure-auto")).toBeNull();
  });

  it("shows the day Svara erases Åsa by itself once the firm turned it on: a week after her date", () => {
    show({ ...DEFAULT_FIRM_SETTINGS, autoErase: true });
    const row = screen.getByTestId("erasure-row");
    expect(within(row).getByTestId("erasure-auto").textContent).toBe("Raderas automatiskt 22 november 2028");
  });

  it("saves the firm's rule for every recruiter, and the list follows its months at once", async () => {
    const { firmSent, settings, notices } = show();
    fireEvent.change(screen.getByLabelText("Månader att spara en avslutad kandidat"), {
      target: { value: "36" },
    });
    fireEvent.click(screen.getByRole("switch", { name: "Radera automatiskt efter respittiden" }));
    fireEvent.click(screen.getByRole("button", { name: "Spara regeln" }));
    await waitFor(() => expect(firmSent).toHaveLength(1));
    expect(firmSent[0]).toMatchObject({
      type: "ChangeFirmSettings",
      key: "firm-settings",
      payload: { changes: { retentionMonths: 36, graceDays: 7, autoErase: true } },
    });
    expect(settings.getState().settings.retentionMonths).toBe(36);
    expect(notices).toEqual([{ kind: "saved" }]);
    // 36 months: Åsa is no longer due.
    await waitFor(() => expect(screen.queryByTestId("erasure-row")).toBeNull());
  });

  it("names a month count out of range beside its field and saves nothing", async () => {
    const { firmSent } = show();
    fireEvent.change(screen.getByLabelText("Månader att spara en avslutad kandidat"), {
      target: { value: "0" },
    });
    fireEvent.click(screen.getByRole("button", { name: "Spara regeln" }));
    expect(await screen.findByText(/heltal från 1 till 120/)).toBeTruthy();
    expect(firmSent).toEqual([]);
  });

  it("asks Åsa to stay with a draft of the consent-renewal mail", async () => {
    const { sent, notices } = show();
    fireEvent.click(screen.getByRole("button", { name: /Be om samtycke: ett utkast till Åsa Öberg/ }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]!.type).toBe("CreateDrafts");
    expect(notices).toEqual([{ kind: "saved" }]);
  });

  it("records her yes as a consent through the outbox", async () => {
    const { sent } = show(DEFAULT_FIRM_SETTINGS, "en");
    fireEvent.click(
      screen.getByRole("button", { name: "They said yes: keep Åsa Öberg for another 12 months" }),
    );
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toMatchObject({ type: "RecordConsent", payload: { candidateId: asa.id, months: 12 } });
  });
});
