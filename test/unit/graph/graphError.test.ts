import { graphErrorFromResponse, offlineError } from "../../../src/graph/graphError";

const headers = (h: Record<string, string> = {}) => new Headers(h);
const graphBody = (code: string, message = "") => ({ error: { code, message } });

describe("Graph errors as values the recruiter can act on", () => {
  it.each([
    [401, "graph-auth-needed", true],
    [404, "graph-not-found", false],
    [409, "graph-conflict", false],
    [412, "graph-conflict", false],
    [429, "graph-throttled", true],
    [503, "graph-throttled", true],
    [504, "graph-throttled", true],
    [507, "onenote-section-full", false],
    [500, "graph-server-error", true],
    [400, "graph-request-rejected", false],
  ])("maps %i to %s (retryable: %s) with words in Swedish and English", (status, code, retryable) => {
    const error = graphErrorFromResponse(status, graphBody("x"), headers({ "request-id": "r-1" }), 0);
    expect(error).toMatchObject({ code, retryable, status, requestId: "r-1" });
    expect(error.message.sv.length).toBeGreaterThan(10);
    expect(error.message.en.length).toBeGreaterThan(10);
    expect(error.message.sv).not.toEqual(error.message.en);
  });

  it("names the missing permission when Graph says which one", () => {
    const body = graphBody(
      "Forbidden",
      "Missing scope permissions on the request. API requires one of 'Notes.ReadWrite, Notes.ReadWrite.All'.",
    );
    const error = graphErrorFromResponse(403, body, headers(), 0);
    expect(error).toMatchObject({
      code: "graph-forbidden",
      missingPermission: "Notes.ReadWrite",
      retryable: false,
    });
    expect(error.message.sv).toContain("Notes.ReadWrite");
    expect(error.message.en).toContain("Notes.ReadWrite");
  });

  it("still explains a 403 that names no permission", () => {
    const error = graphErrorFromResponse(
      403,
      graphBody("ErrorAccessDenied", "Access is denied."),
      headers(),
      0,
    );
    expect(error.missingPermission).toBeUndefined();
    expect(error.message.en).toMatch(/administrator/);
  });

  it("carries Retry-After in milliseconds, from seconds or from a date", () => {
    expect(graphErrorFromResponse(429, {}, headers({ "retry-after": "12" }), 0).retryAfterMs).toBe(12_000);
    const now = Date.parse("2026-11-25T10:00:00Z");
    const at = headers({ "retry-after": "Wed, 25 Nov 2026 10:00:30 GMT" });
    expect(graphErrorFromResponse(503, {}, at, now).retryAfterMs).toBe(30_000);
    expect(graphErrorFromResponse(429, {}, headers(), 0).retryAfterMs).toBeUndefined();
  });

  it("keeps Graph's error code for support but not the body, which may quote a candidate", () => {
    const body = { error: { code: "ErrorInvalidRecipients", message: "asa.oberg@example.se is not valid" } };
    const error = graphErrorFromResponse(400, body, headers(), 0);
    expect(error.cause).toMatchObject({ graphCode: "ErrorInvalidRecipients" });
    expect(JSON.stringify(error)).not.toContain("asa.oberg");
  });

  it("calls a dropped connection offline and retryable", () => {
    expect(offlineError(new TypeError("fetch failed"))).toMatchObject({
      code: "graph-offline",
      retryable: true,
    });
  });
});
