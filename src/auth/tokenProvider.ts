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

/** The one door to a sign-in window: the recruiter's click on "Logga in". Browsers block a window
 * no click opened, and a host's consent UI nobody asked for is worse, so nothing else opens one. */
export type SignIn = () => Promise<Result<void>>;

/** What the Graph layer is given: silent answers only, whatever a request asks for. A token that
 * needs the recruiter is "sign-in needed", which pauses the work until she clicks "Logga in". */
export function silentOnly(tokens: TokenProvider): TokenProvider {
  return { getToken: (request) => tokens.getToken({ ...request, allowSignIn: false }) };
}

/** The emulator accepts any bearer token; a fixed one keeps its request logs readable. */
export const DEV_TOKEN = "svara-dev-token";

/** The emulator needs no sign-in: the click has nothing to open. */
export const devSignIn: SignIn = async () => ok(undefined);

export function createDevTokenProvider(token: string = DEV_TOKEN): TokenProvider {
  return { getToken: async () => ok(token) };
}
