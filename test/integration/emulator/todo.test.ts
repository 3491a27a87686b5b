// To Do: the "Svara" list, follow-up tasks with reminders and a linkedResource whose externalId is
// the follow-up id (looked up before re-sending, ARCHITECTURE.md §9).
import { startEmulator, type RunningEmulator } from "../../graph-emulator";
import { call, enc, get, type Json } from "./helpers";

let emu: RunningEmulator;
beforeAll(async () => {
  emu = await startEmulator({ port: 0, seed: "empty" });
});
afterAll(() => emu.close());

it("creates a list and a task with reminder, due date, categories and a linked resource", async () => {
  const lists = await get<{ value: Json[] }>(emu, "/me/todo/lists");
  expect(lists.body.value[0]).toMatchObject({ displayName: "Tasks", wellknownListName: "defaultList" });
  const list = await call<Json>(emu, "POST", "/me/todo/lists", { body: { displayName: "Svara" } });
  expect(list.status).toBe(201);
  const task = await call<Json>(emu, "POST", `/me/todo/lists/${list.body["id"]}/tasks`, {
    body: {
      title: "Svara Åsa Öberg",
      dueDateTime: { dateTime: "2026-11-27T00:00:00", timeZone: "UTC" },
      reminderDateTime: { dateTime: "2026-11-26T08:00:00", timeZone: "UTC" },
      isReminderOn: true,
      categories: ["Svara: Backend-utvecklare – Nordbank"],
      linkedResources: [
        {
          webUrl: "https://outlook.office.com/mail/id/AAMk1",
          applicationName: "Svara",
          displayName: "Mail från Åsa",
          externalId: "fu-asa-1",
        },
      ],
    },
  });
  expect(task.status).toBe(201);
  expect(task.body).toMatchObject({ status: "notStarted", isReminderOn: true, importance: "normal" });
  expect(task.body["reminderDateTime"]).toEqual({ dateTime: "2026-11-26T08:00:00.0000000", timeZone: "UTC" });
  expect((task.body["linkedResources"] as Json[])[0]).toMatchObject({ externalId: "fu-asa-1" });

  const byExternal = await get<{ value: Json[] }>(
    emu,
    `/me/todo/lists/${list.body["id"]}/tasks?$filter=${enc("linkedResources/any(r: r/externalId eq 'fu-asa-1')")}&$expand=linkedResources`,
  );
  expect(byExternal.body.value.map((t) => t["id"])).toEqual([task.body["id"]]);
  expect(byExternal.body.value[0]!["linkedResources"]).toHaveLength(1);

  const got = await get<Json>(emu, `/me/todo/lists/${list.body["id"]}/tasks/${task.body["id"]}`);
  expect(got.body["linkedResources"]).toHaveLength(1);

  const done = await call<Json>(emu, "PATCH", `/me/todo/lists/${list.body["id"]}/tasks/${task.body["id"]}`, {
    body: { status: "completed" },
    headers: { "If-Match": String(got.body["@odata.etag"]) },
  });
  expect(done.body["status"]).toBe("completed");
  expect(done.body["completedDateTime"]).toMatchObject({ timeZone: "UTC" });
  const stale = await call(emu, "PATCH", `/me/todo/lists/${list.body["id"]}/tasks/${task.body["id"]}`, {
    body: { title: "x" },
    headers: { "If-Match": String(got.body["@odata.etag"]) },
  });
  expect(stale.status).toBe(412);

  const lr = await call<Json>(
    emu,
    "POST",
    `/me/todo/lists/${list.body["id"]}/tasks/${task.body["id"]}/linkedResources`,
    {
      body: {
        webUrl: "https://example.com",
        applicationName: "Svara",
        displayName: "Två",
        externalId: "fu-asa-2",
      },
    },
  );
  expect(lr.status).toBe(201);
  const all = await get<{ value: Json[] }>(
    emu,
    `/me/todo/lists/${list.body["id"]}/tasks/${task.body["id"]}/linkedResources`,
  );
  expect(all.body.value.map((r) => r["externalId"])).toEqual(["fu-asa-1", "fu-asa-2"]);
});

it("filters tasks by status and pages them", async () => {
  const list = await call<Json>(emu, "POST", "/me/todo/lists", { body: { displayName: "Paging" } });
  for (let i = 0; i < 13; i++) {
    await call(emu, "POST", `/me/todo/lists/${list.body["id"]}/tasks`, {
      body: { title: `T${i}`, status: i % 2 ? "completed" : "notStarted" },
    });
  }
  const open = await get<{ value: Json[] }>(
    emu,
    `/me/todo/lists/${list.body["id"]}/tasks?$filter=${enc("status ne 'completed'")}&$top=100`,
  );
  expect(open.body.value).toHaveLength(7);
  const first = await get<{ value: Json[]; "@odata.nextLink"?: string }>(
    emu,
    `/me/todo/lists/${list.body["id"]}/tasks`,
  );
  expect(first.body.value).toHaveLength(10);
  expect(first.body["@odata.nextLink"]).toBeDefined();
});
