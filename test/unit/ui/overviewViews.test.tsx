/** @jest-environment jsdom */
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { createStore } from "zustand/vanilla";
import type { Candidate, Process } from "../../../src/domain";
import { appError, err, ok } from "../../../src/domain";
import type { OutboxStatusStoreApi } from "../../../src/state/outboxStatusStore";
import { createOverviewStore } from "../../../src/state/overviewStore";
import type { ProcessesStoreApi } from "../../../src/state/processesStore";
import type { SettingsStoreApi } from "../../../src/state/settingsStore";
import { LanguageProvider } from "../../../src/ui/common/LanguageContext";
import CandidatesView from "../../../src/ui/overview/CandidatesView";
import { OverviewContext, type OverviewServices } from "../../../src/ui/overview/overviewServices";
import PipelineView from "../../../src/ui/overview/PipelineView";
import { applied, candidate, mailOut, process, settings } from "../domain/fixtures";

// jsdom lays nothing out: give the scroll box a height so the virtual list renders a window of rows.
beforeAll(() => {
  Object.defineProperty(HTMLElement.prototype, "clientHeight", { configurable: true, get: () => 600 });
  Object.defineProperty(HTMLElement.prototype, "clientWidth", { configurable: true, get: () => 320 });
});

// The clocks count working days: "8.9 days ago" is "1 day left" on a Wednesday but not on a Sunday.
// Only the date is fixed — timers stay real, for the views' async work.
jest.useFakeTimers({
  now: new Date("2026-11-25T10:00:00.000Z"),
  doNotFake: [
    "setTimeout",
    "clearTimeout",
    "setInterval",
    "clearInterval",
    "setImmediate",
    "clearImmediate",
    "queueMicrotask",
    "nextTick",
    "requestAnimationFrame",
    "cancelAnimationFrame",
    "requestIdleCallback",
    "cancelIdleCallback",
    "performance",
    "hrtime",
  ],
});
afterAll(() => jest.useRealTimers());

const DAY = 86_400_000;
const ago = (days: number) => new Date(Date.now() - days * DAY).toISOString();

const person = (id: string, name: string, stageId: string, over: Partial<Candidate> = {}) =>
  candidate({ id, name, emails: [`${id}@example.se`], stageId, createdAt: ago(20), ...over });

const late = person("c-bjorn", "Björn Ekdahl", "screening", { contacts: [applied(ago(12.3))] });
const soon = person("c-chidi", "Chidi Jönsson", "applied", { contacts: [applied(ago(9.2))] });
const answered = person("c-li", "Li Wei", "applied", { contacts: [applied(ago(6)), mailOut(ago(5))] });
const hired = person("c-karin", "Karin Ström", "hired", { contacts: [applied(ago(30)), mailOut(ago(20))] });
const nordbank = process({ candidates: [answered, soon, hired] });
const solkraft = process({ id: "p-solkraft", title: "Säljare", candidates: [late] });

function services(processes: readonly Process[], over: Partial<OverviewServices> = {}) {
  const calls = { opened: [] as unknown[], mails: [] as unknown[], notified: [] as unknown[] };
  const value: OverviewServices = {
    layout: "pane",
    processes: createStore(() => ({ processes, status: "ready" })) as unknown as ProcessesStoreApi,
    settings: createStore(() => ({ settings })) as unknown as SettingsStoreApi,
    outbox: createStore(() => ({})) as unknown as OutboxStatusStoreApi,
    overview: createOverviewStore(),
    openCandidate: (ref) => void calls.opened.push(ref),
    openLatestMail: async (ref) => {
      calls.mails.push(ref);
      return ok(undefined);
    },
    notify: (m) => void calls.notified.push(m),
    ...over,
  };
  return { value, calls };
}

const show = (view: JSX.Element, value: OverviewServices, language: "sv" | "en" = "sv") =>
  render(
    <LanguageProvider language={language}>
      <OverviewContext.Provider value={value}>{view}</OverviewContext.Provider>
    </LanguageProvider>,
  );

const names = () => screen.getAllByTestId("row-name").map((n) => n.textContent);

