// Ticking a follow-up off in Svara (Today / This week) over the real adapters and the emulator: the
// tick is written to the process document, and the reconcile completes the To Do task — once, even
// when Graph's answer never reaches the pane, and the next sweep does not make it again.
import type { ExistingFollowUp } from "../../../src/graph/ports";
import { makeCommand, type Command } from "../../../src/sync/commands";
import { inVersion2, requestsTo, untilSent, world, type World } from "./syncOverEmulator";

let w: World;
afterEach(async () => {
  await w.close();
});

/** An answer reminder the sweep put in To Do for one of the demo's waiting candidates. */
async function anAnswerTask(): Promise<ExistingFollowUp> {
  const swept = await w.pane.engine.sweepFollowUps();
  expect(swept.ok && swept.value.created).toBeGreaterThan(0);
  const tasks = await w.pane.ports.todo.listFollowUps();
  if (!tasks.ok) throw new Error(tasks.error.code);
  const task = tasks.value.find((t) => t.followUp.kind === "answer-due");
  if (!task) throw new Error("the demo has no answer reminder in To Do");
  return task;
}

function tick(task: ExistingFollowUp): Command {
  const { processId, candidateId, id } = task.followUp;
  return makeCommand(
    "CompleteFollowUp",
    { processId, candidateId, followUpId: id },
    { id: `done:${id}`, createdAt: w.clock.iso() },
  );
}

/** The emulator's To Do tasks carrying this follow-up id (linkedResources.externalId). */
function tasksOf(followUpId: string): Record<string, unknown>[] {
  return [...w.emu.state.todoTasks.values()].filter((t) =>
    JSON.stringify(t["linkedResources"] ?? []).includes(`"externalId":"${followUpId}"`),
  );
}

/** The PATCHes that reached this task, inside a $batch or alone. */
const completions = (w: World, remoteId: string) =>
  w.emu.requests
    .all()
    .flatMap((r) => (r.batch ? r.batch.map((b) => ({ method: b.method, path: b.url })) : [r]))
    .filter((r) => r.method === "PATCH" && r.path.endsWith(`/tasks/${remoteId}`));

/** Process documents Graph saved (a write refused with 412 saved nothing). */
const savedDocuments = (w: World) => requestsTo(w.emu, "PUT", /approot/).filter((r) => r.status < 300);

describe("ticking off a follow-up completes its To Do task", () => {
  it("completes the task once, and the next sweep does not make it again", async () => {
    w = await world();
    const task = await anAnswerTask();
    const cmd = tick(task);
    expect((await w.pane.engine.dispatch(cmd)).ok).toBe(true);
    await untilSent(w, [cmd.id]);
    expect(w.statuses.get(cmd.id)?.state).toBe("sent");
    expect(tasksOf(task.followUp.id)).toEqual([expect.objectContaining({ status: "completed" })]);
    expect(completions(w, task.remoteId)).toHaveLength(1);

    const again = await w.pane.engine.sweepFollowUps();
    expect(again.ok && again.value).toEqual({ created: 0, updated: 0, completed: 0 });
    expect(tasksOf(task.followUp.id)).toEqual([expect.objectContaining({ status: "completed" })]);
  });

  it("completes it exactly once when the connection drops after Graph saved the tick and the task", async () => {
    w = await world();
    await inVersion2(w);
    const task = await anAnswerTask();
    const writesBefore = savedDocuments(w).length;
    // The tick lives in the process index: its PUT is the one whose answer is lost.
    w.emu.faults.dropAfterCommit({
      method: "PUT",
      path: `/me/drive/special/approot:/processes/${task.followUp.processId}.json:/content`,
    });
    w.emu.faults.dropAfterCommit({ method: "PATCH", path: "/me/todo/lists/*/tasks/*" });
    const cmd = tick(task);
    await w.pane.engine.dispatch(cmd);
    await untilSent(w, [cmd.id]);
    expect(w.statuses.get(cmd.id)?.state).toBe("sent");
    expect(w.emu.requests.all().filter((r) => r.dropped).length).toBeGreaterThanOrEqual(2);
    // Each file of the document was written once for the tick: the re-send found it already there.
    const saved = savedDocuments(w)
      .slice(writesBefore)
      .map((r) => r.path);
    expect(saved.some((p) => p.endsWith(`/${task.followUp.processId}.json:/content`))).toBe(true);
    expect(saved).toEqual([...new Set(saved)]);
    expect(tasksOf(task.followUp.id)).toEqual([expect.objectContaining({ status: "completed" })]);
    expect(completions(w, task.remoteId).length).toBeLessThanOrEqual(2); // the dropped one, then its re-send

    await w.reopen();
    await w.pane.engine.idle();
    const again = await w.pane.engine.sweepFollowUps();
    expect(again.ok && again.value).toEqual({ created: 0, updated: 0, completed: 0 });
    expect(tasksOf(task.followUp.id)).toEqual([expect.objectContaining({ status: "completed" })]);
  });
});
