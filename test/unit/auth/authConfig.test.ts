import { validateAuthConfig } from "../../../src/auth/authConfig";
import { createDevTokenProvider, DEV_TOKEN } from "../../../src/auth/tokenProvider";
import { OPTIONAL_SCOPES, REQUIRED_SCOPES, requiredScopeNames } from "../../../src/auth/scopes";

const good = {
  clientId: "6BA7BC0F-EA86-4499-8049-A2A6BB729AAE",
  authority: "https://login.microsoftonline.com/common/",
  graphBaseUrl: "https://graph.microsoft.com/v1.0/",
  redirectUri: "brk-multihub://svara.example",
};

describe("the app registration config", () => {
  it("accepts a complete config and trims trailing slashes", () => {
    expect(validateAuthConfig(good)).toEqual({
      ok: true,
      value: {
        ...good,
        authority: "https://login.microsoftonline.com/common",
        graphBaseUrl: "https://graph.microsoft.com/v1.0",
      },
    });
  });

  it("accepts the emulator on this machine over plain http", () => {
    expect(validateAuthConfig({ ...good, graphBaseUrl: "http://127.0.0.1:4010/v1.0" }).ok).toBe(true);
  });

  it.each([
    ["clientId", { clientId: "not-a-guid" }],
    ["clientId", { clientId: undefined }],
    ["authority", { authority: "http://login.microsoftonline.com/common" }],
    ["graphBaseUrl", { graphBaseUrl: "http://graph.example.com/v1.0" }],
    ["graphBaseUrl", { graphBaseUrl: "" }],
    ["redirectUri", { redirectUri: "ftp://svara.example" }],
  ])("names the broken field (%s) in both languages", (field, patch) => {
    const result = validateAuthConfig({ ...good, ...patch });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({ code: "auth-config-invalid", field, retryable: false });
    expect(result.error.message.sv).toMatch(/felkonfigurerat/);
    expect(result.error.message.en).toMatch(/misconfigured/);
  });
});

describe("scopes", () => {
  it("always include a resource scope and never ask to send mail or read all notebooks", () => {
    const names = requiredScopeNames();
    expect(names).toContain("User.Read");
    expect(names).not.toEqual(expect.arrayContaining(["Mail.Send"]));
    expect(names.some((n) => n.endsWith(".All"))).toBe(false);
    expect(names).not.toContain("openid");
  });

  it("give a reason for every scope", () => {
    for (const s of [...REQUIRED_SCOPES, ...OPTIONAL_SCOPES]) expect(s.why.length).toBeGreaterThan(10);
  });
});

describe("the dev token provider", () => {
  it("hands the emulator a fixed token", async () => {
    await expect(createDevTokenProvider().getToken()).resolves.toEqual({ ok: true, value: DEV_TOKEN });
  });
});
