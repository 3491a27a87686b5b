import { appError, type ErrorCode } from "../../../src/domain";
import { classify, DEFAULT_BACKOFF, retryDelayMs, type SyncError } from "../../../src/sync/failurePolicy";

const e = (code: ErrorCode, extra: Partial<SyncError> = {}): SyncError => ({
  ...appError(code, "", ""),
  ...extra,
});

describe("what happens to a change that did not get through", () => {
  it.each([
    ["throttled (429)", "retry-later", e("graph-throttled", { status: 429, retryable: true })],
    ["unavailable (503)", "retry-later", e("graph-throttled", { status: 503, retryable: true })],
    ["offline", "retry-later", e("graph-offline", { retryable: true })],
    ["a 412 that kept coming back", "retry-later", e("sync-conflict-busy", { retryable: true })],
    ["MSAL busy", "retry-later", e("auth-busy", { retryable: true })],
    ["sign-in expired (401)", "pause-queue", e("graph-auth-needed", { status: 401, retryable: true })],
    ["interaction required", "pause-queue", e("auth-sign-in-needed", { retryable: true })],
    ["permission missing (403)", "failed", e("graph-forbidden", { status: 403, retryable: false })],
    ["invalid (validation)", "failed", e("rejection-reason-missing")],
    ["conflict that cannot merge", "failed", e("sync-conflict", { retryable: false })],
  ])("%s → %s", (_what, outcome, error) => {
    expect(classify(error)).toBe(outcome);
  });

  it("waits what Graph asked for, else backs off exponentially with jitter up to a ceiling", () => {
    expect(retryDelayMs(e("graph-throttled", { retryAfterMs: 7_000 }), 1, DEFAULT_BACKOFF, () => 0)).toBe(
      7_000,
    );
    const delays = [1, 2, 3, 4].map((n) => retryDelayMs(e("graph-throttled"), n, DEFAULT_BACKOFF, () => 0.5));
    expect(delays).toEqual([1_500, 3_000, 6_000, 12_000]);
    expect(retryDelayMs(e("graph-throttled"), 30, DEFAULT_BACKOFF, () => 0.999)).toBeLessThanOrEqual(
      DEFAULT_BACKOFF.maxMs,
    );
  });
});
