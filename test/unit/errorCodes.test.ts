// The error codes are one union across the layers (src/domain/errorCodes.ts): this file is type
// checked by `npx tsc -p .`, so the @ts-expect-error lines fail the build if an unknown code is
// ever accepted again.
import { appError, isRetryable, type AppError, type ErrorCode } from "../../src/domain";
import { isConflict, isNotFound } from "../../src/graph/graphError";
import { hostErrors } from "../../src/host/hostErrors";
import { isNotSaved, outboxFull, storageError } from "../../src/sync/outboxErrors";

const error = (code: ErrorCode, extra: Partial<AppError> = {}): AppError => appError(code, "", "", extra);

describe("every error a recruiter can see has a code the compiler knows", () => {
  it("rejects a code no layer declared", () => {
    // @ts-expect-error: "graph-not-fuond" is no layer's code
    const misspelt = appError("graph-not-fuond", "", "");
    // @ts-expect-error: a code compared against must be a known one too
    const compared = (e: AppError) => e.code === "no-such-code";
    expect(misspelt.code).toBe("graph-not-fuond");
    expect(compared(misspelt)).toBe(false);
  });

  it("knows the codes each layer makes, the newest host ones included", () => {
    const codes: ErrorCode[] = [
      "invalid-email",
      "graph-not-found",
      "outbox-unavailable",
      "sync-conflict",
      "auth-cancelled",
      "host-teams-unavailable",
      "host-cannot-open-message",
      "connect-failed",
    ];
    expect(hostErrors.teamsUnavailable(null).code).toBe("host-teams-unavailable");
    expect(hostErrors.cannotOpenMessage().code).toBe("host-cannot-open-message");
    expect(new Set(codes).size).toBe(codes.length);
  });
});

describe("the questions asked of an error have one answer each", () => {
  it("tells a thing gone from Microsoft 365 from any other failure", () => {
    expect(isNotFound(error("graph-not-found"))).toBe(true);
    expect(isNotFound(error("process-not-found"))).toBe(false);
  });

  it("calls both Graph's clash and a document's stale ETag a conflict", () => {
    expect(isConflict(error("graph-conflict"))).toBe(true);
    expect(isConflict(error("conflict"))).toBe(true);
    expect(isConflict(error("sync-conflict"))).toBe(false);
  });

  it("says a change is not saved when the outbox could not keep it", () => {
    expect(isNotSaved(outboxFull(new Error("full")))).toBe(true);
    expect(isNotSaved(storageError({ name: "SecurityError" }))).toBe(true);
    expect(isNotSaved(error("graph-offline"))).toBe(false);
  });

  it("tries again only what says it may succeed later", () => {
    expect(isRetryable(error("graph-throttled", { retryable: true }))).toBe(true);
    expect(isRetryable(error("graph-forbidden", { retryable: false }))).toBe(false);
    expect(isRetryable(error("required"))).toBe(false);
    expect(isRetryable(undefined)).toBe(false);
  });
});
