import {
  createNestablePublicClientApplication,
  InteractionRequiredAuthError,
  PublicClientApplication,
  type AuthenticationResult,
  type Configuration,
  type IPublicClientApplication,
} from "@azure/msal-browser";
import { ok, err, type Result } from "../domain/result";
import type { AuthConfig } from "./authConfig";
import { interactiveAuthError, signInNeeded, silentAuthError } from "./authErrors";
import { requiredScopeNames } from "./scopes";
import type { SignIn, TokenProvider, TokenRequest } from "./tokenProvider";

export interface MsalTokenProviderOptions {
  readonly config: AuthConfig;
  /** Told by host/: whether the Office/Teams host brokers tokens (nested app auth). */
  readonly supportsNaa: boolean;
  /** Defaults to the required scopes; the opt-in MailboxSettings scope is added by the caller. */
  readonly scopes?: readonly string[];
}

/** The token provider plus the click's own door to the sign-in window. */
export interface MsalTokens extends TokenProvider {
  /** Opens the sign-in window at once (the click's activation is still fresh: a silent try first
   * could outlast it and the browser would block the window). */
  readonly signIn: SignIn;
}

// Silent first, interactive only when MSAL says a user must act. Under NAA the "popup" is the
// host's own consent UI; elsewhere it is a real popup, which is why it must follow a click.
export function createMsalTokenProvider(options: MsalTokenProviderOptions): MsalTokens {
  const scopes = [...(options.scopes ?? requiredScopeNames())];
  let app: Promise<IPublicClientApplication> | undefined;
  // One shared silent request per kind: a forced refresh must not be answered by a plain request
  // that may return the very token Graph just refused.
  const silentInFlight = new Map<boolean, Promise<SilentOutcome>>();
  let signInInFlight: Promise<Result<string>> | undefined;

  const application = (): Promise<IPublicClientApplication> => {
    app ??= createApplication(options.config, options.supportsNaa);
    return app;
  };

  async function silent(forceRefresh: boolean): Promise<SilentOutcome> {
    let pca: IPublicClientApplication;
    try {
      pca = await application();
    } catch (e) {
      app = undefined; // let the next call try again instead of caching a broken start
      return err(silentAuthError(e));
    }
    const account = pca.getActiveAccount() ?? pca.getAllAccounts()[0];
    try {
      const request = { scopes, forceRefresh, ...(account ? { account } : {}) };
      return ok(remember(pca, await pca.acquireTokenSilent(request)));
    } catch (e) {
      return needsInteraction(e) ? SIGN_IN_NEEDED : err(silentAuthError(e));
    }
  }

  async function popup(): Promise<Result<string>> {
    try {
      const pca = await application();
      return ok(remember(pca, await pca.acquireTokenPopup({ scopes })));
    } catch (e) {
      return err(interactiveAuthError(e));
    }
  }

  const oneSignIn = (): Promise<Result<string>> => {
    signInInFlight ??= popup().finally(() => {
      signInInFlight = undefined;
    });
    return signInInFlight;
  };

  return {
    async signIn(): Promise<Result<void>> {
      const signedIn = await oneSignIn();
      return signedIn.ok ? ok(undefined) : signedIn;
    },
    // Many Graph calls start at once after a pane opens; they share one silent request and at
    // most one sign-in window, so the recruiter never sees two.
    async getToken(request?: TokenRequest): Promise<Result<string>> {
      const force = request?.forceRefresh === true;
      let pending = silentInFlight.get(force);
      if (!pending) {
        pending = silent(force).finally(() => silentInFlight.delete(force));
        silentInFlight.set(force, pending);
      }
      const outcome = await pending;
      if (outcome !== SIGN_IN_NEEDED) return outcome;
      if (request?.allowSignIn === false) return err(signInNeeded());
      return oneSignIn();
    },
  };
}

const SIGN_IN_NEEDED = "sign-in-needed";
type SilentOutcome = Result<string> | typeof SIGN_IN_NEEDED;

async function createApplication(
  config: AuthConfig,
  supportsNaa: boolean,
): Promise<IPublicClientApplication> {
  const configuration: Configuration = {
    auth: { clientId: config.clientId, authority: config.authority, redirectUri: config.redirectUri },
    // Tokens live only in MSAL's own cache; Svara never stores or logs them.
    cache: { cacheLocation: "localStorage" },
  };
  return supportsNaa
    ? createNestablePublicClientApplication(configuration)
    : PublicClientApplication.createPublicClientApplication(configuration);
}

function remember(pca: IPublicClientApplication, result: AuthenticationResult): string {
  if (result.account) pca.setActiveAccount(result.account);
  return result.accessToken;
}

// No cached account outside NAA is MSAL's BrowserAuthError "no_account_error", not an
// InteractionRequiredAuthError, but the cure is the same: let the user sign in.
function needsInteraction(e: unknown): boolean {
  if (e instanceof InteractionRequiredAuthError) return true;
  return (
    typeof e === "object" && e !== null && (e as { errorCode?: unknown }).errorCode === "no_account_error"
  );
}
