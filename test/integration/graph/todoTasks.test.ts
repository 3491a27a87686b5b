// A candidate waiting for an answer becomes a To Do task in the recruiter's "Svara" list.
import type { RunningEmulator } from "../../graph-emulator";
import { sameFollowUp } from "../../../src/domain";
import { createTodoTasks } from "../../../src/graph/todoTasks";
import { answerFollowUp, completeOne, upsertOne } from "./followUps";
import { counted, emulator, graphFor, NOW, unwrap } from "./helpers";

let emu: RunningEmulator;
beforeEach(async () => {
  emu = await emulator("empty");
});
afterEach(() => emu.close());

const todo = (e: RunningEmulator) => createTodoTasks(graphFor(e), { now: () => Date.parse(NOW) });
const svaraLists = (e: RunningEmulator) =>
  [...e.state.todoLists.values()].filter((l) => l["displayName"] === "Svara");
const tasksFor = (e: RunningEmulator, followUpId: string) =>
  [...e.state.todoTasks.values()].filter((t) =>
    (t["linkedResources"] as { externalId: string }[]).some((r) => r.externalId === followUpId),
  );
const mail = { webUrl: "https://outlook.office365.com/owa/?ItemID=AAMk1", displayName: "Ansökan: Backend" };

describe("reminders in To Do", () => {
  it("makes the Svara list once and a task with due date, reminder and the mail's link", async () => {
    const f = answerFollowUp();
    const adapter = todo(emu);
    const id = unwrap(await upsertOne(adapter, f, null, mail));
    unwrap(await upsertOne(todo(emu), answerFollowUp({ id: "p-x:c-y:warning:1" }), null));
    expect(svaraLists(emu)).toHaveLength(1);
    const t = emu.state.todoTasks.get(id)!;
    expect(t["title"]).toBe("Svara Erik Lund senast 24 nov");
    expect(t["isReminderOn"]).toBe(true);
    expect(t["status"]).toBe("notStarted");
    expect(t["dueDateTime"]).toEqual({ dateTime: "2026-11-24T00:00:00.0000000", timeZone: "UTC" });
    expect(t["reminderDateTime"]).toEqual({ dateTime: "2026-11-21T08:00:00.0000000", timeZone: "UTC" });
    expect(t["categories"]).toEqual(["Svara"]);
    expect(t["linkedResources"]).toEqual([
      expect.objectContaining({
        applicationName: "Svara",
        externalId: f.id,
        webUrl: mail.webUrl,
        displayName: mail.displayName,
      }),
    ]);
    expect(String((t["body"] as { content: string }).content)).toMatch(/^Erik väntar på besked\./);
  });

  it("shows the recruiter only human text in the task's notes, the follow-up kept out of sight", async () => {
    const f = answerFollowUp();
    const id = unwrap(await upsertOne(todo(emu), f, null, mail));
    const t = emu.state.todoTasks.get(id)!;
    expect((t["body"] as { content: string }).content).toBe("Erik väntar på besked.");
    expect((t["body"] as { content: string }).content).not.toMatch(/svara:v1|[{}]/);
    expect(t["extensions"]).toEqual([expect.objectContaining({ extensionName: "se.svara.followUp" })]);
  });

  it("recognises a task of the older format and rewrites it once, with no twin", async () => {
    const f = answerFollowUp();
    const id = unwrap(await upsertOne(todo(emu), f, null, mail));
    const t = emu.state.todoTasks.get(id)!;
    // As the older version wrote it: the follow-up as JSON at the end of the notes, no extension.
    t["body"] = {
      contentType: "text",
      content: `Erik väntar på besked.\n\n―― Svara ――\nsvara:v1 ${JSON.stringify(f)}`,
    };
    delete t["extensions"];
    const fresh = todo(emu);
    const listed = unwrap(await fresh.listFollowUps());
    expect(listed.map((e) => e.remoteId)).toEqual([id]);
    expect(sameFollowUp(listed[0]!.followUp, f)).toBe(true);
    const rewrite = await fresh.upsertFollowUps([{ followUp: f, existingId: id, mailLink: mail }], "sv");
    expect(unwrap(rewrite).saved).toEqual([{ id: f.id, remoteId: id, change: "updated" }]);
    expect((t["body"] as { content: string }).content).toBe("Erik väntar på besked.");
    expect(t["extensions"]).toHaveLength(1);
    expect(tasksFor(emu, f.id)).toHaveLength(1);
    // Once rewritten, nothing more to send.
    const again = await todo(emu).upsertFollowUps([{ followUp: f, existingId: id, mailLink: mail }], "sv");
    expect(unwrap(again).saved[0]!.change).toBe("unchanged");
  });

  it("keeps reading the task after the recruiter wrote her own notes in it", async () => {
    const f = answerFollowUp();
    const id = unwrap(await upsertOne(todo(emu), f, null));
    (emu.state.todoTasks.get(id)!["body"] as { content: string }).content = "mina egna anteckningar";
    expect(unwrap(await todo(emu).listFollowUps()).map((e) => e.remoteId)).toEqual([id]);
  });

  it("maps the open tasks back to exactly the follow-ups the planner made, in one request once warm", async () => {
    const f = answerFollowUp();
    const adapter = todo(emu);
    const id = unwrap(await upsertOne(adapter, f, null));
    const { result, requests } = await counted(emu, () => adapter.listFollowUps());
    const listed = unwrap(result);
    expect(requests).toBe(1);
    expect(listed.map((e) => e.remoteId)).toEqual([id]);
    expect(sameFollowUp(listed[0]!.followUp, f)).toBe(true);
  });

  it("makes the task once even when the connection drops after To Do saved it", async () => {
    const f = answerFollowUp();
    const adapter = todo(emu);
    unwrap(await adapter.listFollowUps());
    const drop = emu.faults.dropAfterCommit({ method: "POST", path: "/me/todo/lists/*/tasks" });
    const id = unwrap(await upsertOne(adapter, f, null));
    expect(emu.faults.fired(drop.id)).toBe(1);
    expect(tasksFor(emu, f.id).map((t) => t["id"])).toEqual([id]);
    // The outbox's own retry, in a fresh pane that knows no task id, finds it too.
    unwrap(await upsertOne(todo(emu), f, null));
    expect(tasksFor(emu, f.id)).toHaveLength(1);
  });

  it("creates with one request once the list is known, and updates in place", async () => {
    const adapter = todo(emu);
    unwrap(await adapter.listFollowUps());
    const f = answerFollowUp();
    const created = await counted(emu, () => upsertOne(adapter, f, null));
    expect(created.requests).toBe(1);
    const moved = answerFollowUp({ dueAt: "2026-11-25T10:15:00.000Z", overdue: true });
    const updated = await counted(emu, () => upsertOne(adapter, moved, unwrap(created.result)));
    expect(updated.requests).toBe(1);
    const t = emu.state.todoTasks.get(unwrap(created.result))!;
    expect(t["importance"]).toBe("high");
    expect(sameFollowUp(unwrap(await adapter.listFollowUps())[0]!.followUp, moved)).toBe(true);
  });

  it("puts a task due late in the evening on the recruiter's own day", async () => {
    const late = answerFollowUp({ dueAt: "2026-11-24T23:30:00.000Z" }); // 00:30 on the 25th in Stockholm
    const id = unwrap(await upsertOne(todo(emu), late, null));
    expect(emu.state.todoTasks.get(id)!["dueDateTime"]).toEqual({
      dateTime: "2026-11-25T00:00:00.0000000",
      timeZone: "UTC",
    });
  });

  it("ticks the task off when the follow-up is done, and no longer lists it", async () => {
    const adapter = todo(emu);
    const id = unwrap(await upsertOne(adapter, answerFollowUp(), null));
    unwrap(await completeOne(adapter, id));
    expect(emu.state.todoTasks.get(id)!["status"]).toBe("completed");
    expect(unwrap(await adapter.listFollowUps())).toEqual([]);
  });

  it("asks To Do only for her open tasks, however many she has ticked off over the years", async () => {
    const adapter = todo(emu);
    const open = unwrap(await upsertOne(adapter, answerFollowUp(), null));
    // 500 tasks done long ago, in the same list and carrying Svara's link: five pages before.
    const template = emu.state.todoTasks.get(open)!;
    for (let i = 0; i < 500; i++) {
      const id = `AAMkDone${i}`;
      const linked = [
        { ...(template["linkedResources"] as object[])[0]!, externalId: `p-x:c-${i}:answer:1` },
      ];
      emu.state.todoTasks.set(id, { ...template, id, status: "completed", linkedResources: linked });
    }
    const { result, log } = await counted(emu, () => todo(emu).listFollowUps());
    expect(unwrap(result).map((e) => e.remoteId)).toEqual([open]);
    const listings = log.filter((e) => /\/tasks$/.test(e.path));
    expect(listings).toHaveLength(1);
    expect(decodeURIComponent(listings[0]!.query)).toContain("$filter=status ne 'completed'");
  });

  it("gives a follow-up wanted again after she ticked its task off one open task, the ticked one left done", async () => {
    const f = answerFollowUp();
    const first = unwrap(await upsertOne(todo(emu), f, null));
    emu.state.todoTasks.get(first)!["status"] = "completed"; // ticked off in To Do
    const fresh = todo(emu);
    expect(unwrap(await fresh.listFollowUps())).toEqual([]);
    expect(unwrap(await fresh.listTwins())).toEqual([]);
    const again = unwrap(await upsertOne(fresh, f, null));
    expect(tasksFor(emu, f.id).map((t) => [t["id"], t["status"]])).toEqual([
      [first, "completed"],
      [again, "notStarted"],
    ]);
    const later = todo(emu);
    expect(unwrap(await later.listFollowUps()).map((e) => e.remoteId)).toEqual([again]);
    expect(unwrap(await later.listTwins())).toEqual([]);
  });

  it("repairs a task whose stored follow-up was damaged, instead of making another", async () => {
    const f = answerFollowUp();
    const id = unwrap(await upsertOne(todo(emu), f, null));
    (emu.state.todoTasks.get(id)!["extensions"] as { followUp: string }[])[0]!.followUp = "{trasig";
    const fresh = todo(emu);
    expect(unwrap(await fresh.listFollowUps())).toEqual([]);
    expect(unwrap(await upsertOne(fresh, f, null))).toBe(id);
    expect(unwrap(await fresh.listFollowUps()).map((e) => e.remoteId)).toEqual([id]);
  });
});
