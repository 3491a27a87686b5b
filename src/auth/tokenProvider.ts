import { ok, type Result } from "../domain/result";

/** What the Graph layer needs from auth: a bearer token for Microsoft Graph, or why there is none. */
export interface TokenProvider {
  getToken(): Promise<Result<string>>;
}

/** The emulator accepts any bearer token; a fixed one keeps its request logs readable. */
export const DEV_TOKEN = "svara-dev-token";

export function createDevTokenProvider(token: string = DEV_TOKEN): TokenProvider {
  return { getToken: async () => ok(token) };
}
