/** @jest-environment jsdom */
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { Suspense } from "react";
import { createStore } from "zustand/vanilla";
import { DEFAULT_SETTINGS, type AppError, type Process } from "../../../src/domain";
import type { Language } from "../../../src/domain/result";
import { createOverviewStore } from "../../../src/state/overviewStore";
import type { SettingsStoreApi } from "../../../src/state/settingsStore";
import type { OutboxStatusStoreApi } from "../../../src/state/outboxStatusStore";
import { LanguageProvider } from "../../../src/ui/common/LanguageContext";
import { loadPhone } from "../../../src/ui/common/usePhoneDisplay";
import AgendaView from "../../../src/ui/overview/AgendaView";
import { OverviewContext, type OverviewServices } from "../../../src/ui/overview/overviewServices";
import { candidate, interviewHeld, mailIn, process } from "../domain/fixtures";
import { recordingStore } from "../state/recording";

// Monday 30 November 2026, 09:00 in Stockholm.
const NOW = new Date("2026-11-30T08:00:00.000Z");

beforeAll(() => {
  // Only the clock is faked: React and the test library keep their real timers.
  jest.useFakeTimers({
    now: NOW,
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
// The phone formatter loads after first paint; loaded up front, no render finishes outside act().
beforeAll(() => loadPhone());

const nordbank = (): Process =>
  process({
    candidates: [
      // Wrote twelve days ago and has heard nothing: overdue, carried to today.
      candidate({ id: "c-asa-oberg", name: "Åsa Öberg", contacts: [mailIn("2026-11-18T10:00:00.000Z")] }),
      // Interviewed last week: the call with the decision is due this week.
      candidate({
        id: "c-erik-nilsson",
        name: "Erik Nilsson",
        stageId: "interview",
        phone: "+46701234567",
        contacts: [interviewHeld("2026-11-25T07:00:00.000Z")],
      }),
    ],
  });

function show(processes: readonly Process[], options: { failing?: boolean; language?: Language } = {}) {
  const recorded = recordingStore(processes, options.failing ? ["CompleteFollowUp"] : []);
  const notices: ({ kind: "saved" } | { kind: "error"; error: AppError })[] = [];
  const opened: unknown[] = [];
  const services: OverviewServices = {
    layout: "pane",
    processes: recorded.store,
    settings: createStore(() => ({
      settings: DEFAULT_SETTINGS,
      language: "sv",
    })) as unknown as SettingsStoreApi,
    outbox: createStore(() => ({})) as unknown as OutboxStatusStoreApi,
    overview: createOverviewStore(),
    openCandidate: (ref, hint) => void opened.push({ ref, hint }),
    openLatestMail: async () => ({ ok: true, value: undefined }),
    notify: (m) => void notices.push(m),
  };
  render(
    <LanguageProvider language={options.language ?? "sv"}>
      <OverviewContext.Provider value={services}>
        <Suspense fallback={null}>
          <AgendaView />
        </Suspense>
      </OverviewContext.Provider>
    </LanguageProvider>,
  );
  return { ...recorded, notices, opened };
}

describe("Today / This week", () => {
  it("puts Åsa's overdue answer first under today, in red, with her name and process", () => {
    show([nordbank()]);
    const today = screen.getByRole("region", { name: "I dag" });
    const items = within(today).getAllByTestId("agenda-item");
    expect(items[0]!.dataset["overdue"]).toBe("true");
    expect(within(items[0]!).getByRole("checkbox", { name: /Åsa Öberg/ })).toBeTruthy();
    expect(within(items[0]!).getByText("Åsa Öberg · Backend-utvecklare")).toBeTruthy();
    expect(within(items[0]!).getByText("För sent")).toBeTruthy();
  });

  it("offers to answer with the follow-up's template, and to call Erik on his number as the card writes it", async () => {
    const { opened } = show([nordbank()]);
    fireEvent.click(screen.getAllByRole("button", { name: "Svara Åsa Öberg" })[0]!);
    expect(opened[0]).toMatchObject({ ref: { processId: "p-nordbank-backend", candidateId: "c-asa-oberg" } });
    expect(opened[0]).toHaveProperty("hint.template");
    const later = screen.getAllByRole("region").map((r) => r.getAttribute("aria-label"));
    expect(later).toContain("Onsdag 2 december");
    const call = await screen.findByRole("link", {
      name: "Ring 070-123 45 67: Erik Nilsson, och logga samtalet",
    });
    expect(call.textContent).toBe("Ring 070-123 45 67");
    expect(call.getAttribute("href")).toBe("tel:+46701234567");
    call.addEventListener("click", (e) => e.preventDefault()); // jsdom cannot dial
    fireEvent.click(call);
    expect(opened[1]).toEqual({
      ref: { processId: "p-nordbank-backend", candidateId: "c-erik-nilsson" },
      hint: { show: "call" },
    });
  });

  it("ticks a follow-up off: it goes at once, the tick is saved as a command and the recruiter told", async () => {
    const { sent, notices } = show([nordbank()]);
    const box = screen.getAllByRole("checkbox", { name: /Åsa Öberg/ })[0]!;
    const id = box.closest("li")!.dataset["followUp"]!;
    await act(async () => void fireEvent.click(box));
    expect(document.querySelector(`[data-follow-up="${id}"]`)).toBeNull();
    expect(sent).toEqual([
      expect.objectContaining({
        type: "CompleteFollowUp",
        payload: expect.objectContaining({ followUpId: id }),
      }),
    ]);
    expect(notices).toEqual([{ kind: "saved" }]);
  });

  it("brings the follow-up back, with the reason, when the tick could not be saved", async () => {
    const { notices } = show([nordbank()], { failing: true });
    const box = screen.getAllByRole("checkbox", { name: /Åsa Öberg/ })[0]!;
    const id = box.closest("li")!.dataset["followUp"]!;
    await act(async () => void fireEvent.click(box));
    await waitFor(() => expect(document.querySelector(`[data-follow-up="${id}"]`)).not.toBeNull());
    expect(notices).toEqual([
      { kind: "error", error: expect.objectContaining({ code: "outbox-unavailable" }) },
    ]);
  });

  it("says so when the week holds nothing", () => {
    show([process({ candidates: [] })]);
    expect(screen.getByTestId("agenda-empty").textContent).toBe("Inget att göra den här veckan.");
  });

  it("speaks English to an English-speaking recruiter, days and numbers and all", async () => {
    show([nordbank()], { language: "en" });
    const days = screen.getAllByRole("region").map((r) => r.getAttribute("aria-label"));
    expect(days).toEqual(expect.arrayContaining(["Today", "Wednesday 2 December"]));
    const call = await screen.findByRole("link", {
      name: "Call +46 70 123 45 67: Erik Nilsson, and log the call",
    });
    expect(call.textContent).toBe("Call +46 70 123 45 67");
  });
});
