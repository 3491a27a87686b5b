import * as msal from "@azure/msal-browser";
import { createMsalTokenProvider } from "../../../src/auth/msalTokenProvider";
import { requiredScopeNames } from "../../../src/auth/scopes";
import type { AuthConfig } from "../../../src/auth/authConfig";
import { startAuth } from "../../../src/auth/startAuth";

// MSAL is replaced at the module boundary: these tests are about our flow, not MSAL's.
jest.mock("@azure/msal-browser", () => {
  class AuthError extends Error {
    constructor(public errorCode: string) {
      super(errorCode);
    }
  }
  class InteractionRequiredAuthError extends AuthError {}
  class BrowserAuthError extends AuthError {}
  return {
    AuthError,
    InteractionRequiredAuthError,
    BrowserAuthError,
    createNestablePublicClientApplication: jest.fn(),
    PublicClientApplication: { createPublicClientApplication: jest.fn() },
  };
});

const mocked = msal as jest.Mocked<typeof msal> & {
  BrowserAuthError: new (code: string) => Error;
  InteractionRequiredAuthError: new (code: string) => Error;
};

const config: AuthConfig = {
  clientId: "6ba7bc0f-ea86-4499-8049-a2a6bb729aae",
  authority: "https://login.microsoftonline.com/organizations",
  graphBaseUrl: "https://graph.microsoft.com/v1.0",
  redirectUri: "brk-multihub://svara.example",
};
const account = { homeAccountId: "h", username: "maja.lind@svara-demo.se" };

function fakePca() {
  let active: unknown = null;
  return {
    getActiveAccount: jest.fn(() => active),
    getAllAccounts: jest.fn(() => []),
    setActiveAccount: jest.fn((a: unknown) => {
      active = a;
    }),
    acquireTokenSilent: jest.fn(),
    acquireTokenPopup: jest.fn(),
  };
}

let pca: ReturnType<typeof fakePca>;
beforeEach(() => {
  jest.clearAllMocks();
  pca = fakePca();
  (mocked.createNestablePublicClientApplication as jest.Mock).mockResolvedValue(pca);
  (mocked.PublicClientApplication.createPublicClientApplication as jest.Mock).mockResolvedValue(pca);
});

