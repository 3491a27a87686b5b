import fc from "fast-check";
import {
  backoffDelay,
  decideRetry,
  DEFAULT_RETRY,
  isIdempotent,
  parseRetryAfter,
} from "../../../src/graph/retryPolicy";

describe("the retry policy", () => {
  it("reads Retry-After as seconds or as an HTTP date, and ignores nonsense", () => {
    expect(parseRetryAfter("2", 0)).toBe(2000);
    expect(parseRetryAfter(" 0 ", 0)).toBe(0);
    expect(parseRetryAfter("Wed, 25 Nov 2026 10:00:05 GMT", Date.parse("2026-11-25T10:00:00Z"))).toBe(5000);
    expect(parseRetryAfter("Wed, 25 Nov 2026 09:00:00 GMT", Date.parse("2026-11-25T10:00:00Z"))).toBe(0);
    expect(parseRetryAfter("soon", 0)).toBeUndefined();
    expect(parseRetryAfter(null, 0)).toBeUndefined();
  });

  it("keeps backoff within its growing ceiling, never above the cap", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }),
        fc.double({ min: 0, max: 0.9999999, noNaN: true }),
        (attempt, r) => {
          const delay = backoffDelay(attempt, DEFAULT_RETRY, () => r);
          const ceiling = Math.min(DEFAULT_RETRY.maxDelayMs, DEFAULT_RETRY.baseDelayMs * 2 ** (attempt - 1));
          return delay >= 0 && delay < ceiling;
        },
      ),
    );
  });

  it("treats POST and PATCH as unsafe to repeat unless the adapter says otherwise", () => {
    expect(["GET", "PUT", "DELETE", "get"].map((m) => isIdempotent(m))).toEqual([true, true, true, true]);
    expect(isIdempotent("POST")).toBe(false);
    expect(isIdempotent("PATCH")).toBe(false);
    expect(isIdempotent("POST", true)).toBe(true);
    expect(isIdempotent("GET", false)).toBe(false);
  });

  it("retries only throttling, unavailability and lost connections", () => {
    const decide = (status: number | "network") =>
      decideRetry({ status, attempt: 1, idempotent: true, retryAfter: "1" }, DEFAULT_RETRY, 0, () => 0).retry;
    expect([429, 503, 504, "network" as const].map(decide)).toEqual([true, true, true, true]);
    expect([200, 400, 401, 404, 409, 412, 500, 507].map(decide)).toEqual(Array(8).fill(false));
  });

  it("never retries past the last attempt", () => {
    const outcome = { status: 429, attempt: DEFAULT_RETRY.maxAttempts, idempotent: true, retryAfter: "1" };
    expect(decideRetry(outcome, DEFAULT_RETRY, 0, () => 0)).toEqual({ retry: false });
  });
});
