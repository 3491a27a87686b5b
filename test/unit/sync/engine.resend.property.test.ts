import fc from "fast-check";
import { IDBFactory } from "fake-indexeddb";
import { createSyncEngine } from "../../../src/sync/engine";
import type { Command } from "../../../src/sync/commands";
import { commandArb } from "./fakes/commandArbitraries";
import { harness, openOutbox, PROCESS_ID } from "./fakes/harness";
import type { OutboxStore } from "../../../src/sync/outboxStore";

async function pendingCount(outbox: OutboxStore): Promise<number> {
  const pending = await outbox.listPending();
  return pending.ok ? pending.value.length : 0;
}

// Per candidate, commands go one at a time and the next starts only once the previous is marked
// sent; so when a pane closes, at most one command per candidate had reached Graph without its done
// mark — the last one. Re-sending those must change nothing.
describe("sending again what a closed pane had not marked done", () => {
  it("changes nothing in Microsoft 365, whatever the recruiter did before", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(commandArb, { maxLength: 12 }), async (raw) => {
        const h = await harness();
        const accepted: Command[] = [];
        for (const [i, c] of raw.entries()) {
          // Stamped at the click: ids and times in the order the recruiter acted.
          const createdAt = new Date(Date.parse("2026-11-25T08:00:00.000Z") + i * 1000).toISOString();
          const command = { ...c, id: `cmd-${String(i).padStart(3, "0")}`, createdAt } as Command;
          if ((await h.engine.dispatch(command)).ok) accepted.push(command);
        }
        await h.engine.idle();
        // A change that waited for an earlier one (Li Wei taking the address Åsa just left) goes
        // once its wait is over: the first pane finishes everything it can before it "closes".
        for (let round = 0; round < 10 && (await pendingCount(h.outbox)) > 0; round += 1) {
          await h.clock.advance(5 * 60_000);
          await h.engine.idle();
        }
        const before = {
          doc: h.m365.processes.doc(PROCESS_ID),
          writes: h.m365.processes.writes(),
          notes: h.m365.notes.entries(),
          tasks: [...h.m365.todo.open.keys()],
          taskWrites: h.m365.todo.writes().length,
          events: [...h.m365.calendar.open.keys()],
          eventWrites: h.m365.calendar.writes().length,
        };

        // The last command of each candidate, as the reopened pane finds it: not marked sent.
        const lastPerKey = new Map(accepted.map((c) => [c.key, c]));
        const outbox = await openOutbox(new IDBFactory());
        for (const { id, type, key, payload, createdAt } of lastPerKey.values()) {
          await outbox.enqueue({ id, type, key, payload, createdAt });
        }
        const again = createSyncEngine({ outbox, ports: h.m365, now: h.clock.now, sleep: h.clock.sleep });
        await again.refresh();
        await again.replay();
        await again.idle();

        expect({
          doc: h.m365.processes.doc(PROCESS_ID),
          writes: h.m365.processes.writes(),
          notes: h.m365.notes.entries(),
          tasks: [...h.m365.todo.open.keys()],
          taskWrites: h.m365.todo.writes().length,
          events: [...h.m365.calendar.open.keys()],
          eventWrites: h.m365.calendar.writes().length,
        }).toEqual(before);
        h.engine.stop();
        again.stop();
        h.outbox.close();
        outbox.close();
      }),
      { numRuns: 25 },
    );
  });
});
