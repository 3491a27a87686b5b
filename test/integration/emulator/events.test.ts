// Calendar: transactionId idempotency, calendarView windows, extended properties, ETags.
import { startEmulator, SVARA_PROPERTY_ID, type RunningEmulator } from "../../graph-emulator";
import { call, enc, get, type Json } from "./helpers";

let emu: RunningEmulator;
beforeAll(async () => {
  emu = await startEmulator({ port: 0, seed: "demo", now: "2026-11-24T15:00:00Z" });
});
afterAll(() => emu.close());

const call15 = (tx: string): Json => ({
  subject: "Ring Karin Ström",
  start: { dateTime: "2026-11-27T08:00:00", timeZone: "UTC" },
  end: { dateTime: "2026-11-27T08:15:00", timeZone: "UTC" },
  isReminderOn: true,
  reminderMinutesBeforeStart: 10,
  transactionId: tx,
  attendees: [{ type: "required", emailAddress: { name: "Karin Ström", address: "karin.strom@example.se" } }],
  singleValueExtendedProperties: [{ id: SVARA_PROPERTY_ID, value: "p-nordbank-backend/c-karin-strom" }],
});

it("returns the same event when a POST with the same transactionId is repeated", async () => {
  const a = await call<Json>(emu, "POST", "/me/events", { body: call15("fu-karin-call-1") });
  const b = await call<Json>(emu, "POST", "/me/events", { body: call15("fu-karin-call-1") });
  expect(a.status).toBe(201);
  expect(b.status).toBe(201);
  expect(b.body["id"]).toBe(a.body["id"]);
  expect(a.body["transactionId"]).toBe("fu-karin-call-1");
  const same = [...emu.state.events.values()].filter((e) => e["transactionId"] === "fu-karin-call-1");
  expect(same).toHaveLength(1);
  expect((a.body["attendees"] as Json[])[0]!["status"]).toEqual({
    response: "none",
    time: "0001-01-01T00:00:00Z",
  });
});

// Exchange's transactionId: the same content is the same request; other content is refused with
// 400 ErrorDuplicateTransactionId (../shared/reviews/graph-fidelity.md: public client code handling
// the error, blog.rykoma.net 2020-10-05). After a delete it is undocumented: the stricter reading.
it("refuses a transactionId reused with other content, and once its event is deleted (400 ErrorDuplicateTransactionId)", async () => {
  const first = await call<Json>(emu, "POST", "/me/events", { body: call15("fu-karin-call-2") });
  expect(first.status).toBe(201);
  const moved = { ...call15("fu-karin-call-2"), subject: "Ring Karin Ström igen" };
  const clash = await call<{ error: Json }>(emu, "POST", "/me/events", { body: moved });
  expect(clash.status).toBe(400);
  expect(clash.body.error["code"]).toBe("ErrorDuplicateTransactionId");
  expect([...emu.state.events.values()].filter((e) => e["transactionId"] === "fu-karin-call-2")).toHaveLength(
    1,
  );
  expect((await call(emu, "DELETE", `/me/events/${String(first.body["id"])}`)).status).toBe(204);
  const again = await call<{ error: Json }>(emu, "POST", "/me/events", { body: call15("fu-karin-call-2") });
  expect(again.status).toBe(400);
  expect(again.body.error["code"]).toBe("ErrorDuplicateTransactionId");
});

it("lists events in a calendarView window and requires the window", async () => {
  const r = await get<{ value: Json[] }>(
    emu,
    "/me/calendarView?startDateTime=2026-11-20T00:00:00Z&endDateTime=2026-11-30T00:00:00Z&$top=50",
  );
  expect(r.status).toBe(200);
  const subjects = r.body.value.map((e) => String(e["subject"]));
  expect(subjects.some((s) => s.includes("Karin Ström"))).toBe(true);
  expect(subjects.some((s) => s.includes("Mohammed Al-Sayed"))).toBe(true);
  const narrow = await get<{ value: Json[] }>(
    emu,
    "/me/calendarView?startDateTime=2026-11-26T00:00:00&endDateTime=2026-11-26T23:59:59",
  );
  expect(
    narrow.body.value.every((e) => String((e["start"] as Json)["dateTime"]).startsWith("2026-11-26")),
  ).toBe(true);
  const missing = await get<{ error: Json }>(emu, "/me/calendarView");
  expect(missing.status).toBe(400);
  expect(missing.body.error["code"]).toBe("ErrorInvalidParameter");
});

it("finds a candidate's interview by the extended property", async () => {
  const r = await get<{ value: Json[] }>(
    emu,
    `/me/events?$filter=${enc(`singleValueExtendedProperties/any(ep: ep/id eq '${SVARA_PROPERTY_ID}' and ep/value eq 'p-nordbank-backend/c-mohammed-al-sayed')`)}&$expand=${enc(`singleValueExtendedProperties($filter=id eq '${SVARA_PROPERTY_ID}')`)}`,
  );
  expect(r.body.value).toHaveLength(1);
  expect(r.body.value[0]!["categories"]).toEqual(["Svara: Backend-utvecklare – Nordbank"]);
  expect(r.body.value[0]!["singleValueExtendedProperties"]).toHaveLength(1);
});

it("moves an event with a current ETag and refuses a stale one with 412", async () => {
  const created = await call<Json>(emu, "POST", "/me/events", { body: call15("fu-move-1") });
  const etag = String(created.body["@odata.etag"]);
  const moved = await call<Json>(emu, "PATCH", `/me/events/${created.body["id"]}`, {
    body: {
      start: { dateTime: "2026-11-27T10:00:00", timeZone: "UTC" },
      end: { dateTime: "2026-11-27T10:15:00", timeZone: "UTC" },
    },
    headers: { "If-Match": etag },
  });
  expect(moved.status).toBe(200);
  expect(moved.body["start"]).toEqual({ dateTime: "2026-11-27T10:00:00.0000000", timeZone: "UTC" });
  const stale = await call(emu, "DELETE", `/me/events/${created.body["id"]}`, {
    headers: { "If-Match": etag },
  });
  expect(stale.status).toBe(412);
  expect((await call(emu, "DELETE", `/me/events/${created.body["id"]}`)).status).toBe(204);
  expect((await get(emu, `/me/events/${created.body["id"]}`)).status).toBe(404);
});
