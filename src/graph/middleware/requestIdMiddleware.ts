import type { Context, Middleware } from "@microsoft/microsoft-graph-client";
import { MiddlewareFailure, headersOf, methodOf, requestStateOf, urlOf } from "../requestState";

/** A line for support: enough to find the request in Microsoft's logs, nothing a candidate wrote. */
export interface SupportLogEntry {
  readonly method: string;
  /** Path only: query strings carry $filter values such as candidates' addresses. */
  readonly path: string;
  readonly status: number | "failed";
  readonly attempt: number;
  readonly clientRequestId: string;
  readonly requestId?: string;
  readonly errorCode?: string;
  readonly durationMs: number;
}

export type SupportLog = (entry: SupportLogEntry) => void;

/** Tags each request with a client-request-id (kept across retries, so support sees them as one)
 * and records Graph's request-id of every try. Never logs headers or bodies: they hold the token
 * and candidates' data. */
export class RequestIdMiddleware implements Middleware {
  private next?: Middleware;

  constructor(
    private readonly log: SupportLog,
    private readonly newId: () => string,
    private readonly now: () => number,
  ) {}

  async execute(context: Context): Promise<void> {
    const state = requestStateOf(context);
    const headers = headersOf(context);
    const clientRequestId = state?.clientRequestId ?? headers.get("client-request-id") ?? this.newId();
    if (state) state.clientRequestId = clientRequestId;
    headers.set("client-request-id", clientRequestId);

    const started = this.now();
    const entry = { method: methodOf(context), path: pathOf(urlOf(context)), clientRequestId };
    try {
      await this.next!.execute(context);
    } catch (e) {
      const errorCode = e instanceof MiddlewareFailure ? e.error.code : "unexpected";
      this.log({
        ...entry,
        status: "failed",
        attempt: state?.attempts ?? 0,
        errorCode,
        durationMs: this.now() - started,
      });
      throw e;
    }
    const requestId = context.response?.headers.get("request-id") ?? undefined;
    if (state && requestId) state.requestId = requestId;
    this.log({
      ...entry,
      status: context.response?.status ?? 0,
      attempt: state?.attempts ?? 0,
      ...(requestId ? { requestId } : {}),
      durationMs: this.now() - started,
    });
  }

  setNext(next: Middleware): void {
    this.next = next;
  }
}

function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return url.split("?")[0] ?? "";
  }
}
