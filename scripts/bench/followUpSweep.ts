// Reconciling 200 candidates' follow-ups in a fresh mailbox: the sync sweep as the engine runs it
// today, and the adapters' bulk writes (upsertFollowUps) the sweep should call, counted from the
// emulator's log. Budget (issue 5): ceil(N / 20) + 5 requests for N follow-ups.
import "fake-indexeddb/auto";
import { IDBFactory } from "fake-indexeddb";
import { createCalendarEvents } from "../../src/graph/calendarEvents";
import { createDrafts } from "../../src/graph/drafts";
import { createMailLinks } from "../../src/graph/mailLinks";
import { createOneNote } from "../../src/graph/onenote";
import type { FollowUpWrite } from "../../src/graph/ports";
import { createProcesses } from "../../src/graph/processes";
import { createTodoTasks } from "../../src/graph/todoTasks";
import { createSyncEngine } from "../../src/sync/engine";
import { openOutboxStore } from "../../src/sync/outboxStore";
import { startEmulator, type RunningEmulator } from "../../test/graph-emulator";
import type { Figure } from "./figure";
import { sweepScenario, wantedFollowUps } from "./followUpScenario";
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

/** The engine's sweepFollowUps over the process document, as the pane runs it. */
async function engineSweep(emu: RunningEmulator, nowMs: number, n: number): Promise<Figure> {
  const ports = portsOver(emu);
  const written = await ports.processes.write(sweepScenario(CANDIDATES, nowMs), null);
  if (!written.ok) throw new Error(`bench: ${written.error.code}`);
  const outbox = await openOutboxStore({ indexedDB: new IDBFactory(), storage: null });
  if (!outbox.ok) throw new Error(`bench: ${outbox.error.code}`);
  const engine = createSyncEngine({ outbox: outbox.value, ports, language: () => "sv" });
  const refreshed = await engine.refresh();
  if (!refreshed.ok) throw new Error(`bench: ${refreshed.error.code}`);
  const from = mark(emu);
  const swept = await engine.sweepFollowUps();
  engine.stop();
  const log = since(emu, from);
  const made = swept.ok ? `${swept.value.created} made` : `failed: ${swept.error.code}`;
  return {
    name: `Follow-ups of ${CANDIDATES} candidates: sync sweep (engine)`,
    measured: `${log.length} requests, ${batchCount(log)} $batch (${made})`,
    budget: `≤ ${budgetFor(n)} (ceil(${n}/20) + 5)`,
    pass: swept.ok && log.length <= budgetFor(n),
    detail: describe(log),
  };
}

/** The bulk writes, called as the sweep should call them: one call per target. */
async function bulkWrites(emu: RunningEmulator, nowMs: number): Promise<Figure> {
  const ports = portsOver(emu);
  const wanted = wantedFollowUps(sweepScenario(CANDIDATES, nowMs), new Date(nowMs).toISOString());
  const writes = (target: "todo" | "calendar"): FollowUpWrite[] =>
    wanted.filter((f) => f.target === target).map((followUp) => ({ followUp }));
  const from = mark(emu);
  const [todo, calendar] = await Promise.all([
    ports.todo.upsertFollowUps!(writes("todo"), "sv"),
    ports.calendar.upsertFollowUps!(writes("calendar"), "sv"),
  ]);
  const log = since(emu, from);
  // Idempotent: the same writes again (a retried sweep) find everything there and write nothing.
  const againFrom = mark(emu);
  await Promise.all([
    ports.todo.upsertFollowUps!(writes("todo"), "sv"),
    ports.calendar.upsertFollowUps!(writes("calendar"), "sv"),
  ]);
  const again = since(emu, againFrom);
  const saved = (todo.ok ? todo.value.saved.length : 0) + (calendar.ok ? calendar.value.saved.length : 0);
  const inMailbox = emu.state.todoTasks.size + emu.state.events.size;
  const n = wanted.length;
  return {
    name: `Follow-ups of ${CANDIDATES} candidates: bulk upsertFollowUps`,
    measured: `${log.length} requests, ${batchCount(log)} $batch (${saved}/${n} saved, ${inMailbox} in the mailbox)`,
    budget: `≤ ${budgetFor(n)} (ceil(${n}/20) + 5)`,
    pass: saved === n && inMailbox === n && log.length <= budgetFor(n) && batchCount(again) === 0,
    detail: `${describe(log)}; the same writes again: ${again.length} request(s) (${describe(again) || "none"})`,
  };
}

export async function followUpSweep(): Promise<Figure[]> {
  const nowMs = Date.now();
  const n = wantedFollowUps(sweepScenario(CANDIDATES, nowMs), new Date(nowMs).toISOString()).length;
  const emu = await startEmulator({ port: 0, seed: "empty" });
  try {
    const current = await engineSweep(emu, nowMs, n);
    emu.reset("empty");
    const bulk = await bulkWrites(emu, nowMs);
    return [current, bulk];
  } finally {
    await emu.close();
  }
}