describe("the overview: everyone in every process, most urgent first", () => {
  it("puts the overdue candidate on top, says how late in words, and counts who is late", () => {
    const { value } = services([nordbank, solkraft]);
    show(<CandidatesView />, value);
    expect(names()).toEqual(["Björn Ekdahl", "Chidi Jönsson", "Li Wei"]);
    const first = screen.getAllByTestId("overview-row")[0]!;
    expect(within(first).getByTestId("row-clock").textContent).toBe("2 dagar för sent");
    expect(within(first).getByText("Säljare · Urval")).toBeTruthy();
    expect(screen.getByTestId("overview-count").textContent).toBe("3 kandidater, 1 försenad");
  });

  it("says 1 dag, not 1 dagar, and speaks English to an English-speaking recruiter", () => {
    const tomorrow = person("c-one", "Sofia Lindqvist", "applied", { contacts: [applied(ago(8.9))] });
    const { value } = services([process({ candidates: [tomorrow] })]);
    show(<CandidatesView />, value, "en");
    expect(screen.getByTestId("row-clock").textContent).toBe("1 day left");
    expect(screen.getByTestId("overview-count").textContent).toBe("1 candidate, none overdue");
  });

  it("filters by process and by stage, and says so when no one matches", () => {
    const { value } = services([nordbank, solkraft]);
    show(<CandidatesView />, value);
    fireEvent.change(screen.getByTestId("filter-process"), { target: { value: "p-solkraft" } });
    expect(names()).toEqual(["Björn Ekdahl"]);
    fireEvent.change(screen.getByTestId("filter-stage"), { target: { value: "offer" } });
    expect(screen.getByTestId("overview-empty").textContent).toBe("Ingen kandidat matchar filtret.");
  });

  it("opens the candidate on a click, and their latest mail from the envelope", async () => {
    const { value, calls } = services([nordbank, solkraft]);
    show(<CandidatesView />, value);
    fireEvent.click(screen.getAllByTestId("row-open")[0]!);
    expect(calls.opened).toEqual([{ processId: "p-solkraft", candidateId: "c-bjorn" }]);
    fireEvent.click(screen.getByRole("button", { name: "Öppna senaste meddelandet från Björn Ekdahl" }));
    await act(async () => {});
    expect(calls.mails).toEqual([{ processId: "p-solkraft", candidateId: "c-bjorn" }]);
  });

  it("says why a latest mail cannot be opened", async () => {
    const noMail = appError("candidate-no-mail", "Inget meddelande", "No mail");
    const { value, calls } = services([solkraft], { openLatestMail: async () => err(noMail) });
    show(<CandidatesView />, value);
    fireEvent.click(screen.getByTestId("row-mail"));
    await act(async () => {});
    expect(calls.notified).toEqual([{ kind: "error", error: noMail }]);
  });

  it("renders a screenful of 10,000 candidates, not all of them, and tells screen readers the size", () => {
    const many = Array.from({ length: 10_000 }, (_, i) =>
      person(`c-${i}`, `Kandidat ${i}`, "applied", { contacts: [applied(ago((i % 9) + 0.5))] }),
    );
    const { value } = services([process({ candidates: many })]);
    show(<CandidatesView />, value);
    const rows = screen.getAllByRole("listitem");
    expect(rows.length).toBeLessThan(40);
    expect(rows[0]!.getAttribute("aria-setsize")).toBe("10000");
    expect(screen.getByTestId("overview-count").textContent).toBe("10\u00a0000 kandidater, ingen försenad");
  });

  it("says when no one is waiting at all", () => {
    const { value } = services([]);
    show(<CandidatesView />, value);
    expect(screen.getByTestId("overview-empty").textContent).toBe("Ingen kandidat väntar i någon process.");
  });
});

describe("the pipeline: one process by stage, as the recruiting system shows it", () => {
  it("groups everyone by stage in the process's order with counts, the closed ones behind a toggle", () => {
    const { value } = services([nordbank, solkraft]);
    show(<PipelineView />, value);
    const headings = () => screen.getAllByTestId("pipeline-heading").map((h) => h.textContent);
    expect(headings()).toEqual([
      "Ansökt (2)",
      "Urval (0)",
      "Intervju (0)",
      "Slutintervju (0)",
      "Erbjudande (0)",
    ]);
    expect(screen.getByTestId("pipeline-count").textContent).toBe("2 kandidater i processen");
    const toggle = screen.getByTestId("pipeline-closed-toggle");
    expect(toggle.textContent).toBe("Visa avslutade (1)");
    expect(toggle.getAttribute("aria-expanded")).toBe("false");
    fireEvent.click(toggle);
    expect(headings()).toContain("Anställd (1)");
    expect(names()).toContain("Karin Ström");
  });

  it("shows another process when picked", () => {
    const { value } = services([nordbank, solkraft]);
    show(<PipelineView />, value);
    fireEvent.change(screen.getByTestId("pipeline-process"), { target: { value: "p-solkraft" } });
    expect(names()).toEqual(["Björn Ekdahl"]);
    expect(screen.getByTestId("row-clock").getAttribute("data-phase")).toBe("overdue");
  });
});
