// The To Do index held on the device (decision 0012): a later start asks To Do's task delta what
// changed instead of listing every open task, and still sees what the recruiter did in To Do and
// what another device made.
import type { RunningEmulator } from "../../graph-emulator";
import { followUpId, splitTwins, type FollowUp } from "../../../src/domain";
import type { GraphHttp } from "../../../src/graph/graphHttp";
import type { TodoIndexStore } from "../../../src/graph/ports";
import { createTodoTasks } from "../../../src/graph/todoTasks";
import { memoryTodoIndex } from "../../../src/sync/todoIndexStore";
import { answerFollowUp, upsertOne } from "./followUps";
import { counted, emulator, graphFor, NOW, unwrap } from "./helpers";

let emu: RunningEmulator;
beforeEach(async () => {
  emu = await emulator("empty");
});
afterEach(() => emu.close());

const device = (store?: TodoIndexStore, http: GraphHttp = graphFor(emu)) =>
  createTodoTasks(http, { now: () => Date.parse(NOW), ...(store ? { store } : {}) });

const follow = (candidate: string): FollowUp =>
  answerFollowUp({
    id: followUpId("p-nordbank-backend", candidate, "answer-due", "20261114T101500Z"),
    candidateId: candidate,
  });

const FOLLOW_UPS = ["c-erik-lund", "c-asa-oberg", "c-li-wei"].map(follow);

/** The first start on this device: the sweep makes every follow-up. Their task ids. */
async function firstStart(store: TodoIndexStore): Promise<string[]> {
  const pane = device(store);
  unwrap(await pane.listFollowUps());
  const ids: string[] = [];
  for (const f of FOLLOW_UPS) ids.push(unwrap(await upsertOne(pane, f, null)));
  return ids;
}

const task = (id: string) => emu.state.todoTasks.get(id)!;
const openIds = async (store?: TodoIndexStore) =>
  unwrap(await device(store).listFollowUps())
    .map((e) => e.followUp.id)
    .sort();

/** Task reads of To Do, by kind, in a log slice. */
const reads = (log: { method: string; path: string }[]) => ({
  listings: log.filter((e) => e.method === "GET" && /\/tasks$/.test(e.path)).length,
  deltas: log.filter((e) => e.path.endsWith("/tasks/delta")).length,
  taskGets: log.filter(
    (e) => e.method === "GET" && /\/tasks\/[^/]+$/.test(e.path) && !e.path.endsWith("/delta"),
  ).length,
});

