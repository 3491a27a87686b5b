// The weekly OneNote list is a real control: a to-do ticked there completes the follow-up in Svara,
// and so its To Do task.
import { DEFAULT_SETTINGS, weeklyTodo } from "../../../src/domain";
import { syncWeeklyTodo } from "../../../src/sync/weeklyTodoSync";
import { graphHttp, NOW, untilSent, world, type World } from "./syncOverEmulator";

let w: World;
afterEach(async () => {
  await w.close();
});

const sync = async () => {
  const done = await syncWeeklyTodo(
    w.pane.ports.notes,
    w.pane.engine.processes(),
    DEFAULT_SETTINGS,
    "sv",
    NOW,
  );
  if (!done.ok) throw new Error(done.error.code);
  return done.value;
};

describe("ticking a to-do in OneNote", () => {
  it("completes the follow-up, its To Do task with it, and queues it once however often the page is read", async () => {
    w = await world();
    await w.pane.engine.sweepFollowUps();
    expect((await sync()).created).toBe(true);
    const page = [...w.emu.state.pages.values()].find((p) => /vecka 48, 2026/.test(String(p["title"])))!;
    const tasks = [...w.emu.state.todoTasks.values()];
    const linked = (t: Record<string, unknown>) =>
      (t["linkedResources"] as { externalId: string }[])[0]!.externalId;
    // Pick a to-do whose follow-up is a To Do task.
    const week = weeklyTodo(w.pane.engine.processes(), DEFAULT_SETTINGS, NOW);
    const item = week.items.find((i) => tasks.some((t) => linked(t) === i.followUpId))!;
    expect(item).toBeDefined();
    // She ticks it in OneNote: the element now carries data-tag="to-do:completed".
    const http = graphHttp(w.emu, w.network);
    const ticked = await http.patch(
      `/me/onenote/pages/${String(page["id"])}/content`,
      [
        {
          target: `#${item.id}`,
          action: "replace",
          content: `<p data-tag="to-do:completed" data-id="${item.id}">${item.text.sv}</p>`,
        },
      ],
      { headers: { "Content-Type": "application/json" } },
    );
    expect(ticked.ok).toBe(true);

    const read = await sync();
    expect(read.completions.map((c) => c.payload.followUpId)).toEqual([item.followUpId]);
    for (const c of read.completions) await w.pane.engine.dispatch(c);
    // Read again before it is sent (the pane opened twice): the same id, so queued once.
    for (const c of (await sync()).completions) await w.pane.engine.dispatch(c);
    await untilSent(
      w,
      read.completions.map((c) => c.id),
    );
    const task = tasks.find((t) => linked(t) === item.followUpId)!;
    expect(task["status"]).toBe("completed");
    const candidate = w.pane.engine
      .processes()
      .find((p) => p.id === item.processId)!
      .candidates.find((c) => c.id === item.candidateId)!;
    expect(candidate.completedFollowUps?.filter((id) => id === item.followUpId)).toEqual([item.followUpId]);
    // And the next read of the page queues nothing new for it: the plan no longer holds it.
    expect((await sync()).completions).toEqual([]);
  });
});
