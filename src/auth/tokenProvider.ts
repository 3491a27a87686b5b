import { ok, type Result } from "../domain/result";

/** What the Graph layer needs from auth: a bearer token for Microsoft Graph, or why there is none. */
export interface TokenProvider {
  getToken(request?: TokenRequest): Promise<Result<string>>;
}

export interface TokenRequest {
  /** False for background work (the outbox draining): browsers block a sign-in popup that no
   * click opened, so instead of trying, the answer is "sign-in needed" and the UI offers a button.
   * Default true. */
  readonly allowSignIn?: boolean;
  /** Graph refused the cached token (401): get a new one instead of the cached one. */
  readonly forceRefresh?: boolean;
}

/** The emulator accepts any bearer token; a fixed one keeps its request logs readable. */
export const DEV_TOKEN = "svara-dev-token";

export function createDevTokenProvider(token: string = DEV_TOKEN): TokenProvider {
  return { getToken: async () => ok(token) };
}
