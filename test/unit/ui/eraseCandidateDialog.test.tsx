/** @jest-environment jsdom */
// Erasing a candidate from their card: the dialog says what goes and what stays, Cancel queues
// nothing, "Radera" queues one erasure — with her mails only when she ticked the box.
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { ok } from "../../../src/domain";
import type { MessageKey } from "../../../src/i18n/catalogue";
import { paneEraser } from "../../../src/state/eraseCandidate";
import type { Command } from "../../../src/sync/commands";
import { LanguageProvider } from "../../../src/ui/common/LanguageContext";
import { EraseCandidateSection } from "../../../src/ui/taskpane/EraseCandidateSection";
import { PaneContext, type PaneServices } from "../../../src/ui/taskpane/paneContext";
import { candidate, process } from "../domain/fixtures";

beforeAll(() => {
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
});

const asa = candidate({ id: "c-asa", name: "Åsa Öberg-Ñúñez", emails: ["asa.nunez@example.se"] });
const nordbank = process({ candidates: [asa] });

function show(language: "sv" | "en" = "sv") {
  const sent: Command[] = [];
  const notices: { kind: string; message?: MessageKey }[] = [];
  const pane = {
    erase: paneEraser({
      dispatch: async (c) => {
        sent.push(c);
        return ok(null);
      },
      stamp: () => ({ id: `erase-${sent.length + 1}`, createdAt: "2026-11-24T15:00:00.000Z" }),
      commands: () => ({}),
      cancel: async () => ok(undefined),
      forgetNoteDraft: () => undefined,
      me: () => "maja.lind@svara-demo.se",
    }),
    notify: (n: { kind: string; message?: MessageKey }) => notices.push(n),
  } as unknown as PaneServices;
  render(
    <LanguageProvider language={language}>
      <PaneContext.Provider value={pane}>
        <EraseCandidateSection process={nordbank} candidate={asa} />
      </PaneContext.Provider>
    </LanguageProvider>,
  );
  return { sent, notices };
}

const openDialog = async (name: string) => {
  fireEvent.click(screen.getByRole("button", { name }));
  return screen.findByRole("alertdialog");
};

describe("erasing a candidate from the card", () => {
  it("says what will be erased, naming her, with her mails kept unless she ticks the box", async () => {
    show();
    const dialog = await openDialog("Radera kandidaten…");
    expect(dialog.textContent).toContain("Radera Åsa Öberg-Ñúñez?");
    expect(dialog.textContent).toContain("Svara raderar allt den har sparat om Åsa Öberg-Ñúñez:");
    expect(screen.getAllByRole("listitem").map((li) => li.textContent)).toEqual([
      "posten i processen och dess logg",
      "sidan i OneNote",
      "uppgifterna i To Do",
      expect.stringMatching(/^händelser i kalendern som Svara har skapat/),
      "Svaras osända utkast till dem",
      "registerutdrag om dem som sparats i OneDrive (Appar/Svara/exports)",
      expect.stringMatching(/^kopior på den här enheten/),
    ]);
    expect(dialog.textContent).toContain("ett kvitto utan personuppgifter");
    const box = screen.getByRole("checkbox", {
      name: "Radera även deras mejl (flyttas till Borttagna objekt)",
    }) as HTMLInputElement;
    expect(box.checked).toBe(false);
  });

  it("queues nothing when she cancels", async () => {
    const { sent, notices } = show();
    await openDialog("Radera kandidaten…");
    fireEvent.click(screen.getByRole("checkbox"));
    fireEvent.click(screen.getByRole("button", { name: "Avbryt" }));
    await waitFor(() => expect(screen.queryByRole("alertdialog")).toBeNull());
    expect(sent).toEqual([]);
    expect(notices).toEqual([]);
  });

  it("queues one erasure that keeps her mails when the box is left unticked, and says she is erased", async () => {
    const { sent, notices } = show();
    await openDialog("Radera kandidaten…");
    await act(async () => void fireEvent.click(screen.getByRole("button", { name: "Radera" })));
    expect(sent).toEqual([
      expect.objectContaining({
        type: "EraseCandidate",
        payload: {
          processId: nordbank.id,
          candidateId: "c-asa",
          deleteMails: false,
          by: "maja.lind@svara-demo.se",
        },
      }),
    ]);
    expect(notices).toEqual([{ kind: "saved", message: "erasure.erase.done" }]);
    expect(screen.queryByRole("alertdialog")).toBeNull();
  });

  it("queues one erasure that deletes her mails too when she ticks the box (in English)", async () => {
    const { sent } = show("en");
    const dialog = await openDialog("Erase candidate…");
    expect(dialog.textContent).toContain("Erase Åsa Öberg-Ñúñez?");
    fireEvent.click(
      screen.getByRole("checkbox", { name: "Also delete their mails (moved to Deleted Items)" }),
    );
    await act(async () => void fireEvent.click(screen.getByRole("button", { name: "Erase" })));
    expect(sent.map((c) => [c.type, c.payload])).toEqual([
      ["EraseCandidate", expect.objectContaining({ candidateId: "c-asa", deleteMails: true })],
    ]);
  });
});
