// Reconciling 200 candidates' follow-ups: a fresh mailbox (everything to make), then the same
// candidates all answered (their reminders to complete, status updates to plan). Twice: the sync
// sweep as the engine runs it today, and the sweep over the adapters' bulk methods (bulkSweep.ts),
// counted from the emulator's log. Budget (issue 5): ceil(N / 20) + 5 requests for N changes.
import "fake-indexeddb/auto";
import { IDBFactory } from "fake-indexeddb";
import type { Process } from "../../src/domain";
import { createCalendarEvents } from "../../src/graph/calendarEvents";
import { createDrafts } from "../../src/graph/drafts";
import { createMailLinks } from "../../src/graph/mailLinks";
import { createOneNote } from "../../src/graph/onenote";
import { createProcesses } from "../../src/graph/processes";
import { createTodoTasks } from "../../src/graph/todoTasks";
import { createSyncEngine, type SyncEngine } from "../../src/sync/engine";
import { openOutboxStore } from "../../src/sync/outboxStore";
import { startEmulator, type RequestEntry, type RunningEmulator } from "../../test/graph-emulator";
import { bulkSweep } from "./bulkSweep";
import type { Figure } from "./figure";
import { answeredScenario, sweepScenario } from "./followUpScenario";
import { benchGraph } from "./graphHttp";
import { batchCount, describe, mark, since } from "./requestLog";

const CANDIDATES = 200;
const budgetFor = (n: number) => Math.ceil(n / 20) + 5;

function portsOver(emu: RunningEmulator) {
  const http = benchGraph(emu.url);
  return {
    processes: createProcesses(http),
    mailLinks: createMailLinks(http),
    todo: createTodoTasks(http),
    calendar: createCalendarEvents(http),
    notes: createOneNote(http),
    drafts: createDrafts(http),
  };
}

interface Counted {
  readonly log: RequestEntry[];
  readonly changes: number;
  readonly summary: string;
  readonly ok: boolean;
}

function figure(name: string, run: Counted, n: number, extra = ""): Figure {
  return {
    name,
    measured: `${run.log.length} requests, ${batchCount(run.log)} $batch (${run.summary})`,
    budget: `≤ ${budgetFor(n)} (ceil(${n}/20) + 5)`,
    pass: run.ok && run.changes === n && run.log.length <= budgetFor(n),
    detail: describe(run.log) + extra,
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

async function bulkSweeps(
  emu: RunningEmulator,
  processes: readonly Process[],
  nowIso: string,
): Promise<Counted[]> {
  const ports = portsOver(emu);
  const runs: Counted[] = [];
  for (const process of processes) {
    const from = mark(emu);
    const swept = await bulkSweep(ports, [process], nowIso);
    const log = since(emu, from);
    if (!swept.ok) {
      runs.push({ log, changes: 0, summary: `failed: ${swept.error.code}`, ok: false });
      continue;
    }
    const { created, updated, completed, failed } = swept.value;
    runs.push({
      log,
      changes: created + updated + completed,
      summary: `${created} made, ${updated} changed, ${completed} done${failed ? `, ${failed} failed` : ""}`,
      ok: failed === 0,
    });
  }
  return runs;
}

export async function followUpSweep(): Promise<Figure[]> {
  const nowMs = Date.now();
  const nowIso = new Date(nowMs).toISOString();
  const fresh = sweepScenario(CANDIDATES, nowMs);
  const answered = answeredScenario(fresh, nowMs);
  const emu = await startEmulator({ port: 0, seed: "empty" });
  try {
    const [engineFresh, engineAnswered] = await engineSweeps(emu, fresh, answered);
    emu.reset("empty");
    // The fresh sweep, the same sweep again (a retry: nothing to write), then everyone answered.
    const [bulkFresh, bulkAgain, bulkAnswered] = await bulkSweeps(emu, [fresh, fresh, answered], nowIso);
    // N: what the engine had to change, the same work for both (the mailbox starts empty in both).
    const nFresh = engineFresh!.changes || bulkFresh!.changes;
    const nAnswered = engineAnswered!.changes || bulkAnswered!.changes;
    const again = ` — the same sweep again: ${bulkAgain!.log.length} request(s), ${bulkAgain!.summary}`;
    return [
      figure(
        `Follow-ups of ${CANDIDATES} candidates, fresh mailbox: sync sweep (engine)`,
        engineFresh!,
        nFresh,
      ),
      figure(`Follow-ups of ${CANDIDATES} candidates, fresh mailbox: bulk sweep`, bulkFresh!, nFresh, again),
      figure(
        `Follow-ups of ${CANDIDATES} candidates, all answered: sync sweep (engine)`,
        engineAnswered!,
        nAnswered,
      ),
      figure(`Follow-ups of ${CANDIDATES} candidates, all answered: bulk sweep`, bulkAnswered!, nAnswered),
    ];
  } finally {
    await emu.close();
  }
}
