// The send handler's logging, wired to the sync engine: match on this device's copy of the
// processes (no Graph when nobody is a candidate), then — only for a candidate — build Graph,
// dispatch through the engine (outbox first) and send for as long as the budget allows. What is
// not sent in time stays in the outbox for the pane; without an outbox it is left to the delta of
// Sent Items, which finds the same ids (sendId.ts).

import { ok, type Result } from "../domain";
import type { SyncPorts } from "../sync/executors";
import { createSyncEngine, type SyncEngine } from "../sync/engine";
import { announceOutboxChange } from "../sync/outboxSignal";
import type { OutboxStore } from "../sync/outboxStore";
import type { ProcessCache } from "../sync/processCache";
import { logSentMail, type LoggedMail, type SentMail } from "./logSentMail";
import { memoryOutbox } from "./memoryOutbox";

export interface SendLogWiring {
  /** This device's copy of the processes; null where there is no IndexedDB (classic Windows). */
  readonly cache: () => Promise<ProcessCache | null>;
  /** The durable outbox; null where there is none: then one in memory, bounded by the budget. */
  readonly outbox: () => Promise<OutboxStore | null>;
  /** Microsoft 365, built on first use: auth and the Graph client cost time the send may not have. */
  readonly ports: (context: Pick<SendContext, "supportsNaa">) => Result<SyncPorts>;
  /** Epoch ms. */
  readonly now: () => number;
  readonly sleep?: (ms: number) => Promise<void>;
}

export interface SendContext {
  /** From host/: whether this runtime brokers tokens (nested app auth). */
  readonly supportsNaa: boolean;
  /** Marks the outgoing mail with the send id (the X-Svara-Send header). */
  readonly stamp: (sendId: string) => Promise<Result<void>>;
}

export type SendLog = (mail: SentMail, budgetMs: number, context: SendContext) => Promise<Result<LoggedMail>>;

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function createSendLog(wiring: SendLogWiring): SendLog {
  const sleep = wiring.sleep ?? realSleep;
  return async (mail, budgetMs, context) => {
    const cache = await wiring.cache();
    let engine: Promise<Result<SyncEngine>> | undefined;
    let dispatched = false;

    // Built once, and only when needed; refresh() reads the documents the commands apply to.
    const started = (): Promise<Result<SyncEngine>> =>
      (engine ??= (async () => {
        const ports = wiring.ports(context);
        if (!ports.ok) return ports;
        const outbox = (await wiring.outbox()) ?? memoryOutbox();
        const created = createSyncEngine({
          outbox,
          ports: ports.value,
          now: wiring.now,
          // The same clock for the engine's waits (a lease renewal, a refused start) as for the budget.
          sleep,
          ...(cache ? { cache } : {}),
        });
        const refreshed = await created.refresh();
        if (!refreshed.ok) {
          created.stop();
          return refreshed;
        }
        return ok(created);
      })());

    try {
      return await logSentMail(
        mail,
        {
          async processes() {
            const cached = cache ? await cache.load() : null;
            if (cached?.ok && cached.value.length > 0) return ok(cached.value.map((s) => s.process));
            const running = await started();
            return running.ok ? ok(running.value.processes()) : running;
          },
          stamp: context.stamp,
          async dispatch(command) {
            const running = await started();
            if (!running.ok) return running;
            const saved = await running.value.dispatch(command);
            if (saved.ok) dispatched = true;
            return saved;
          },
          async drain(ms) {
            const running = await started();
            if (running.ok) await Promise.race([running.value.idle(), sleep(ms)]);
          },
          now: wiring.now,
        },
        budgetMs,
      );
    } finally {
      // The handler is over: nothing more goes out from here (the pane sends what is left).
      const running = engine ? await engine : null;
      if (running?.ok) running.value.stop();
      // An open pane sends what the budget did not get to now, not on its own next dispatch.
      if (dispatched) announceOutboxChange();
    }
  };
}
