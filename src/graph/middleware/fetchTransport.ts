import type { Context, Middleware } from "@microsoft/microsoft-graph-client";
import { offlineError } from "../graphError";
import { fail, headersOf, requestStateOf, urlOf } from "../requestState";

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

/** The end of the chain: one HTTP round trip. A rejected fetch means no answer came back at all,
 * which the recruiter sees as "offline" and the outbox as "try again later". A stalled connection
 * is cut after `timeoutMs` so a command never hangs in "sending". */
export class FetchTransport implements Middleware {
  constructor(
    private readonly fetchImpl: FetchLike,
    private readonly timeoutMs: number,
  ) {}

  async execute(context: Context): Promise<void> {
    const state = requestStateOf(context);
    if (state) state.attempts += 1;
    const init: RequestInit = {
      ...(context.options as RequestInit),
      headers: headersOf(context),
      signal: AbortSignal.timeout(this.timeoutMs),
    };
    try {
      context.response = await this.fetchImpl(urlOf(context), init);
    } catch (e) {
      fail(context, offlineError(e));
    }
  }
}
