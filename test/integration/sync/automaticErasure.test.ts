// The firm's retention rule over the real adapters and the Graph emulator: saved once in the app
// folder and read by every device, and — when the firm turned automatic erasure on — the candidates
// whose retention date came a week ago erased by the existing EraseCandidate command, exactly once
// even when two recruiters' devices both find them due.
import { IDBFactory } from "fake-indexeddb";
import { DEFAULT_SETTINGS, dueForAutomaticErasure, type Process } from "../../../src/domain";
import { createGraphAdapters } from "../../../src/graph/adapters";
import {
  RETENTION_ERASER,
  eraseDueAutomatically,
  retentionErasureId,
} from "../../../src/state/automaticErasure";
import { makeCommand, type Command } from "../../../src/sync/commands";
import { createSyncEngine, type SyncEngine } from "../../../src/sync/engine";
import { openOutboxStore } from "../../../src/sync/outboxStore";
import type { CommandStatus } from "../../../src/sync/syncEvents";
import { graphHttp, NOW, untilSent, world, type World } from "./syncOverEmulator";

let w: World | undefined;
afterEach(async () => {
  await w?.close();
  w = undefined;
});

/** Two and a half years on: everyone the demo turned down is past their 24 months and the week. */
const LATER = "2029-06-01T12:00:00.000Z";
const FIRM_ON = { retentionMonths: 24, autoErase: true, graceDays: 7 };

/** A second recruiter's device: its own outbox and engine over the same app folder. */
async function secondDevice(w: World) {
  const opened = await openOutboxStore({ indexedDB: new IDBFactory(), storage: null });
  if (!opened.ok) throw new Error(opened.error.code);
  const statuses = new Map<string, CommandStatus>();
  const engine = createSyncEngine({
    outbox: opened.value,
    ports: createGraphAdapters(graphHttp(w.emu, w.network)),
    now: w.clock.now,
    sleep: w.clock.sleep,
    random: () => 0.5,
    listener: { command: (s) => void statuses.set(s.id, s) },
  });
  await engine.refresh();
  return { engine, statuses, close: () => (engine.stop(), opened.value.close()) };
}

async function stored(): Promise<readonly Process[]> {
  const listed = await createGraphAdapters(graphHttp(w!.emu, w!.network)).processes.listAll();
  if (!listed.ok) throw new Error(listed.error.code);
  return listed.value.processes.map((s) => s.process);
}

function runRule(engine: SyncEngine, statuses: Map<string, CommandStatus>) {
  return eraseDueAutomatically(
    { processes: engine.processes(), settings: DEFAULT_SETTINGS, firm: FIRM_ON, now: LATER },
    {
      dispatch: (c: Command) => engine.dispatch(c),
      commands: () => Object.fromEntries(statuses),
      cancel: (id) => engine.cancel(id),
      forgetNoteDraft: () => undefined,
    },
  );
}

describe("the firm's retention rule", () => {
  it("is saved once in the app folder and read by another recruiter's device", async () => {
    w = await world();
    const laptop = await secondDevice(w);
    try {
      expect(await laptop.engine.readFirmSettings()).toEqual({
        ok: true,
        value: { retentionMonths: 24, autoErase: false, graceDays: 7 },
      });
      const save = makeCommand(
        "ChangeFirmSettings",
        { changes: { autoErase: true, retentionMonths: 18 } },
        { id: "firm-1", createdAt: NOW },
      );
      await w.pane.engine.dispatch(save);
      await untilSent(w, [save.id]);
      expect(w.statuses.get(save.id)?.state).toBe("sent");
      expect(await laptop.engine.readFirmSettings()).toEqual({
        ok: true,
        value: { retentionMonths: 18, autoErase: true, graceDays: 7 },
      });
      // Another field changed on the laptop keeps the pane's change (If-Match, re-applied).
      const grace = makeCommand(
        "ChangeFirmSettings",
        { changes: { graceDays: 14 } },
        { id: "firm-2", createdAt: NOW },
      );
      await laptop.engine.dispatch(grace);
      await laptop.engine.idle();
      expect(await w.pane.engine.readFirmSettings()).toEqual({
        ok: true,
        value: { retentionMonths: 18, autoErase: true, graceDays: 14 },
      });
    } finally {
      laptop.close();
    }
  });

  it("erases whoever is due once, with one receipt each, though two devices both find them due", async () => {
    w = await world();
    const before = await stored();
    const due = dueForAutomaticErasure(before, DEFAULT_SETTINGS, FIRM_ON, LATER);
    expect(due.length).toBeGreaterThan(0);
    const dueIds = new Set(due.map((r) => r.candidateId));
    const kept = before.flatMap((p) => p.candidates.filter((c) => !dueIds.has(c.id)).map((c) => c.id)).sort();
    const laptop = await secondDevice(w);
    try {
      // Both recruiters' panes go idle at about the same time and queue the same erasures.
      const mine = await runRule(w.pane.engine, w.statuses);
      const theirs = await runRule(laptop.engine, laptop.statuses);
      expect(mine.map((m) => m.saved.ok)).toEqual(due.map(() => true));
      expect(theirs.map((m) => m.saved.ok)).toEqual(due.map(() => true));
      const ids = due.map(retentionErasureId);
      for (let i = 0; i < 30; i += 1) {
        await Promise.all([w.pane.engine.idle(), laptop.engine.idle()]);
        if (
          ids.every(
            (id) => w!.statuses.get(id)?.state === "sent" && laptop.statuses.get(id)?.state === "sent",
          )
        )
          break;
        await w.clock.advance(60_000);
      }
      expect(ids.map((id) => [w!.statuses.get(id)?.state, laptop.statuses.get(id)?.state])).toEqual(
        ids.map(() => ["sent", "sent"]),
      );
      const after = await stored();
      const left = after.flatMap((p) => p.candidates.map((c) => c.id)).sort();
      expect(left).toEqual(kept);
      const receipts = after.flatMap((p) => p.erasures ?? []);
      expect(receipts.map((r) => r.id).sort()).toEqual([...ids].sort());
      for (const r of receipts) {
        expect(r.by).toBe(RETENTION_ERASER);
        expect(r.erasedAt).toBeDefined();
        expect(r.deleteMails).toBe(false);
      }
      // A third look finds no one: the rule does not run again on whom it erased.
      expect(dueForAutomaticErasure(after, DEFAULT_SETTINGS, FIRM_ON, LATER)).toEqual([]);
    } finally {
      laptop.close();
    }
  });

  it("queues nothing while the firm has it off, and never a hired candidate", async () => {
    w = await world();
    const processes = await stored();
    expect(
      dueForAutomaticErasure(processes, DEFAULT_SETTINGS, { ...FIRM_ON, autoErase: false }, LATER),
    ).toEqual([]);
    const hired = processes.flatMap((p) =>
      p.candidates.filter((c) => p.stages.find((s) => s.id === c.stageId)?.kind === "hired").map((c) => c.id),
    );
    const due = dueForAutomaticErasure(processes, DEFAULT_SETTINGS, FIRM_ON, "2040-01-01T00:00:00.000Z");
    expect(due.filter((r) => hired.includes(r.candidateId))).toEqual([]);
  });
});
