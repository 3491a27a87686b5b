/** @jest-environment jsdom */
// A candidate asks what the firm holds about them: Maja clicks "Exportera (registerutdrag)" on their
// card and gets both files to download, with word of where OneDrive keeps the copy — or, when
// Microsoft 365 cannot be read, the reason and no file.
import { act, fireEvent, render, screen } from "@testing-library/react";
import { err, ok, type AppError } from "../../../src/domain/result";
import { LanguageProvider } from "../../../src/ui/common/LanguageContext";
import { ExportCandidate } from "../../../src/ui/taskpane/ExportCandidate";
import { PaneContext, type PaneExport, type PaneServices } from "../../../src/ui/taskpane/paneContext";

const ref = { processId: "p-nordbank", candidateId: "c-asa" };
const files = [
  { name: "svara-export-asa-oberg-2026-11-29.html", type: "text/html", content: "<p>Åsa</p>" },
  { name: "svara-export-asa-oberg-2026-11-29.json", type: "application/json", content: "{}" },
];
const failed: AppError = {
  code: "export-read-failed",
  message: { sv: "Registerutdraget gjordes inte: OneNote.", en: "The export was not made: OneNote." },
};

// Fluent's MessageBar measures itself; jsdom has no ResizeObserver (nor Blob URLs: counted here).
beforeAll(() => {
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
});

let urls: string[];
beforeEach(() => {
  urls = [];
  URL.createObjectURL = () => {
    urls.push(`blob:svara/${urls.length}`);
    return urls.at(-1)!;
  };
  URL.revokeObjectURL = jest.fn();
});

function show(answer: PaneExport | AppError) {
  const notified: unknown[] = [];
  const asked: unknown[] = [];
  const pane = {
    exportCandidate: async (r: unknown, language: unknown) => {
      asked.push([r, language]);
      return "files" in answer ? ok(answer) : err(answer);
    },
    notify: (m: unknown) => notified.push(m),
  } as unknown as PaneServices;
  render(
    <LanguageProvider language="sv">
      <PaneContext.Provider value={pane}>
        <ExportCandidate candidate={ref} name="Åsa Öberg" />
      </PaneContext.Provider>
    </LanguageProvider>,
  );
  return { notified, asked };
}

const click = () =>
  act(async () => void fireEvent.click(screen.getByRole("button", { name: "Exportera (registerutdrag)" })));

describe("the export on the candidate card", () => {
  it("offers both files as downloads under file-safe names and says where OneDrive keeps them", async () => {
    const { asked } = show({ files, saved: ok([{ path: "exports/x.html", webUrl: "https://od/x.html" }]) });
    await click();
    expect(asked).toEqual([[ref, "sv"]]);
    const links = screen.getAllByTestId("export-download") as HTMLAnchorElement[];
    expect(links.map((a) => [a.textContent, a.getAttribute("download"), a.getAttribute("href")])).toEqual([
      [`Ladda ned ${files[0]!.name}`, files[0]!.name, "blob:svara/0"],
      [`Ladda ned ${files[1]!.name}`, files[1]!.name, "blob:svara/1"],
    ]);
    screen.getByText("Utdraget för Åsa Öberg är klart.");
    screen.getByText(/sparade i din OneDrive, i mappen Appar\/Svara\/exports/);
    expect(screen.getByRole("link", { name: "Öppna utdraget i OneDrive" }).getAttribute("href")).toBe(
      "https://od/x.html",
    );
  });

  it("still offers the files when OneDrive would not keep them, and says so", async () => {
    const notSaved: AppError = {
      code: "export-save-failed",
      message: { sv: "Kunde inte sparas i OneDrive.", en: "" },
    };
    show({ files, saved: err(notSaved) });
    await click();
    expect(screen.getAllByTestId("export-download")).toHaveLength(2);
    screen.getByText("Kunde inte sparas i OneDrive.");
  });

  it("shows why when Microsoft 365 could not be read, and offers no file", async () => {
    const { notified } = show(failed);
    await click();
    expect(notified).toEqual([{ kind: "error", error: failed }]);
    expect(screen.queryAllByTestId("export-download")).toEqual([]);
    expect(urls).toEqual([]);
  });
});
