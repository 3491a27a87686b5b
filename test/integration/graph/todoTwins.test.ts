// Two tasks for one follow-up in the "Svara" list (two devices made it at once): the adapter keeps
// the one every device keeps, lists the other as a twin, writes only to the one kept.
import type { RunningEmulator } from "../../graph-emulator";
import { splitTwins } from "../../../src/domain";
import { createTodoTasks } from "../../../src/graph/todoTasks";
import { answerFollowUp, upsertOne } from "./followUps";
import { emulator, graphFor, NOW, unwrap } from "./helpers";

let emu: RunningEmulator;
beforeEach(async () => {
  emu = await emulator("empty");
});
afterEach(() => emu.close());

const todo = (e: RunningEmulator) => createTodoTasks(graphFor(e), { now: () => Date.parse(NOW) });

/** Both devices listed before either wrote: each made its own task for the follow-up. */
async function twinTasks(): Promise<{ keeper: string; twin: string }> {
  const f = answerFollowUp();
  const laptop = todo(emu);
  const phone = todo(emu);
  unwrap(await laptop.listFollowUps());
  unwrap(await phone.listFollowUps());
  const a = unwrap(await upsertOne(laptop, f, null));
  const b = unwrap(await upsertOne(phone, f, null));
  expect(a).not.toBe(b);
  const copies = [a, b].map((id) => ({
    remoteId: id,
    createdAt: emu.state.todoTasks.get(id)!["createdDateTime"] as string,
  }));
  const split = splitTwins(copies)!;
  return { keeper: split.keeper.remoteId, twin: split.twins[0]!.remoteId };
}

describe("twin tasks in To Do", () => {
  it("lists the task every device keeps and names the other as its twin", async () => {
    const { keeper, twin } = await twinTasks();
    const adapter = todo(emu);
    const listed = unwrap(await adapter.listFollowUps());
    expect(listed.map((e) => e.remoteId)).toEqual([keeper]);
    expect(unwrap(await adapter.listTwins())).toEqual([{ followUpId: answerFollowUp().id, remoteId: twin }]);
  });

  it("writes a moved due date to the kept task only, and a completed twin is a twin no more", async () => {
    const { keeper, twin } = await twinTasks();
    const adapter = todo(emu);
    unwrap(await adapter.listFollowUps());
    const moved = answerFollowUp({ dueAt: "2026-11-26T16:00:00.000Z" });
    expect(unwrap(await upsertOne(adapter, moved, null))).toBe(keeper);
    unwrap(await adapter.completeFollowUps([twin]));
    expect(emu.state.todoTasks.get(twin)!["status"]).toBe("completed");
    expect(unwrap(await adapter.listTwins())).toEqual([]);
    expect(unwrap(await todo(emu).listTwins())).toEqual([]); // and in a fresh listing too
  });
});
