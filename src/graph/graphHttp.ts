import { ResponseType, type GraphRequest } from "@microsoft/microsoft-graph-client";
import { appError, err, ok, type Result } from "../domain/result";
import type { GraphClient } from "./client";
import { foreignUrlError, graphErrorFromResponse, offlineError, type GraphAppError } from "./graphError";
import { RequestState } from "./requestState";

interface GraphResponse<T = unknown> {
  readonly status: number;
  readonly body: T;
  /** Lower-cased names. */
  readonly headers: Readonly<Record<string, string>>;
  readonly requestId?: string;
  /** HTTP round trips it took, retries included (for the requests-per-action budget). */
  readonly attempts: number;
}

export interface RequestOptions {
  readonly headers?: Readonly<Record<string, string>>;
  /** Safe to send twice (a create carrying transactionId, or looked up first). Undefined: by method. */
  readonly idempotent?: boolean;
  /** False when no click started this (the outbox draining): no sign-in window, "sign-in needed". */
  readonly allowSignIn?: boolean;
}

export type GraphResult<T> = Result<GraphResponse<T>, GraphAppError>;

/** What adapters use: paths relative to the version ("/me/messages"), answers as values. */
export interface GraphHttp {
  get<T = unknown>(path: string, options?: RequestOptions): Promise<GraphResult<T>>;
  post<T = unknown>(path: string, body: unknown, options?: RequestOptions): Promise<GraphResult<T>>;
  patch<T = unknown>(path: string, body: unknown, options?: RequestOptions): Promise<GraphResult<T>>;
  put<T = unknown>(path: string, body: unknown, options?: RequestOptions): Promise<GraphResult<T>>;
  delete<T = unknown>(path: string, options?: RequestOptions): Promise<GraphResult<T>>;
}

type Send = (request: GraphRequest) => Promise<unknown>;

export function createGraphHttp(client: GraphClient): GraphHttp {
  async function call<T>(path: string, send: Send, options: RequestOptions = {}): Promise<GraphResult<T>> {
    const relative = relativePath(client.baseUrl, path);
    if (relative === undefined) return err(foreignUrlError(path));
    const state = new RequestState(options.idempotent, options.allowSignIn);
    let request = client.sdk.api(relative).responseType(ResponseType.RAW).middlewareOptions([state]);
    if (options.headers) request = request.headers({ ...options.headers });

    let response: Response;
    try {
      response = (await send(request)) as Response;
    } catch (e) {
      return err({ ...(state.failure ?? unexpected(e)), attempts: state.attempts });
    }
    let body: unknown;
    try {
      body = await readBody(response);
    } catch (e) {
      return err({ ...offlineError(e), attempts: state.attempts }); // the connection broke mid-answer
    }
    if (!response.ok) {
      const error = graphErrorFromResponse(response.status, body, response.headers, client.now());
      return err({ ...error, attempts: state.attempts });
    }
    return ok({
      status: response.status,
      body: body as T,
      headers: Object.fromEntries(response.headers),
      ...(state.requestId ? { requestId: state.requestId } : {}),
      attempts: state.attempts,
    });
  }

  return {
    get: (path, options) => call(path, (r) => r.get(), options),
    post: (path, body, options) => call(path, (r) => r.post(body), options),
    patch: (path, body, options) => call(path, (r) => r.patch(body), options),
    put: (path, body, options) => call(path, (r) => r.put(body), options),
    delete: (path, options) => call(path, (r) => r.delete(), options),
  };
}

/** nextLinks come back absolute; anything outside our Graph base would get the recruiter's token. */
function relativePath(baseUrl: string, path: string): string | undefined {
  if (!/^[a-z]+:\/\//i.test(path)) return hideUrlsInQuery(path);
  return path.startsWith(`${baseUrl}/`) ? hideUrlsInQuery(path.slice(baseUrl.length)) : undefined;
}

// The SDK takes "https://" anywhere in a path as the start of a new host, so a $filter on a web
// link would send the request, and the token, to that host. Graph decodes %3A%2F%2F the same.
const hideUrlsInQuery = (path: string): string => path.replace(/https:\/\//gi, "https%3A%2F%2F");

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === "") return undefined;
  if (!(response.headers.get("content-type") ?? "").includes("json")) return text;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function unexpected(e: unknown): GraphAppError {
  return appError(
    "graph-unexpected",
    "Något oväntat gick fel i kontakten med Microsoft 365. Försök igen.",
    "Something unexpected went wrong talking to Microsoft 365. Try again.",
    { cause: e instanceof Error ? { name: e.name, message: e.message } : String(e), retryable: true },
  );
}