describe("a later start reads only the To Do tasks that changed", () => {
  it("reads no task when nothing changed since the pane was closed: one delta request, no listing", async () => {
    const store = memoryTodoIndex();
    await firstStart(store);
    const later = await counted(emu, () => device(store).listFollowUps());
    expect(
      unwrap(later.result)
        .map((e) => e.followUp.id)
        .sort(),
    ).toEqual(FOLLOW_UPS.map((f) => f.id).sort());
    expect(reads(later.log)).toEqual({ listings: 0, deltas: 1, taskGets: 0 });
    expect(later.requests).toBe(2); // the lists, and the delta round (empty)
  });

  it("does not read its own writes again at the next start", async () => {
    const store = memoryTodoIndex();
    const [first] = await firstStart(store);
    const pane = device(store);
    unwrap(await pane.listFollowUps());
    unwrap(await upsertOne(pane, { ...FOLLOW_UPS[0]!, dueAt: "2026-11-27T10:15:00.000Z" }, first!));
    unwrap(await pane.completeFollowUps([first!]));
    const later = await counted(emu, () => device(store).listFollowUps());
    expect(reads(later.log)).toEqual({ listings: 0, deltas: 1, taskGets: 0 });
    expect(unwrap(later.result)).toHaveLength(2);
  });

  it("lets a task she ticked completed in To Do leave the open index", async () => {
    const store = memoryTodoIndex();
    const [erik] = await firstStart(store);
    unwrap(
      await graphFor(emu).patch(`/me/todo/lists/${String(task(erik!)["_listId"])}/tasks/${erik}`, {
        status: "completed",
      }),
    );
    const later = await counted(emu, () => openIds(store));
    expect(later.result).toEqual([FOLLOW_UPS[1]!.id, FOLLOW_UPS[2]!.id].sort());
    expect(reads(later.log).taskGets).toBe(0); // the entry's status says it all
  });

  it("makes a task she deleted in To Do again at the sweep", async () => {
    const store = memoryTodoIndex();
    const [erik] = await firstStart(store);
    unwrap(await graphFor(emu).delete(`/me/todo/lists/${String(task(erik!)["_listId"])}/tasks/${erik}`));
    const pane = device(store);
    expect(unwrap(await pane.listFollowUps()).map((e) => e.followUp.id)).not.toContain(FOLLOW_UPS[0]!.id);
    const again = unwrap(await upsertOne(pane, FOLLOW_UPS[0]!, null));
    expect(again).not.toBe(erik);
    expect(task(again)["status"]).toBe("notStarted");
    expect(await openIds(store)).toEqual(await openIds());
  });

  it("sees the twin another device made, and both devices converge on one copy", async () => {
    const store = memoryTodoIndex();
    // The phone listed before the laptop wrote: it makes its own task for Erik's follow-up.
    const phone = device();
    unwrap(await phone.listFollowUps());
    const [erik] = await firstStart(store);
    const twin = unwrap(await upsertOne(phone, FOLLOW_UPS[0]!, null));
    const laptop = device(store);
    const twins = unwrap(await laptop.listTwins());
    const split = splitTwins(
      [erik!, twin].map((id) => ({ remoteId: id, createdAt: String(task(id)["createdDateTime"]) })),
    )!;
    expect(twins).toEqual([{ followUpId: FOLLOW_UPS[0]!.id, remoteId: split.twins[0]!.remoteId }]);
    expect(unwrap(await device().listTwins())).toEqual(twins); // what a full listing sees
    unwrap(await laptop.completeFollowUps(twins.map((t) => t.remoteId)));
    expect(unwrap(await device(store).listTwins())).toEqual([]);
    expect(unwrap(await device().listTwins())).toEqual([]);
    expect(await openIds(store)).toEqual(await openIds());
  });

  it("falls back to the full listing when the link has expired (410), and loses nothing", async () => {
    const store = memoryTodoIndex();
    await firstStart(store);
    const list = String([...emu.state.todoLists.values()].find((l) => l["displayName"] === "Svara")!["id"]);
    const held = unwrap(await store.load(list))!;
    unwrap(
      await store.save(list, {
        ...held,
        deltaLink: held.deltaLink.replace(/deltatoken=[^&]+/, "deltatoken=expired"),
      }),
    );
    // Meanwhile she ticked one off in To Do: the full listing must show it.
    const erik = held.tasks.find((t) => t.externalId === FOLLOW_UPS[0]!.id)!.remoteId;
    emu.state.todoTasks.get(erik)!["status"] = "completed";
    emu.state.touchOutlook(emu.state.todoTasks.get(erik)!, false);
    const later = await counted(emu, () => openIds(store));
    expect(later.result).toEqual([FOLLOW_UPS[1]!.id, FOLLOW_UPS[2]!.id].sort());
    expect(reads(later.log)).toMatchObject({ listings: 1 });
    expect(later.log.some((e) => e.status === 410)).toBe(true);
    // And the new round serves the next start.
    const next = await counted(emu, () => openIds(store));
    expect(reads(next.log)).toEqual({ listings: 0, deltas: 1, taskGets: 0 });
  });

  it("misses no change made between the new round's link and the listing (link first, then list)", async () => {
    const store = memoryTodoIndex();
    const ids = await firstStart(memoryTodoIndex());
    const http = graphFor(emu);
    let fired = false;
    // Whichever of the two steps ends first, she ticks a task off right after it.
    const between: GraphHttp = {
      ...http,
      get: async <T>(path: string, options?: Parameters<GraphHttp["get"]>[1]) => {
        const got = await http.get<T>(path, options);
        const page = got.ok ? (got.value.body as { "@odata.nextLink"?: string }) : {};
        if (!fired && /\/tasks(\/delta)?\?/.test(path) && page["@odata.nextLink"] === undefined) {
          fired = true;
          emu.state.todoTasks.get(ids[1]!)!["status"] = "completed";
          emu.state.touchOutlook(emu.state.todoTasks.get(ids[1]!)!, false);
        }
        return got;
      },
    };
    const first = unwrap(await device(store, between).listFollowUps()).map((e) => e.followUp.id);
    expect(fired).toBe(true);
    const later = await openIds(store);
    expect(later).not.toContain(FOLLOW_UPS[1]!.id);
    expect(later).toEqual(await openIds());
    expect(first.length).toBeGreaterThanOrEqual(later.length);
  });

  it("keeps the index through a closed pane: a new adapter over the same store picks up where it was", async () => {
    const store = memoryTodoIndex();
    await firstStart(store);
    const saves = store.saves();
    expect(await openIds(store)).toEqual(FOLLOW_UPS.map((f) => f.id).sort());
    expect(store.saves()).toBe(saves); // nothing changed: nothing written to the device
  });
});
