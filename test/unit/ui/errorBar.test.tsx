/** @jest-environment jsdom */
import { render, screen } from "@testing-library/react";
import { appError } from "../../../src/domain";
import { ErrorBar } from "../../../src/ui/common/ErrorBar";
import { LanguageProvider } from "../../../src/ui/common/LanguageContext";

describe("an error the recruiter can take to support", () => {
  it("shows Graph's request id under the message, so support can find the request", () => {
    const error = {
      ...appError("graph-server-error", "Microsoft 365 svarade inte.", "Microsoft 365 did not answer."),
      requestId: "9f1c2d3e-req",
    };
    render(
      <LanguageProvider language="sv">
        <ErrorBar error={error} />
      </LanguageProvider>,
    );
    expect(screen.getByText("Microsoft 365 svarade inte.", { exact: false })).toBeTruthy();
    expect(screen.getByTestId("support-id").textContent).toBe("Id för support: 9f1c2d3e-req");
  });

  it("shows no support line for an error that never reached Microsoft 365", () => {
    render(
      <LanguageProvider language="en">
        <ErrorBar error={appError("invalid-email", "Ogiltig e-post.", "Invalid email.")} />
      </LanguageProvider>,
    );
    expect(screen.queryByTestId("support-id")).toBeNull();
  });
});
