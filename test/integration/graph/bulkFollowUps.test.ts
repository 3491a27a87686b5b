// A sweep's many follow-ups in $batches of ≤ 20: one listing, then only what is missing or
// different, with no twins whatever Graph throttles or cuts off.
import type { RunningEmulator } from "../../graph-emulator";
import type { FollowUp } from "../../../src/domain";
import { createCalendarEvents } from "../../../src/graph/calendarEvents";
import type { FollowUpWrite } from "../../../src/graph/ports";
import { createTodoTasks } from "../../../src/graph/todoTasks";
import { answerFollowUp, callFollowUp } from "./followUps";
import { counted, emulator, graphFor, NOW, unwrap } from "./helpers";

let emu: RunningEmulator;
beforeEach(async () => {
  emu = await emulator("empty");
});
afterEach(() => emu.close());

const noWait = { clock: { sleep: async () => undefined } };
const todo = () => createTodoTasks(graphFor(emu), { now: () => Date.parse(NOW), batch: noWait });
const calendar = () => createCalendarEvents(graphFor(emu), { now: () => Date.parse(NOW), batch: noWait });

const answers = (n: number): FollowUpWrite[] =>
  Array.from({ length: n }, (_, i) => ({
    followUp: answerFollowUp({ id: `p-bulk:c-${i}:answer-due:1`, candidateId: `c-${i}` }),
  }));
const calls = (n: number): FollowUpWrite[] =>
  Array.from({ length: n }, (_, i) => ({
    followUp: callFollowUp({ id: `p-bulk:c-${i}:call:1`, candidateId: `c-${i}` }),
  }));

const externalIds = () =>
  [...emu.state.todoTasks.values()].map(
    (t) => (t["linkedResources"] as { externalId: string }[])[0]!.externalId,
  );
const transactionIds = () => [...emu.state.events.values()].map((e) => e["transactionId"]);
const batches = (log: { path: string; batch?: unknown[] }[]) => log.filter((e) => e.path === "/$batch");
const sorted = (ids: readonly unknown[]) => [...ids].map(String).sort();

describe("To Do follow-ups in bulk", () => {
  it("makes 45 tasks with one listing and three $batch requests, and a second run sends nothing", async () => {
    const writes = answers(45);
    const adapter = todo();
    const first = await counted(emu, () => adapter.upsertFollowUps(writes, "sv"));
    const outcome = unwrap(first.result);
    expect(outcome.failed).toEqual([]);
    expect(outcome.saved.map((s) => s.change)).toEqual(Array(45).fill("created"));
    // Lists (1), the Svara list made (1), its tasks (1), then 20 + 20 + 5.
    expect(batches(first.log).map((b) => b.batch!.length)).toEqual([20, 20, 5]);
    expect(first.requests).toBe(6);
    expect(outcome.requests).toBe(6);
    expect(sorted(externalIds())).toEqual(sorted(writes.map((w) => w.followUp.id)));

    // The adapter keeps its listing current with what it made: nothing to ask within a sync run.
    const again = await counted(emu, () => adapter.upsertFollowUps(writes, "sv"));
    expect(unwrap(again.result).saved.every((s) => s.change === "unchanged")).toBe(true);
    expect(again.requests).toBe(0);
    // Another pane: the lists and the Svara list's tasks, nothing written.
    const elsewhere = await counted(emu, () => todo().upsertFollowUps(writes, "sv"));
    expect(unwrap(elsewhere.result).saved.every((s) => s.change === "unchanged")).toBe(true);
    expect(elsewhere.requests).toBe(2);
    expect(emu.state.todoTasks.size).toBe(45);
  });

  it("updates only the follow-up that moved, in place", async () => {
    const writes = answers(5);
    unwrap(await todo().upsertFollowUps(writes, "sv"));
    const moved: FollowUp = { ...writes[2]!.followUp, dueAt: "2026-11-27T10:15:00.000Z", overdue: true };
    const changed = writes.map((w, i) => (i === 2 ? { followUp: moved } : w));
    const { result, log } = await counted(emu, () => todo().upsertFollowUps(changed, "sv"));
    const outcome = unwrap(result);
    expect(outcome.saved.filter((s) => s.change === "updated").map((s) => s.id)).toEqual([moved.id]);
    // One task touched: its fields, then the follow-up stored in its open extension.
    expect(
      batches(log)
        .flatMap((b) => b.batch as { method: string; url: string }[])
        .map((s) => `${s.method} ${s.url.includes("/extensions/") ? "extension" : "task"}`),
    ).toEqual(["PATCH task", "PATCH extension"]);
    expect(emu.state.todoTasks.size).toBe(5);
  });

  it("re-sends only the create To Do throttled inside the $batch", async () => {
    const writes = answers(25);
    const adapter = todo();
    unwrap(await adapter.listFollowUps()); // the list exists and is known
    const throttle = emu.faults.throttle({ method: "POST", path: "/me/todo/lists/*/tasks", count: 1 });
    const { result, log } = await counted(emu, () => adapter.upsertFollowUps(writes, "sv"));
    expect(emu.faults.fired(throttle.id)).toBe(1);
    expect(unwrap(result).failed).toEqual([]);
    expect(batches(log).map((b) => b.batch!.length)).toEqual([20, 5, 1]);
    expect(sorted(externalIds())).toEqual(sorted(writes.map((w) => w.followUp.id)));
  });

  it("makes no twins when the connection drops after a $batch of creates ran", async () => {
    const writes = answers(30);
    const adapter = todo();
    unwrap(await adapter.listFollowUps());
    const drop = emu.faults.dropAfterCommit({ method: "POST", path: "/$batch", count: 1 });
    const { result } = await counted(emu, () => adapter.upsertFollowUps(writes, "sv"));
    expect(emu.faults.fired(drop.id)).toBe(1);
    const outcome = unwrap(result);
    expect(outcome.failed).toEqual([]);
    expect(outcome.saved).toHaveLength(30);
    expect(sorted(externalIds())).toEqual(sorted(writes.map((w) => w.followUp.id)));
  });
});

