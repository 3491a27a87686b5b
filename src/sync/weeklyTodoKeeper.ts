// The weekly OneNote page follows the plan while the pane is open, not only when it starts: a
// moment after the recruiter's changes reach Microsoft 365 (a stage move, a follow-up ticked, a
// mail logged) the page is brought up to date again. One sync at a time; changes that arrive during
// one are caught by a single next one. Each sync is one GET of the page and at most one PATCH.
import type { CommandStatus } from "./syncEvents";

export interface WeeklyTodoKeeper {
  /** The commands as the outbox shows them: a newly sent one schedules a sync. */
  commandsChanged(
    now: Readonly<Record<string, CommandStatus>>,
    before: Readonly<Record<string, CommandStatus>>,
  ): void;
  /** A sync now (the pane's start), or once the one under way ends. */
  runNow(): Promise<void>;
  stop(): void;
}

export interface KeeperOptions {
  readonly sync: () => Promise<void>;
  /** Changes come in bursts (a move writes the document, then its follow-ups): wait them out. */
  readonly quietMs?: number;
  readonly setTimer?: (work: () => void, ms: number) => () => void;
}

const timeout = (work: () => void, ms: number): (() => void) => {
  const t = setTimeout(work, ms);
  return () => clearTimeout(t);
};

export function createWeeklyTodoKeeper(options: KeeperOptions): WeeklyTodoKeeper {
  const setTimer = options.setTimer ?? timeout;
  const quietMs = options.quietMs ?? 2_000;
  let running: Promise<void> | null = null;
  let again = false;
  let cancel: (() => void) | null = null;
  let stopped = false;

  async function runNow(): Promise<void> {
    if (stopped) return;
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        await options.sync().catch(() => undefined);
      } while (again && !stopped);
    })();
    try {
      await running;
    } finally {
      running = null;
    }
  }

  return {
    commandsChanged(now, before) {
      const sent = Object.values(now).some((c) => c.state === "sent" && before[c.id]?.state !== "sent");
      if (!sent || stopped) return;
      cancel?.();
      cancel = setTimer(() => {
        cancel = null;
        void runNow();
      }, quietMs);
    },
    runNow,
    stop() {
      stopped = true;
      cancel?.();
    },
  };
}