describe("the MSAL token provider", () => {
  it("uses nested app auth when the host brokers tokens, and returns the silent token", async () => {
    pca.acquireTokenSilent.mockResolvedValue({ accessToken: "t-silent", account });
    const provider = createMsalTokenProvider({ config, supportsNaa: true });

    await expect(provider.getToken()).resolves.toEqual({ ok: true, value: "t-silent" });
    expect(mocked.createNestablePublicClientApplication).toHaveBeenCalledTimes(1);
    expect(mocked.PublicClientApplication.createPublicClientApplication).not.toHaveBeenCalled();
    expect(pca.acquireTokenPopup).not.toHaveBeenCalled();
    expect(pca.acquireTokenSilent.mock.calls[0]![0].scopes).toEqual(requiredScopeNames());
  });

  it("falls back to a plain PublicClientApplication where nested app auth is missing", async () => {
    pca.acquireTokenSilent.mockResolvedValue({ accessToken: "t", account });
    const provider = createMsalTokenProvider({ config, supportsNaa: false });

    await provider.getToken();
    expect(mocked.PublicClientApplication.createPublicClientApplication).toHaveBeenCalledWith(
      expect.objectContaining({ auth: expect.objectContaining({ clientId: config.clientId }) }),
    );
    expect(mocked.createNestablePublicClientApplication).not.toHaveBeenCalled();
  });

  it("opens the sign-in popup when MSAL says interaction is required, and remembers the account", async () => {
    pca.acquireTokenSilent.mockRejectedValue(new mocked.InteractionRequiredAuthError("consent_required"));
    pca.acquireTokenPopup.mockResolvedValue({ accessToken: "t-popup", account });
    const provider = createMsalTokenProvider({ config, supportsNaa: false });

    await expect(provider.getToken()).resolves.toEqual({ ok: true, value: "t-popup" });
    expect(pca.setActiveAccount).toHaveBeenCalledWith(account);

    pca.acquireTokenSilent.mockResolvedValue({ accessToken: "t-again", account });
    await provider.getToken();
    expect(pca.acquireTokenSilent.mock.calls[1]![0].account).toBe(account);
  });

  it("treats 'no account yet' as a reason to sign in, not as a failure", async () => {
    pca.acquireTokenSilent.mockRejectedValue(new mocked.BrowserAuthError("no_account_error"));
    pca.acquireTokenPopup.mockResolvedValue({ accessToken: "t-first", account });
    const provider = createMsalTokenProvider({ config, supportsNaa: false });

    await expect(provider.getToken()).resolves.toEqual({ ok: true, value: "t-first" });
  });

  it("tells the recruiter to allow pop-ups when the sign-in window is blocked", async () => {
    pca.acquireTokenSilent.mockRejectedValue(new mocked.InteractionRequiredAuthError("login_required"));
    pca.acquireTokenPopup.mockRejectedValue(new mocked.BrowserAuthError("popup_window_error"));
    const result = await createMsalTokenProvider({ config, supportsNaa: false }).getToken();

    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe("auth-popup-blocked");
    expect(result.error.message.sv).toMatch(/popup/i);
    expect(result.error.message.en).toMatch(/pop-ups/);
    expect(result.error.retryable).toBe(true);
  });

  it("does not open a sign-in window for background work, and says sign-in is needed", async () => {
    pca.acquireTokenSilent.mockRejectedValue(new mocked.InteractionRequiredAuthError("login_required"));
    const provider = createMsalTokenProvider({ config, supportsNaa: false });

    const background = await provider.getToken({ allowSignIn: false });

    expect(background).toMatchObject({ ok: false, error: { code: "auth-sign-in-needed", retryable: true } });
    expect(pca.acquireTokenPopup).not.toHaveBeenCalled();
  });

  it("opens one sign-in window for callers that need it at the same time", async () => {
    pca.acquireTokenSilent.mockRejectedValue(new mocked.InteractionRequiredAuthError("login_required"));
    pca.acquireTokenPopup.mockResolvedValue({ accessToken: "t-popup", account });
    const provider = createMsalTokenProvider({ config, supportsNaa: false });

    const results = await Promise.all([provider.getToken(), provider.getToken()]);

    expect(results).toEqual([
      { ok: true, value: "t-popup" },
      { ok: true, value: "t-popup" },
    ]);
    expect(pca.acquireTokenPopup).toHaveBeenCalledTimes(1);
  });

  it("says sign-in was cancelled when the recruiter closes the window", async () => {
    pca.acquireTokenSilent.mockRejectedValue(new mocked.InteractionRequiredAuthError("login_required"));
    pca.acquireTokenPopup.mockRejectedValue(new mocked.BrowserAuthError("user_cancelled"));
    const result = await createMsalTokenProvider({ config, supportsNaa: true }).getToken();

    expect(result).toMatchObject({ ok: false, error: { code: "auth-cancelled" } });
    if (!result.ok) expect(result.error.message.sv).toMatch(/avbröts/);
  });

  it("does not open a window for failures a sign-in cannot fix (offline)", async () => {
    pca.acquireTokenSilent.mockRejectedValue(new mocked.BrowserAuthError("no_network_connectivity"));
    const result = await createMsalTokenProvider({ config, supportsNaa: true }).getToken();

    expect(result).toMatchObject({ ok: false, error: { code: "auth-offline", retryable: true } });
    expect(pca.acquireTokenPopup).not.toHaveBeenCalled();
  });

  it("shares one token request between callers that ask at the same time", async () => {
    let release: (v: unknown) => void = () => undefined;
    pca.acquireTokenSilent.mockReturnValue(new Promise((r) => (release = r)));
    const provider = createMsalTokenProvider({ config, supportsNaa: true });

    const calls = [provider.getToken(), provider.getToken(), provider.getToken()];
    await Promise.resolve();
    release({ accessToken: "shared", account });

    expect(await Promise.all(calls)).toEqual(Array(3).fill({ ok: true, value: "shared" }));
    expect(pca.acquireTokenSilent).toHaveBeenCalledTimes(1);

    pca.acquireTokenSilent.mockResolvedValue({ accessToken: "later", account });
    await expect(provider.getToken()).resolves.toEqual({ ok: true, value: "later" });
  });

  it("fetches a new token when Graph refused the cached one, without joining a plain request", async () => {
    let release: (v: unknown) => void = () => undefined;
    pca.acquireTokenSilent.mockImplementation((req: { forceRefresh?: boolean }) =>
      req.forceRefresh
        ? Promise.resolve({ accessToken: "t-new", account })
        : new Promise((r) => (release = () => r({ accessToken: "t-cached", account }))),
    );
    const provider = createMsalTokenProvider({ config, supportsNaa: true });

    const plain = provider.getToken();
    const forced = await provider.getToken({ forceRefresh: true });
    release(undefined);

    expect(forced).toEqual({ ok: true, value: "t-new" });
    expect(await plain).toEqual({ ok: true, value: "t-cached" });
    expect(pca.acquireTokenSilent.mock.calls.map((c) => c[0].forceRefresh)).toEqual([false, true]);
  });

  it("never puts the token or MSAL's message into the error it returns", async () => {
    const leaky = new mocked.BrowserAuthError("unknown_thing");
    leaky.message = "secret-token-abc";
    pca.acquireTokenSilent.mockRejectedValue(leaky);
    const result = await createMsalTokenProvider({ config, supportsNaa: true }).getToken();

    expect(JSON.stringify(result)).not.toContain("secret-token-abc");
    expect(result).toMatchObject({ ok: false, error: { code: "auth-failed" } });
  });

  it("tries to start MSAL again after a failed start instead of failing forever", async () => {
    (mocked.createNestablePublicClientApplication as jest.Mock).mockRejectedValueOnce(new Error("boom"));
    pca.acquireTokenSilent.mockResolvedValue({ accessToken: "t", account });
    const provider = createMsalTokenProvider({ config, supportsNaa: true });

    expect((await provider.getToken()).ok).toBe(false);
    expect(await provider.getToken()).toEqual({ ok: true, value: "t" });
  });
});

