import type { Context, Middleware } from "@microsoft/microsoft-graph-client";
import { MiddlewareFailure, methodOf, requestStateOf } from "../requestState";
import { decideRetry, isIdempotent, type RetrySettings } from "../retryPolicy";

export interface RetryClock {
  readonly now: () => number;
  readonly sleep: (ms: number) => Promise<void>;
  readonly random: () => number;
}

/** Our replacement for the SDK's RetryHandler, which re-sends POSTs (ARCHITECTURE.md §9). A
 * request that is not idempotent gets one try; its failure goes back to the outbox, which knows
 * whether the create already happened. */
export class RetryMiddleware implements Middleware {
  private next?: Middleware;

  constructor(
    private readonly settings: RetrySettings,
    private readonly clock: RetryClock,
  ) {}

  async execute(context: Context): Promise<void> {
    const state = requestStateOf(context);
    const idempotent = isIdempotent(methodOf(context), state?.idempotent);
    for (let attempt = 1; ; attempt++) {
      let status: number | "network";
      try {
        await this.next!.execute(context);
        status = context.response!.status;
      } catch (e) {
        // Only a lost connection is worth another try; a missing token or a bug is not.
        if (!(e instanceof MiddlewareFailure) || e.error.code !== "graph-offline") throw e;
        status = "network";
        const decision = decideRetry(
          { status, attempt, idempotent },
          this.settings,
          this.clock.now(),
          this.clock.random,
        );
        if (!decision.retry) throw e;
        if (state) state.failure = undefined;
        await this.clock.sleep(decision.delayMs);
        continue;
      }
      const retryAfter = context.response!.headers.get("retry-after");
      const decision = decideRetry(
        { status, attempt, idempotent, retryAfter },
        this.settings,
        this.clock.now(),
        this.clock.random,
      );
      if (!decision.retry) return;
      // Drain the refused answer so the connection can be reused.
      await context.response!.arrayBuffer().catch(() => undefined);
      context.response = undefined;
      await this.clock.sleep(decision.delayMs);
    }
  }

  setNext(next: Middleware): void {
    this.next = next;
  }
}
