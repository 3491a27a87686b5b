import { appError } from "../../../src/domain";
import { classify, DEFAULT_BACKOFF, retryDelayMs, type SyncError } from "../../../src/sync/failurePolicy";

const e = (code: string, extra: Partial<SyncError> = {}): SyncError => ({
  ...appError(code, "", ""),
  ...extra,
});

describe("what happens to a change that did not get through", () => {
  it.each([
    ["throttled (429)", e("graph-throttled", { status: 429, retryable: true }), "retry-later"],
    ["unavailable (503)", e("graph-throttled", { status: 503, retryable: true }), "retry-later"],
    ["offline", e("graph-offline", { retryable: true }), "retry-later"],
    ["a 412 that kept coming back", e("sync-conflict-busy", { retryable: true }), "retry-later"],
    ["MSAL busy", e("auth-busy", { retryable: true }), "retry-later"],
    ["sign-in expired (401)", e("graph-auth-needed", { status: 401, retryable: true }), "pause-queue"],
    ["interaction required", e("auth-sign-in-needed", { retryable: true }), "pause-queue"],
    ["permission missing (403)", e("graph-forbidden", { status: 403, retryable: false }), "failed"],
    ["invalid (validation)", e("rejection-reason-missing"), "failed"],
    ["conflict that cannot merge", e("sync-conflict", { retryable: false }), "failed"],
  ])("%s → %s", (_what, error, outcome) => {
    expect(classify(error)).toBe(outcome);
  });

  it("waits what Graph asked for, else backs off exponentially with jitter up to a ceiling", () => {
    expect(retryDelayMs(e("x", { retryAfterMs: 7_000 }), 1, DEFAULT_BACKOFF, () => 0)).toBe(7_000);
    const delays = [1, 2, 3, 4].map((n) => retryDelayMs(e("x"), n, DEFAULT_BACKOFF, () => 0.5));
    expect(delays).toEqual([1_500, 3_000, 6_000, 12_000]);
    expect(retryDelayMs(e("x"), 30, DEFAULT_BACKOFF, () => 0.999)).toBeLessThanOrEqual(DEFAULT_BACKOFF.maxMs);
  });
});
