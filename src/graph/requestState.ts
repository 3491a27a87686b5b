import type { Context, MiddlewareOptions } from "@microsoft/microsoft-graph-client";
import type { GraphAppError } from "./graphError";

/** One request's journey through our middleware: how the caller wants it treated, and what
 * happened to it. Middleware returns nothing, so a failure is written here for GraphHttp to read
 * as a value instead of whatever the SDK makes of a thrown error. */
export class RequestState implements MiddlewareOptions {
  /** HTTP round trips made for this request, retries included. */
  attempts = 0;
  clientRequestId?: string;
  requestId?: string;
  failure?: GraphAppError;

  /** `idempotent` undefined: decided by the HTTP method (retryPolicy.isIdempotent).
   * `allowSignIn` false: background work, no sign-in window (TokenRequest). */
  constructor(
    readonly idempotent?: boolean,
    readonly allowSignIn?: boolean,
  ) {}
}

export const requestStateOf = (context: Context): RequestState | undefined =>
  context.middlewareControl?.getMiddlewareOptions(RequestState) as RequestState | undefined;

/** A middleware failed and wrote why into RequestState; thrown only to stop the chain. */
export class MiddlewareFailure extends Error {
  constructor(readonly error: GraphAppError) {
    super(error.code);
    this.name = "MiddlewareFailure";
  }
}

export function fail(context: Context, error: GraphAppError): never {
  const state = requestStateOf(context);
  if (state) state.failure = error;
  throw new MiddlewareFailure(error);
}

export const methodOf = (context: Context): string =>
  (
    context.options?.method ?? (typeof context.request === "string" ? "GET" : context.request.method)
  ).toUpperCase();

export const urlOf = (context: Context): string =>
  typeof context.request === "string" ? context.request : context.request.url;

/** Headers of the outgoing request as a Headers object, written back so later middleware and
 * fetch see the same one whatever shape the SDK started with. */
export function headersOf(context: Context): Headers {
  const options = (context.options ??= {});
  const headers =
    options.headers instanceof Headers ? options.headers : new Headers(options.headers as HeadersInit);
  options.headers = headers;
  return headers;
}
