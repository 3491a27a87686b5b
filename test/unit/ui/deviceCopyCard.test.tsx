/** @jest-environment jsdom */
import { render, screen } from "@testing-library/react";
import type { HostItem } from "../../../src/host/host";
import { createItemStore } from "../../../src/state/itemStore";
import { LanguageProvider } from "../../../src/ui/common/LanguageContext";
import type { DeviceCopy } from "../../../src/ui/taskpane/DeviceCopyCard";
import { TaskPane } from "../../../src/ui/taskpane/TaskPane";
import { applied, candidate, process, settings } from "../domain/fixtures";

const me = "maja.lind@svara-demo.se";
const mailFrom = (name: string, email: string): HostItem => ({
  kind: "message-read",
  restId: "AAMk1",
  conversationId: null,
  subject: "Ansökan",
  from: { name, email },
  to: [{ name: "Maja Lind", email: me }],
  cc: [],
});
const copy: DeviceCopy = {
  processes: [process({ candidates: [candidate({ contacts: [applied("2026-11-03T09:12:00.000Z")] })] })],
  settings,
  me,
};

function paneBeforeConnection(item: HostItem, deviceCopy: DeviceCopy | null) {
  const items = createItemStore();
  items.getState().showItem(item);
  render(
    <LanguageProvider language="sv">
      <TaskPane
        items={items}
        onRetry={() => undefined}
        connected={null}
        connectError={null}
        onReconnect={() => undefined}
        notice={null}
        deviceCopy={deviceCopy}
      />
    </LanguageProvider>,
  );
}

describe("opening the pane again on the same device, before Microsoft 365 is reached", () => {
  it("shows the candidate's card from this device's copy while it connects", () => {
    paneBeforeConnection(mailFrom("Åsa", "asa.oberg@example.se"), copy);
    expect(screen.getByTestId("candidate-name").textContent).toContain("Åsa Öberg");
    expect(screen.getByText("Ansluter", { exact: false })).toBeTruthy();
    expect(screen.getByRole("main").getAttribute("data-connected")).toBe("false");
  });

  it("offers nothing to type before the connection, so no note waits on a queue that is not there", () => {
    paneBeforeConnection(mailFrom("Åsa", "asa.oberg@example.se"), copy);
    expect(screen.queryByRole("textbox")).toBeNull();
  });

  it("shows only the mail for a sender this device does not know, as on a first start", () => {
    paneBeforeConnection(mailFrom("Okänd Person", "okand@example.se"), copy);
    expect(screen.queryByTestId("candidate-name")).toBeNull();
    expect(screen.getByText("Ansökan", { exact: false })).toBeTruthy();
  });

  it("shows only the mail on the first start on a device (no copy yet)", () => {
    paneBeforeConnection(mailFrom("Åsa", "asa.oberg@example.se"), null);
    expect(screen.queryByTestId("candidate-name")).toBeNull();
  });
});
