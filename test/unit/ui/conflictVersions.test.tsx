/** @jest-environment jsdom */
import { render, screen } from "@testing-library/react";
import { LanguageProvider } from "../../../src/ui/common/LanguageContext";
import { ConflictVersions } from "../../../src/ui/taskpane/ConflictVersions";

describe("a change Svara could not merge", () => {
  it("shows the recruiter's version beside Microsoft 365's, and says when a candidate is gone", async () => {
    render(
      <LanguageProvider language="sv">
        <ConflictVersions
          versions={{
            local: {
              candidate: {
                name: "Åsa Öberg",
                stageId: "interview",
                phone: "+46701234567",
                emails: ["asa@example.se"],
              },
            },
            remote: { candidate: null, etag: "W/1" },
          }}
        />
      </LanguageProvider>,
    );
    // Until the formatter has loaded (after first paint), the stored number; then as the card writes it.
    expect(screen.getByText(/Din version: .* \+46701234567 /)).toBeTruthy();
    expect(
      await screen.findByText(/Din version: Åsa Öberg · interview · 070-123 45 67 · asa@example.se/),
    ).toBeTruthy();
    expect(screen.getByText(/I Microsoft 365: finns inte längre/)).toBeTruthy();
  });

  it("speaks English to an English-speaking recruiter", () => {
    render(
      <LanguageProvider language="en">
        <ConflictVersions
          versions={{ local: null, remote: { candidate: { name: "Li Wei", stageId: "applied" } } }}
        />
      </LanguageProvider>,
    );
    expect(screen.getByText("Show both versions")).toBeTruthy();
    expect(screen.getByText(/Your version: no longer exists/)).toBeTruthy();
    expect(screen.getByText(/In Microsoft 365: Li Wei · applied/)).toBeTruthy();
  });
});
