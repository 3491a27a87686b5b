// Reconciling 200 candidates' follow-ups: a fresh mailbox (everything to make), then the same
// candidates all answered (their reminders to complete, status updates to plan), each through the
// engine's sweepFollowUps as the pane runs it (bulk $batches of 20), then the same sweep again,
// which must write nothing. Counted from the emulator's log. Budget (issue 5): ceil(N / 20) + 5.
import "fake-indexeddb/auto";
import { IDBFactory } from "fake-indexeddb";
import type { Process } from "../../src/domain";
import { createGraphAdapters } from "../../src/graph/adapters";
import { createSyncEngine, type SyncEngine } from "../../src/sync/engine";
import { openOutboxStore } from "../../src/sync/outboxStore";
import { startEmulator, type RequestEntry, type RunningEmulator } from "../../test/graph-emulator";
import type { Figure } from "./figure";
import { answeredScenario, sweepScenario } from "./followUpScenario";
import { benchGraph } from "./graphHttp";
import { batchCount, describe, mark, since } from "./requestLog";

const CANDIDATES = 200;
const budgetFor = (n: number) => Math.ceil(n / 20) + 5;

function portsOver(emu: RunningEmulator) {
  return createGraphAdapters(benchGraph(emu.url));
}

interface Counted {
  readonly log: RequestEntry[];
  readonly changes: number;
  readonly summary: string;
  readonly ok: boolean;
}

/** One sweep's figure: within budget for what it changed, and the same sweep again writes nothing. */
function sweepFigure(name: string, run: Counted, again: Counted): Figure {
  const n = run.changes;
  return {
    name,
    measured: `${run.log.length} requests, ${batchCount(run.log)} $batch (${run.summary})`,
    budget: `≤ ${budgetFor(n)} (ceil(${n}/20) + 5)`,
    pass: run.ok && n > 0 && run.log.length <= budgetFor(n) && again.ok && again.changes === 0,
    detail: `${describe(run.log)} — the same sweep again: ${again.log.length} request(s), ${again.summary}`,
  };
}

/** The engine's sweepFollowUps over the documents in the app folder, as the pane runs it. */
async function engineSweeps(emu: RunningEmulator, before: Process, after: Process): Promise<Counted[]> {
  const ports = portsOver(emu);
  const outbox = await openOutboxStore({ indexedDB: new IDBFactory(), storage: null });
  if (!outbox.ok) throw new Error(`bench: ${outbox.error.code}`);
  const engine = createSyncEngine({ outbox: outbox.value, ports, language: () => "sv" });
  const runs: Counted[] = [];
  let etag: string | null = null;
  for (const process of [before, after]) {
    const written = await ports.processes.write(process, etag);
    if (!written.ok) throw new Error(`bench: ${written.error.code}`);
    etag = written.value.etag;
    runs.push(await sweepWith(emu, engine));
    runs.push(await sweepWith(emu, engine)); // again: nothing left to write
  }
  engine.stop();
  return runs;
}

async function sweepWith(emu: RunningEmulator, engine: SyncEngine): Promise<Counted> {
  const refreshed = await engine.refresh();
  if (!refreshed.ok) throw new Error(`bench: ${refreshed.error.code}`);
  const from = mark(emu);
  const swept = await engine.sweepFollowUps();
  const log = since(emu, from);
  if (!swept.ok) return { log, changes: 0, summary: `failed: ${swept.error.code}`, ok: false };
  const { created, updated, completed } = swept.value;
  return {
    log,
    changes: created + updated + completed,
    summary: `${created} made, ${updated} changed, ${completed} done`,
    ok: true,
  };
}

export async function followUpSweep(): Promise<Figure[]> {
  const nowMs = Date.now();
  const fresh = sweepScenario(CANDIDATES, nowMs);
  const answered = answeredScenario(fresh, nowMs);
  const emu = await startEmulator({ port: 0, seed: "empty" });
  try {
    const [first, again, answer, answerAgain] = await engineSweeps(emu, fresh, answered);
    return [
      sweepFigure(`Follow-ups of ${CANDIDATES} candidates, fresh mailbox (engine sweep)`, first!, again!),
      sweepFigure(
        `Follow-ups of ${CANDIDATES} candidates, all answered (engine sweep)`,
        answer!,
        answerAgain!,
      ),
    ];
  } finally {
    await emu.close();
  }
}
