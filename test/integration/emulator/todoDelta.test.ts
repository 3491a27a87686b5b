// To Do's task delta ("todoTask: delta"): the whole list first (completed tasks too), then only what
// changed — a status, an extension, a linkedResource — and deleted tasks as "@removed"; the links
// keep $select/$expand/$top; a token the service does not know answers 410 Gone.
import { startEmulator, type RunningEmulator } from "../../graph-emulator";
import { call, get, type Json } from "./helpers";

let emu: RunningEmulator;
let list: string;
beforeAll(async () => {
  emu = await startEmulator({ port: 0, seed: "empty" });
  list = String(
    (await call<Json>(emu, "POST", "/me/todo/lists", { body: { displayName: "Svara" } })).body["id"],
  );
});
afterAll(() => emu.close());

const tasks = (): string => `/me/todo/lists/${list}/tasks`;

async function task(title: string): Promise<string> {
  const made = await call<Json>(emu, "POST", tasks(), {
    body: { title, extensions: [{ extensionName: "se.svara.followUp", v: 1 }] },
  });
  return String(made.body["id"]);
}

/** A whole round from `first`: every item and the deltaLink. */
async function round(first: string): Promise<{ items: Json[]; deltaLink: string; pages: number }> {
  const items: Json[] = [];
  let next: string | undefined = first;
  let pages = 0;
  let deltaLink = "";
  while (next) {
    const r: { status: number; body: Json } = await get<Json>(emu, next);
    expect(r.status).toBe(200);
    items.push(...(r.body["value"] as Json[]));
    next = r.body["@odata.nextLink"] as string | undefined;
    deltaLink = (r.body["@odata.deltaLink"] as string | undefined) ?? deltaLink;
    pages++;
  }
  return { items, deltaLink, pages };
}

it("pages every task first, completed ones too, then only what changed since, deleted ones as @removed", async () => {
  const ids = [];
  for (let i = 0; i < 5; i++) ids.push(await task(`T${i}`));
  await call(emu, "PATCH", `${tasks()}/${ids[4]}`, { body: { status: "completed" } });
  const first = await round(`${tasks()}/delta?$select=id,status&$expand=extensions&$top=2`);
  expect(first.items.map((t) => t["id"]).sort()).toEqual([...ids].sort());
  expect(first.pages).toBe(3);
  expect(first.items[0]).not.toHaveProperty("title");
  expect(first.items[0]!["extensions"]).toHaveLength(1);
  expect(first.deltaLink).toContain("$select=id");

  const quiet = await round(first.deltaLink);
  expect(quiet.items).toEqual([]);

  await call(emu, "PATCH", `${tasks()}/${ids[0]}`, { body: { status: "completed" } });
  await call(emu, "PATCH", `${tasks()}/${ids[1]}/extensions/se.svara.followUp`, { body: { v: 2 } });
  await call(emu, "DELETE", `${tasks()}/${ids[2]}`);
  const added = await task("T5");
  const changed = await round(quiet.deltaLink);
  expect(changed.items).toEqual([
    expect.objectContaining({ id: ids[0], status: "completed" }),
    expect.objectContaining({ id: ids[1], extensions: [expect.objectContaining({ v: 2 })] }),
    { "@odata.type": "#microsoft.graph.todoTask", id: ids[2], "@removed": { reason: "deleted" } },
    expect.objectContaining({ id: added, status: "notStarted" }),
  ]);
  expect(changed.items[0]).not.toHaveProperty("title");
});

it("does not skip a task when another changes while a round is being paged", async () => {
  const first = await get<Json>(emu, `${tasks()}/delta?$select=id&$top=2`);
  const seen = (first.body["value"] as Json[]).map((t) => String(t["id"]));
  // The first task served changes mid-round: it leaves this round for the next, the rest stay put.
  await call(emu, "PATCH", `${tasks()}/${seen[0]}`, { body: { title: "moved on" } });
  const rest = await round(String(first.body["@odata.nextLink"]));
  const all = (await round(`${tasks()}/delta?$select=id`)).items.map((t) => String(t["id"]));
  expect(new Set([...seen, ...rest.items.map((t) => String(t["id"]))])).toEqual(new Set(all));
  const next = await round(rest.deltaLink);
  expect(next.items.map((t) => t["id"])).toEqual([seen[0]]);
});

it("answers 410 Gone to a token it does not know, and 400 to a $filter", async () => {
  const gone = await get<Json>(emu, `${tasks()}/delta?$deltatoken=expired`);
  expect(gone.status).toBe(410);
  expect((gone.body["error"] as Json)["code"]).toBe("SyncStateNotFound");
  const filtered = await get<Json>(
    emu,
    `${tasks()}/delta?$filter=${encodeURIComponent("status ne 'completed'")}`,
  );
  expect(filtered.status).toBe(400);
});