describe("calendar follow-ups in bulk", () => {
  it("books 45 calls with one listing and three $batch requests, and a second run sends nothing", async () => {
    const writes = calls(45);
    const first = await counted(emu, () => calendar().upsertFollowUps(writes, "sv"));
    const outcome = unwrap(first.result);
    expect(outcome.failed).toEqual([]);
    expect(batches(first.log).map((b) => b.batch!.length)).toEqual([20, 20, 5]);
    expect(first.requests).toBe(4);
    expect(outcome.requests).toBe(4);
    expect(emu.state.events.size).toBe(45);

    const again = await counted(emu, () => calendar().upsertFollowUps(writes, "sv"));
    expect(unwrap(again.result).saved.every((s) => s.change === "unchanged")).toBe(true);
    expect(again.requests).toBe(1);
  });

  it("re-sends only the event throttled inside the $batch", async () => {
    const writes = calls(25);
    const throttle = emu.faults.throttle({ method: "POST", path: "/me/events", count: 1 });
    const { result, log } = await counted(emu, () => calendar().upsertFollowUps(writes, "sv"));
    expect(emu.faults.fired(throttle.id)).toBe(1);
    expect(unwrap(result).failed).toEqual([]);
    expect(batches(log).map((b) => b.batch!.length)).toEqual([20, 5, 1]);
    expect(emu.state.events.size).toBe(25);
  });

  it("makes no twins when the connection drops after a $batch ran: the transactionIds dedupe the re-send", async () => {
    const writes = calls(30);
    const drop = emu.faults.dropAfterCommit({ method: "POST", path: "/$batch", count: 1 });
    const { result } = await counted(emu, () => calendar().upsertFollowUps(writes, "sv"));
    expect(emu.faults.fired(drop.id)).toBe(1);
    expect(unwrap(result).failed).toEqual([]);
    expect(emu.state.events.size).toBe(30);
    expect(new Set(transactionIds()).size).toBe(30);
  });

  it("goes by the caller's listing when every write carries what exists: no listing of its own", async () => {
    const adapter = calendar();
    const made = unwrap(await adapter.upsertFollowUps(calls(2), "sv"));
    const moved = calls(2).map((w, i) => ({
      followUp: { ...w.followUp, dueAt: "2026-11-27T09:00:00.000Z" },
      existingId: made.saved[i]!.remoteId,
    }));
    const writes = [...moved, { ...calls(3)[2]!, existingId: null }];
    const { result, log } = await counted(emu, () => adapter.upsertFollowUps(writes, "sv"));
    expect(unwrap(result).saved.map((s) => s.change)).toEqual(["updated", "updated", "created"]);
    expect(log.map((e) => e.method)).toEqual(["POST"]);
    expect(emu.state.events.size).toBe(3);
  });

  it("books again a call the recruiter deleted in Outlook, and moves the others", async () => {
    const writes = calls(3);
    const first = unwrap(await calendar().upsertFollowUps(writes, "sv"));
    const moved = writes.map((w) => ({ followUp: { ...w.followUp, dueAt: "2026-11-27T09:00:00.000Z" } }));
    const adapter = calendar();
    emu.state.events.delete(first.saved[0]!.remoteId);
    const outcome = unwrap(await adapter.upsertFollowUps(moved, "sv"));
    expect(outcome.failed).toEqual([]);
    expect(outcome.saved.map((s) => s.change).sort()).toEqual(["created", "updated", "updated"]);
    expect(emu.state.events.size).toBe(3);
  });
});

describe("completing follow-ups in bulk", () => {
  it("ticks off 25 To Do tasks in two $batch requests; one already gone counts as done", async () => {
    const adapter = todo();
    const made = unwrap(await adapter.upsertFollowUps(answers(25), "sv"));
    const ids = made.saved.map((s) => s.remoteId);
    emu.state.todoTasks.delete(ids[3]!);
    const { result, log } = await counted(emu, () => adapter.completeFollowUps(ids));
    const outcome = unwrap(result);
    expect(outcome.failed).toEqual([]);
    expect(outcome.done).toHaveLength(25);
    expect(batches(log).map((b) => b.batch!.length)).toEqual([20, 5]);
    expect(log).toHaveLength(2);
    expect([...emu.state.todoTasks.values()].every((t) => t["status"] === "completed")).toBe(true);
    expect(unwrap(await adapter.listFollowUps())).toEqual([]);
  });

  it("deletes calls still ahead and keeps a past one as done, with one listing and one $batch", async () => {
    const ahead = calls(2);
    const past: FollowUpWrite = {
      followUp: callFollowUp({
        id: "p-bulk:c-past:call:1",
        candidateId: "c-past",
        dueAt: "2026-11-20T09:00:00.000Z",
        remindAt: "2026-11-20T08:45:00.000Z",
      }),
    };
    const adapter = calendar();
    const made = unwrap(await adapter.upsertFollowUps([...ahead, past], "sv"));
    const ids = made.saved.map((s) => s.remoteId);
    // Another pane, which lists the events' ends once (the one that made them knows them).
    const { result, log } = await counted(emu, () => calendar().completeFollowUps([...ids, "AAMk-not-ours"]));
    expect(unwrap(result).done).toHaveLength(4);
    expect(log.map((e) => e.method)).toEqual(["GET", "POST"]);
    expect([...emu.state.events.keys()]).toEqual([ids[2]]);
    expect(unwrap(await adapter.listFollowUps())).toEqual([]);
  });
});
