import { createGraphClient, type GraphClientOptions } from "../../../src/graph/client";
import { createGraphHttp, type GraphHttp } from "../../../src/graph/graphHttp";
import type { SupportLogEntry } from "../../../src/graph/middleware/requestIdMiddleware";
import type { TokenProvider } from "../../../src/auth/tokenProvider";

export interface SentRequest {
  readonly url: string;
  readonly method: string;
  readonly headers: Headers;
  readonly body: string | undefined;
}

type Answer = Response | Error | ((req: SentRequest) => Response);

export const json = (status: number, body: unknown, headers: Record<string, string> = {}): Response =>
  new Response(status === 204 ? null : JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json", "request-id": `rid-${status}`, ...headers },
  });

/** A fetch that answers from a script and remembers what it was sent. */
export function scriptedFetch(...answers: Answer[]) {
  const sent: SentRequest[] = [];
  const fetchImpl = async (url: string, init?: RequestInit): Promise<Response> => {
    const req: SentRequest = {
      url,
      method: (init?.method ?? "GET").toUpperCase(),
      headers: new Headers(init?.headers),
      body: typeof init?.body === "string" ? init.body : undefined,
    };
    sent.push(req);
    const next = answers.shift();
    if (next === undefined) throw new Error(`unexpected request ${req.method} ${url}`);
    if (next instanceof Error) throw next;
    return typeof next === "function" ? next(req) : next;
  };
  return { fetchImpl, sent };
}

export const counterTokens = (): TokenProvider & { calls: number } => {
  const provider = {
    calls: 0,
    async getToken() {
      provider.calls += 1;
      return { ok: true as const, value: `token-${provider.calls}` };
    },
  };
  return provider;
};

export function graphOver(
  fetchImpl: GraphClientOptions["fetch"],
  overrides: Partial<GraphClientOptions> = {},
) {
  const sleeps: number[] = [];
  const log: SupportLogEntry[] = [];
  const built = createGraphClient({
    baseUrl: "https://graph.microsoft.com/v1.0",
    tokens: counterTokens(),
    fetch: fetchImpl,
    clock: { now: () => 0, random: () => 0.5, sleep: async (ms) => void sleeps.push(ms) },
    log: (e) => log.push(e),
    newRequestId: () => "crid-1",
    ...overrides,
  });
  if (!built.ok) throw new Error(built.error.code);
  const http: GraphHttp = createGraphHttp(built.value);
  return { http, sleeps, log };
}
