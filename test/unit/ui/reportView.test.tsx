/** @jest-environment jsdom */
import { fireEvent, render, screen, within } from "@testing-library/react";
import { ok } from "../../../src/domain";
import { createOutboxStatusStore } from "../../../src/state/outboxStatusStore";
import { createOverviewStore } from "../../../src/state/overviewStore";
import { createProcessesStore } from "../../../src/state/processesStore";
import { createSettingsStore } from "../../../src/state/settingsStore";
import type { Language } from "../../../src/domain";
import { LanguageProvider } from "../../../src/ui/common/LanguageContext";
import { OverviewContext, type OverviewServices } from "../../../src/ui/overview/overviewServices";
import ReportView from "../../../src/ui/overview/ReportView";
import { applied, candidate, mailIn, mailOut, process } from "../domain/fixtures";

// The view reads the real clock (useNow), so the stories are told relative to it.
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();

function services(): OverviewServices {
  const processes = createProcessesStore({
    dispatch: jest.fn(),
    refresh: jest.fn(),
  } as unknown as Parameters<typeof createProcessesStore>[0]);
  processes.setState({
    status: "ready",
    processes: [
      process({
        candidates: [
          // Answered after 2 days, after 12 days (late), and one waiting 11 days: overdue now.
          candidate({ id: "c-asa", contacts: [applied(daysAgo(20)), mailOut(daysAgo(18))] }),
          candidate({ id: "c-olof", contacts: [applied(daysAgo(30)), mailOut(daysAgo(18))] }),
          candidate({ id: "c-bjorn", contacts: [mailIn(daysAgo(11))] }),
        ],
      }),
      process({ id: "p-kista", title: "Supporttekniker", organisation: "Kista IT", candidates: [] }),
    ],
  });
  const roaming = { get: () => undefined, set: async () => ok(undefined) };
  return {
    layout: "pane",
    processes,
    settings: createSettingsStore(roaming as never, "sv-SE"),
    outbox: createOutboxStatusStore({ retry: jest.fn(), resume: jest.fn(), discard: jest.fn() } as never),
    overview: createOverviewStore(),
    openCandidate: jest.fn(),
    openLatestMail: jest.fn(),
    notify: jest.fn(),
  };
}

function show(language: Language, overview = services()) {
  render(
    <LanguageProvider language={language}>
      <OverviewContext.Provider value={overview}>
        <ReportView />
      </OverviewContext.Provider>
    </LanguageProvider>,
  );
  return overview;
}

const cellsOf = (row: HTMLElement) =>
  within(row)
    .getAllByRole("cell")
    .map((c) => c.textContent);

describe("the report in the pane: is the promise kept?", () => {
  it("gives a screen reader the figures per process as a table with a caption and headers", () => {
    show("sv");
    const table = screen.getByRole("table", { name: /Svarstider per process/ });
    expect(
      within(table)
        .getAllByRole("columnheader")
        .map((h) => h.textContent),
    ).toEqual([
      "Process",
      "Inom svarstiden",
      "Avgjorda",
      "Hälften fick svar inom",
      "9 av 10 fick svar inom",
      "Svarade för sent",
      "Försenade nu",
    ]);
    const nordbank = within(table).getByRole("row", { name: /Backend-utvecklare – Nordbank/ });
    expect(cellsOf(nordbank)).toEqual(["33\u00a0%", "3", "2,0 dagar", "12,0 dagar", "1", "1"]);
    // A process with nothing decided says so in words, not with a bare dash.
    const kista = within(table).getByRole("row", { name: /Supporttekniker – Kista IT/ });
    expect(cellsOf(kista)).toEqual(["–inget underlag", "0", "–inget underlag", "–inget underlag", "0", "0"]);
    expect(cellsOf(within(table).getByRole("row", { name: /Totalt/ }))[1]).toBe("3");
  });

  it("says it in plain sentences: how many in time, half and 9 of 10 within how many days, who is late", () => {
    show("sv");
    const summary = screen.getByTestId("report-summary");
    expect(summary.textContent).toContain("33\u00a0% fick svar inom svarstiden (1 av 3).");
    expect(summary.textContent).toContain("Hälften fick svar inom 2,0 dagar.");
    expect(summary.textContent).toContain("9 av 10 fick svar inom 12,0 dagar.");
    expect(summary.textContent).toContain("1 kandidat är försenad nu.");
    expect(summary.textContent).toContain("Vi svarade för sent till 1 kandidat.");
  });

  it("shows an English-speaking recruiter the last 4 weeks week by week", () => {
    const overview = show("en");
    fireEvent.change(screen.getByLabelText("Period"), { target: { value: "4w" } });
    fireEvent.change(screen.getByLabelText("Show by"), { target: { value: "week" } });
    expect(overview.overview.getState()).toMatchObject({ reportPeriod: "4w", reportGrouping: "week" });
    const table = screen.getByRole("table", { name: "Answer times by the week the wait began" });
    const weeks = within(table).getAllByRole("rowheader");
    expect(weeks).toHaveLength(4);
    expect(weeks[0]!.textContent).toMatch(/^Week \d{1,2}, \d{1,2} [A-Z][a-z]{2}$/);
    // Olof's wait began 30 days ago: outside the last 4 weeks, so nobody was answered late.
    expect(screen.getByTestId("report-summary").textContent).toContain("We have answered no one late.");
  });

  it("keeps the 320 px pane to the table: no chart is loaded there", () => {
    show("sv");
    expect(screen.queryByTestId("report-chart")).toBeNull();
    expect(screen.getByRole("region", { name: /Svarstider per process/ }).tabIndex).toBe(0);
  });
});
