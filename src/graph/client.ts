import { Client } from "@microsoft/microsoft-graph-client";
import type { TokenProvider } from "../auth/tokenProvider";
import { appError, err, ok, type Result } from "../domain/result";
import { AuthMiddleware } from "./middleware/authMiddleware";
import { FetchTransport, type FetchLike } from "./middleware/fetchTransport";
import { RequestIdMiddleware, type SupportLog } from "./middleware/requestIdMiddleware";
import { RetryMiddleware, type RetryClock } from "./middleware/retryMiddleware";
import { DEFAULT_RETRY, type RetrySettings } from "./retryPolicy";

export interface GraphClientOptions {
  /** Including the version: https://graph.microsoft.com/v1.0, or the emulator's url + /v1.0. */
  readonly baseUrl: string;
  readonly tokens: TokenProvider;
  readonly fetch?: FetchLike;
  readonly retry?: Partial<RetrySettings>;
  readonly clock?: Partial<RetryClock>;
  readonly log?: SupportLog;
  readonly newRequestId?: () => string;
  /** How long one HTTP round trip may take before it counts as lost. Default 30 s. */
  readonly timeoutMs?: number;
}

export interface GraphClient {
  readonly sdk: Client;
  /** Normalised, no trailing slash; absolute URLs (nextLink) must start with it. */
  readonly baseUrl: string;
  readonly now: () => number;
}

const realClock: RetryClock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  random: Math.random,
};

// Our chain, in order: retry (outermost, so each try is logged and re-authorised), request ids,
// auth, fetch. The SDK's default chain is not used: its RetryHandler re-sends POSTs.
export function createGraphClient(options: GraphClientOptions): Result<GraphClient> {
  const base = splitBaseUrl(options.baseUrl);
  if (!base) {
    return err(
      appError(
        "graph-base-url-invalid",
        "Svara är felkonfigurerat: Graph-adressen är ogiltig.",
        "Svara is misconfigured: the Graph address is invalid.",
        { field: "graphBaseUrl", cause: { baseUrl: options.baseUrl }, retryable: false },
      ),
    );
  }
  const clock = { ...realClock, ...options.clock };
  const retry = { ...DEFAULT_RETRY, ...options.retry };
  const fetchImpl: FetchLike = options.fetch ?? ((input, init) => fetch(input, init));
  const sdk = Client.initWithMiddleware({
    baseUrl: base.host,
    defaultVersion: base.version,
    middleware: [
      new RetryMiddleware(retry, clock),
      new RequestIdMiddleware(
        options.log ?? (() => undefined),
        options.newRequestId ?? (() => crypto.randomUUID()),
        clock.now,
      ),
      new AuthMiddleware(options.tokens),
      new FetchTransport(fetchImpl, options.timeoutMs ?? 30_000),
    ],
  });
  return ok({ sdk, baseUrl: `${base.host}/${base.version}`, now: clock.now });
}

/** "https://graph.microsoft.com/v1.0" → host + version, the two halves the SDK joins again. */
function splitBaseUrl(raw: string): { host: string; version: string } | undefined {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return undefined;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return undefined;
  const segments = url.pathname.split("/").filter(Boolean);
  const version = segments.pop();
  if (!version) return undefined;
  return { host: [url.origin, ...segments].join("/"), version };
}
