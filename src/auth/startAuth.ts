import { ok, type Result } from "../domain/result";
import { validateAuthConfig, type AuthConfig, type RawAuthConfig } from "./authConfig";
import { createMsalTokenProvider } from "./msalTokenProvider";
import { requiredScopeNames, scopeNamesWithOptional } from "./scopes";
import type { TokenProvider } from "./tokenProvider";

export interface StartAuthOptions {
  /** From host/: whether this Office/Teams host brokers tokens (nested app auth). */
  readonly supportsNaa: boolean;
  /** The recruiter opted in to coloured categories (MailboxSettings.ReadWrite). */
  readonly withOptionalScopes?: boolean;
}

/** The one call host/ makes at start: a bad config is an error value before any sign-in. */
export function startAuth(
  raw: RawAuthConfig,
  options: StartAuthOptions,
): Result<{ config: AuthConfig; tokens: TokenProvider }> {
  const config = validateAuthConfig(raw);
  if (!config.ok) return config;
  const scopes = options.withOptionalScopes ? scopeNamesWithOptional() : requiredScopeNames();
  return ok({
    config: config.value,
    tokens: createMsalTokenProvider({ config: config.value, supportsNaa: options.supportsNaa, scopes }),
  });
}