describe("starting auth from the deployment's config", () => {
  it("stops at a bad config before MSAL is ever created", async () => {
    const started = startAuth({ ...config, clientId: "svara" }, { supportsNaa: true });
    expect(started).toMatchObject({ ok: false, error: { code: "auth-config-invalid", field: "clientId" } });
    expect(mocked.createNestablePublicClientApplication).not.toHaveBeenCalled();
  });

  it("asks for the categories scope only when the recruiter opted in", async () => {
    pca.acquireTokenSilent.mockResolvedValue({ accessToken: "t", account });
    for (const withOptionalScopes of [false, true]) {
      const started = startAuth(config, { supportsNaa: true, withOptionalScopes });
      if (!started.ok) throw new Error(started.error.code);
      await started.value.tokens.getToken();
    }
    const asked = pca.acquireTokenSilent.mock.calls.map((c) =>
      c[0].scopes.includes("MailboxSettings.ReadWrite"),
    );
    expect(asked).toEqual([false, true]);
  });
});

describe("only a click opens the sign-in window", () => {
  it("gives Graph tokens that never open a window, whatever a request asks for", async () => {
    pca.acquireTokenSilent.mockRejectedValue(new mocked.InteractionRequiredAuthError("login_required"));
    const started = startAuth(config, { supportsNaa: false });
    if (!started.ok) throw new Error(started.error.code);

    const asked = [undefined, { allowSignIn: true }, { allowSignIn: true, forceRefresh: true }];
    for (const request of asked) {
      await expect(started.value.tokens.getToken(request)).resolves.toMatchObject({
        ok: false,
        error: { code: "auth-sign-in-needed", retryable: true },
      });
    }
    expect(pca.acquireTokenPopup).not.toHaveBeenCalled();
  });

  it("opens the window at once on the recruiter's click, and Graph's next silent token works", async () => {
    pca.acquireTokenSilent.mockRejectedValue(new mocked.InteractionRequiredAuthError("login_required"));
    pca.acquireTokenPopup.mockResolvedValue({ accessToken: "t-popup", account });
    const started = startAuth(config, { supportsNaa: true });
    if (!started.ok) throw new Error(started.error.code);

    // No silent try first: it could outlast the click's activation and the window would be blocked.
    await expect(started.value.signIn()).resolves.toEqual({ ok: true, value: undefined });
    expect(pca.acquireTokenSilent).not.toHaveBeenCalled();
    expect(pca.setActiveAccount).toHaveBeenCalledWith(account);

    pca.acquireTokenSilent.mockResolvedValue({ accessToken: "t-silent", account });
    await expect(started.value.tokens.getToken()).resolves.toEqual({ ok: true, value: "t-silent" });
    expect(pca.acquireTokenPopup).toHaveBeenCalledTimes(1);
  });

  it("opens one window for a double click, and says why when the window was blocked", async () => {
    let release: (v: unknown) => void = () => undefined;
    pca.acquireTokenPopup.mockReturnValue(new Promise((r) => (release = r)));
    const provider = createMsalTokenProvider({ config, supportsNaa: false });

    const clicks = [provider.signIn(), provider.signIn()];
    await Promise.resolve();
    release({ accessToken: "t", account });
    expect(await Promise.all(clicks)).toEqual([
      { ok: true, value: undefined },
      { ok: true, value: undefined },
    ]);
    expect(pca.acquireTokenPopup).toHaveBeenCalledTimes(1);

    pca.acquireTokenPopup.mockRejectedValue(new mocked.BrowserAuthError("popup_window_error"));
    await expect(provider.signIn()).resolves.toMatchObject({
      ok: false,
      error: { code: "auth-popup-blocked" },
    });
  });
});
