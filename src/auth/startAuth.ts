import { ok, type Result } from "../domain/result";
import { validateAuthConfig, type AuthConfig, type RawAuthConfig } from "./authConfig";
import { createMsalTokenProvider } from "./msalTokenProvider";
import { requiredScopeNames, scopeNamesWithOptional } from "./scopes";
import { silentOnly, type SignIn, type TokenProvider } from "./tokenProvider";

export interface StartAuthOptions {
  /** From host/: whether this Office/Teams host brokers tokens (nested app auth). */
  readonly supportsNaa: boolean;
  /** The recruiter opted in to coloured categories (MailboxSettings.ReadWrite). */
  readonly withOptionalScopes?: boolean;
}

export interface StartedAuth {
  readonly config: AuthConfig;
  /** For Graph: silent only, so no background work (drain, sweep, detection, a send) can open a
   * sign-in window. */
  readonly tokens: TokenProvider;
  /** For the "Logga in" button's click, and nothing else. */
  readonly signIn: SignIn;
}

/** The one call host/ makes at start: a bad config is an error value before any sign-in. */
export function startAuth(raw: RawAuthConfig, options: StartAuthOptions): Result<StartedAuth> {
  const config = validateAuthConfig(raw);
  if (!config.ok) return config;
  const scopes = options.withOptionalScopes ? scopeNamesWithOptional() : requiredScopeNames();
  const msal = createMsalTokenProvider({ config: config.value, supportsNaa: options.supportsNaa, scopes });
  return ok({ config: config.value, tokens: silentOnly(msal), signIn: msal.signIn });
}
